import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { FigureSchema } from '../../../shared/domain/dataset-schema';
import { PROJECT_ROOT, SEED_DATA_DIR } from '../support/host';

// The built bundle, as `npm run extract` runs it: this project runs after the build.
const CLI = path.join(PROJECT_ROOT, 'out', 'main', 'extract-cli.js');
const ARTICLE = path.join(SEED_DATA_DIR, 'ev-stake-ai-surge-2024.txt');
const HTML_ARTICLE = path.join(PROJECT_ROOT, 'test', 'e2e', 'fixtures', 'alibaba-september-update.html');

/** What the CLI prints; parsing it checks every candidate's figure against the dataset schema too. */
const OutputSchema = z.object({
  file: z.string(),
  articleId: z.string(),
  format: z.string(),
  text: z.string().optional(),
  candidates: z.array(z.object({ figure: FigureSchema })),
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test.describe('command-line extraction (npm run extract)', () => {
  test('prints the candidates of an article as JSON, each quote at its offsets', async () => {
    const result = await run(ARTICLE);
    expect(result.code, result.stderr).toBe(0);
    const output = OutputSchema.parse(JSON.parse(result.stdout));
    expect([output.file, output.articleId, output.format]).toEqual([ARTICLE, 'ev-stake-ai-surge-2024', 'text']);
    expect(output.candidates.map((candidate) => candidate.figure.asWritten.text)).toContain('$83.6 billion');
  });

  test('reads an HTML article as its text, which the offsets index into, and takes the id from --id', async () => {
    const result = await run(HTML_ARTICLE, '--id', 'september');
    expect(result.code, result.stderr).toBe(0);
    const output = OutputSchema.parse(JSON.parse(result.stdout));
    expect(output.format).toBe('html');
    for (const { figure } of output.candidates) {
      expect(figure.articleId).toBe('september');
      expect(output.text?.slice(figure.quote.start, figure.quote.end)).toBe(figure.quote.text);
    }
    expect(output.candidates.map((candidate) => candidate.figure.asWritten.text)).not.toContain('$999 billion');
  });

  test('explains a file it cannot read and exits 1; without an argument prints its usage and exits 2', async () => {
    const missing = await run(path.join(SEED_DATA_DIR, 'no-such-article.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read .*no-such-article\.txt: there is no such file/);
    expect(missing.stdout).toBe('');
    const usage = await run();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run extract -- article.txt [--id slug]');
  });
});
