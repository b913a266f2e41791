import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { syntheticArticles } from '../../support/synthetic-dataset';
import { ComparisonPage } from '../support/comparison-page';
import { PROJECT_ROOT, removeDir, SEED_DATA_DIR, startHost } from '../support/host';

/**
 * `npm run bench` (browser part): start-to-interactive and edit-to-repaint of the grid in
 * browser mode, at the seed size and at synthetic sizes up to 100,000 figures. It prints
 * figures and writes them to bench-results/grid-scale.json; it asserts no time, only that
 * what it measured really happened.
 */
// The row edited at each size: one whose two values are comparable, so every edit changes its delta.
const SIZES = [
  { name: 'seed (2 articles, 40 figures)', rows: 0, editRow: 'alibaba||cash' },
  { name: '10,000 figures', rows: 5_000, editRow: 'company-0||metric-0' },
  { name: '100,000 figures', rows: 50_000, editRow: 'company-0||metric-0' },
] as const;
const LOADS = 3;
const EDITS = 40;

interface Stats {
  median: number;
  p95: number;
  min: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}

async function writeDataDir(rows: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-bench-'));
  for (const { file, text } of syntheticArticles(rows)) {
    await writeFile(path.join(dir, `${file.article.id}.article.json`), JSON.stringify(file));
    await writeFile(path.join(dir, file.article.textFile), text);
  }
  return dir;
}

async function peakRssMb(pid: number | undefined): Promise<number | null> {
  if (!pid) return null;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : null;
}

test.setTimeout(600_000);

test('grid at scale: start to interactive, edit to repainted delta', async ({ page }) => {
  const results: Record<string, unknown>[] = [];
  for (const size of SIZES) {
    const dataDir = size.rows === 0 ? SEED_DATA_DIR : await writeDataDir(size.rows);
    const host = await startHost(dataDir);
    try {
      const app = new ComparisonPage(page);
      const loads: number[] = [];
      for (let run = 0; run < LOADS; run++) {
        // A real navigation each time: going to the same URL again would only change the hash.
        await page.goto('about:blank');
        const started = Date.now();
        await page.goto(host.url);
        await app.waitUntilReady();
        await expect(page.locator('.ag-row').first()).toBeVisible();
        loads.push(Date.now() - started);
      }
      const rowId = size.editRow;
      const valueCols = await page.locator('.ag-header-cell[col-id^="value:"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('col-id')));
      // The latest article's column (the analyst's own column moves no delta).
      const articleCols = valueCols.filter((id) => id !== 'value:@analyst');
      const otherArticle = String(articleCols[articleCols.length - 1]).slice('value:'.length);

      // Measured in the page: from the Enter that commits an edit to the first frame after
      // the delta cell's text changes.
      await page.evaluate((deltaSelector) => {
        const bench = { start: 0, samples: [] as number[], domSamples: [] as number[], saveSamples: [] as number[], pendingSaves: [] as { revision: number; at: number }[] };
        (globalThis as unknown as { __bench: typeof bench }).__bench = bench;
        const status = document.querySelector('[data-testid="save-status"]');
        const revisionOf = (name: string) => Number(status?.getAttribute(name) ?? 0);
        document.addEventListener('keydown', (event) => {
          if (event.key !== 'Enter') return;
          bench.start = performance.now();
          // This edit becomes the next revision; it is acknowledged when the disk has that revision.
          bench.pendingSaves.push({ revision: revisionOf('data-revision') + 1, at: bench.start });
        }, true);
        if (status) {
          new MutationObserver(() => {
            const saved = revisionOf('data-saved-revision');
            const now = performance.now();
            bench.pendingSaves = bench.pendingSaves.filter((pending) => {
              if (pending.revision > saved) return true;
              bench.saveSamples.push(now - pending.at);
              return false;
            });
          }).observe(status, { attributes: true, attributeFilter: ['data-saved-revision'] });
        }
        let last = document.querySelector(deltaSelector)?.textContent;
        new MutationObserver(() => {
          const now = document.querySelector(deltaSelector)?.textContent;
          if (now !== last && bench.start > 0) {
            last = now;
            const start = bench.start;
            bench.start = 0;
            bench.domSamples.push(performance.now() - start);
            requestAnimationFrame(() => bench.samples.push(performance.now() - start));
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      }, `.ag-row[row-id="${rowId}"] .ag-cell[col-id="delta"]`);

      const cell = page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="value:${otherArticle}"]`);
      for (let edit = 0; edit < EDITS; edit++) {
        await cell.dblclick();
        await cell.locator('input').fill(`${100 + edit}B`);
        await cell.locator('input').press('Enter');
        await expect(cell).toContainText(`$${100 + edit}B`);
      }
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as { __bench: { samples: number[] } }).__bench.samples.length)).toBe(EDITS);
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as { __bench: { saveSamples: number[] } }).__bench.saveSamples.length)).toBe(EDITS);
      const { samples, domSamples, saveSamples } = await page.evaluate(
        () => (globalThis as unknown as { __bench: { samples: number[]; domSamples: number[]; saveSamples: number[] } }).__bench,
      );
      const heapMb = await page.evaluate(() => {
        const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
        return memory ? memory.usedJSHeapSize / 1024 / 1024 : null;
      });
      const row = {
        size: size.name,
        loadToInteractiveMs: stats(loads),
        editToRepaintMs: stats(samples),
        editToDomMs: stats(domSamples),
        editToSavedOnDiskMs: stats(saveSamples),
        rendererHeapMb: heapMb,
        hostPeakRssMb: await peakRssMb(host.process.pid),
      };
      results.push(row);
      console.log(
        `${size.name.padEnd(32)} load→interactive median ${row.loadToInteractiveMs.median.toFixed(0)} ms (min ${row.loadToInteractiveMs.min.toFixed(0)}, max ${row.loadToInteractiveMs.max.toFixed(0)})` +
          ` | edit→DOM median ${row.editToDomMs.median.toFixed(1)} ms` +
          ` | edit→repaint median ${row.editToRepaintMs.median.toFixed(1)} ms, p95 ${row.editToRepaintMs.p95.toFixed(1)} ms (min ${row.editToRepaintMs.min.toFixed(1)}, max ${row.editToRepaintMs.max.toFixed(1)})` +
          ` | edit→on disk median ${row.editToSavedOnDiskMs.median.toFixed(1)} ms, max ${row.editToSavedOnDiskMs.max.toFixed(1)} ms` +
          ` | renderer heap ${heapMb?.toFixed(0) ?? '?'} MB | host peak RSS ${row.hostPeakRssMb?.toFixed(0) ?? '?'} MB`,
      );
    } finally {
      await host.stop();
      if (size.rows !== 0) await removeDir(dataDir);
    }
  }
  await mkdir(path.join(PROJECT_ROOT, 'bench-results'), { recursive: true });
  await writeFile(path.join(PROJECT_ROOT, 'bench-results', 'grid-scale.json'), `${JSON.stringify(results, null, 2)}\n`);
});
