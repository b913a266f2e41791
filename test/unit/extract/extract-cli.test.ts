import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FigureSchema } from '@shared/domain/dataset-schema';
import { SEED_DIR } from '../seed-data';

// The CLI is the built bundle (npm run extract builds first); unit tests do not build, so they
// run it only when a build is there and say so when it is not.
const CLI = path.resolve(import.meta.dirname, '..', '..', '..', 'out', 'main', 'extract-cli.js');
const hasBuild = existsSync(CLI);
if (!hasBuild) console.warn(`Skipping the extract CLI tests: ${CLI} is not built (run npm run build).`);

/** What the CLI prints; parsing it checks every candidate's figure against the dataset schema too. */
const OutputSchema = z.object({
  file: z.string(),
  articleId: z.string(),
  format: z.string(),
  candidates: z.array(z.object({ figure: FigureSchema })),
});

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe.skipIf(!hasBuild)('extract CLI (built bundle)', () => {
  it('prints the candidates of an article as JSON', () => {
    const file = path.join(SEED_DIR, 'ev-stake-ai-surge-2024.txt');
    const result = run(file);
    expect(result.status, result.stderr).toBe(0);
    const output = OutputSchema.parse(JSON.parse(result.stdout));
    expect([output.file, output.articleId, output.format]).toEqual([file, 'ev-stake-ai-surge-2024', 'text']);
    expect(output.candidates.length).toBeGreaterThan(0);
  });

  it('takes the article id from --id', () => {
    const result = run(path.join(SEED_DIR, 'ev-stake-ai-surge-2024.txt'), '--id', 'my-article');
    const output = OutputSchema.parse(JSON.parse(result.stdout));
    expect(output.candidates.every((c) => c.figure.articleId === 'my-article' && c.figure.id.startsWith('my-article-x'))).toBe(true);
    expect(output.articleId).toBe('my-article');
  });

  it('explains a file it cannot read and exits 1', () => {
    const result = run(path.join(SEED_DIR, 'no-such-article.txt'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Cannot read .*no-such-article\.txt: there is no such file/);
    expect(result.stdout).toBe('');
  });

  it('prints its usage and exits 2 without an argument', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run extract -- article.txt [--id slug]');
  });
});
