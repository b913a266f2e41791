import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright';
import { peakRssMb, summarize, type Summary } from './stats';

/**
 * The browser half of `npm run bench`: the built app in browser mode, in Debian's Chromium,
 * measured from inside the page. Start to interactive is the time from navigation start to
 * the first frame painted after the grid shows rows of the opened workspace; edit to
 * repaint is from the Enter that commits an edit to the first frame after the delta changes.
 */
const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const HOST_ENTRY = path.join(PROJECT_ROOT, 'out', 'main', 'browser-host.js');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'];

export interface DeskFolders {
  readonly dataDir: string;
  readonly workspaceDir: string;
  readonly exportDir: string;
}

export interface PasteMeasures {
  readonly block: string;
  readonly pasteToPaintMs: Summary;
  readonly pastes: number;
}

export interface GridMeasures {
  readonly startToInteractiveMs: Summary;
  readonly editToRepaintMs: Summary;
  readonly editToDomMs: Summary;
  readonly rendererPeakHeapMb: number;
  readonly rendererHeapAfterGcMb: number;
  readonly hostPeakRssMb: number | null;
  readonly edits: number;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** An empty page over loopback HTTP in the same browser: the floor any start sits on. */
export async function measureEmptyPage(browser: Browser, loads: number): Promise<Summary> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Empty</title><p>Empty page.</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const page = await browser.newPage();
  const samples: number[] = [];
  try {
    for (let load = 0; load <= loads; load++) {
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'load' });
      const loaded = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
      if (load > 0) samples.push(loaded);
    }
  } finally {
    await page.close();
    server.close();
  }
  return summarize(samples);
}

interface Host {
  readonly url: string;
  readonly process: ChildProcess;
}

function startHost(folders: DeskFolders): Promise<Host> {
  const child = spawn(process.execPath, [HOST_ENTRY, '--port', '0', '--data-dir', folders.dataDir, '--workspace-dir', folders.workspaceDir, '--export-dir', folders.exportDir, '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) resolve({ url: match[1], process: child });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`The browser-mode host stopped (exit ${code}) before it served:\n${output}`)));
  });
}

async function stopHost(host: Host): Promise<void> {
  if (host.process.exitCode !== null) return;
  const exited = new Promise((resolve) => host.process.once('exit', resolve));
  host.process.kill('SIGTERM');
  await exited;
}

// Installed before any page script: notes the first frame painted once the opened workspace's
// grid shows a row with an article value in it.
const INTERACTIVE_PROBE = `(() => {
  const isInteractive = () => document.querySelector('[data-app-state="ready"]:not([data-workspace=""]) .ag-row .ag-cell[col-id^="value:"]');
  const observer = new MutationObserver(() => {
    if (!isInteractive()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__interactiveAt = performance.now(); });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/** Samples the renderer's JS heap while a page loads and works, for its peak. */
function sampleHeap(cdp: CDPSession): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }));
      peak = Math.max(peak, usedSize);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak / 1e6;
    },
  };
}

async function waitInteractive(page: Page): Promise<number> {
  await page.waitForFunction(() => typeof (window as unknown as { __interactiveAt?: number }).__interactiveAt === 'number', undefined, { timeout: 120_000, polling: 50 });
  return page.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt);
}

/** Start to interactive over `loads` loads, then `edits` edits of one cell of `rowId`, timed in the page. */
export async function measureGrid(browser: Browser, folders: DeskFolders, rowId: string, loads: number, edits: number): Promise<GridMeasures> {
  const host = await startHost(folders);
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await page.addInitScript(INTERACTIVE_PROBE);
    const cdp = await page.context().newCDPSession(page);
    const starts: number[] = [];
    let heap = { stop: async () => 0 };
    // The first load warms the host (it reads and validates the data folder at start); it is not counted.
    for (let load = 0; load <= loads; load++) {
      await page.goto('about:blank');
      if (load === loads) heap = sampleHeap(cdp);
      await page.goto(host.url);
      const at = await waitInteractive(page);
      if (load > 0) starts.push(at);
    }
    const { editToRepaint, editToDom } = await timeEdits(page, rowId, edits);
    const rendererPeakHeapMb = await heap.stop();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const status = await readFile(`/proc/${host.process.pid}/status`, 'utf8').catch(() => '');
    return {
      startToInteractiveMs: summarize(starts),
      editToRepaintMs: summarize(editToRepaint),
      editToDomMs: summarize(editToDom),
      rendererPeakHeapMb,
      rendererHeapAfterGcMb: usedSize / 1e6,
      hostPeakRssMb: peakRssMb(status),
      edits,
    };
  } finally {
    await page.close();
    await stopHost(host);
  }
}

/**
 * Edits the row's baseline cell `edits` times, each to a new value, so every edit moves the
 * row's deltas; the delta watched is the first one after the baseline (per-article or summary).
 */
async function timeEdits(page: Page, rowId: string, edits: number): Promise<{ editToRepaint: number[]; editToDom: number[] }> {
  const row = page.locator(`.ag-row[row-id="${rowId}"]`).first();
  await row.waitFor();
  const columns = await page.locator('.ag-header-cell[col-id]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('col-id') ?? ''));
  const baselineColumn = columns.find((id) => id.startsWith('value:') && id !== 'value:@analyst');
  const deltaColumn = columns.find((id) => id.startsWith('delta:')) ?? 'delta';
  if (!baselineColumn) throw new Error(`No article column in view: ${columns.join(', ')}`);
  await page.evaluate((deltaSelector) => {
    const bench = { start: 0, repaint: [] as number[], dom: [] as number[] };
    (window as unknown as { __edits: typeof bench }).__edits = bench;
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.target as HTMLElement | null)?.tagName === 'INPUT') bench.start = performance.now();
    }, true);
    let last = document.querySelector(deltaSelector)?.textContent;
    new MutationObserver(() => {
      const now = document.querySelector(deltaSelector)?.textContent;
      if (now === last || bench.start === 0) return;
      last = now;
      const start = bench.start;
      bench.start = 0;
      bench.dom.push(performance.now() - start);
      requestAnimationFrame(() => bench.repaint.push(performance.now() - start));
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, `.ag-row[row-id="${rowId}"] .ag-cell[col-id="${deltaColumn}"]`);
  const cell = page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${baselineColumn}"]`);
  for (let edit = 0; edit < edits; edit++) {
    await cell.dblclick();
    const input = cell.locator('input');
    await input.fill(`${100 + edit}B`);
    await input.press('Enter');
    await page.waitForFunction((count) => (window as unknown as { __edits: { repaint: number[] } }).__edits.repaint.length >= count, edit + 1, { timeout: 10_000 });
  }
  return page.evaluate(() => {
    const bench = (window as unknown as { __edits: { repaint: number[]; dom: number[] } }).__edits;
    return { editToRepaint: bench.repaint, editToDom: bench.dom };
  });
}

/**
 * The floor under any keystroke-to-frame figure here: a page whose key handler changes one
 * text node, timed the same way (key handler to the next animation frame). Chromium draws a
 * frame at most every 16.7 ms, so a key that lands just after a frame waits for the next.
 */
export async function measureKeystrokeFloor(browser: Browser, presses: number): Promise<Summary> {
  const page = await browser.newPage();
  try {
    await page.setContent('<input id="field"><div id="shown">0</div>');
    await page.evaluate(() => {
      const times: number[] = [];
      (window as unknown as { __floor: number[] }).__floor = times;
      document.getElementById('field')?.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter') return;
        const start = performance.now();
        const shown = document.getElementById('shown');
        if (shown) shown.textContent = String(start);
        requestAnimationFrame(() => times.push(performance.now() - start));
      });
    });
    await page.focus('#field');
    for (let press = 0; press < presses; press++) {
      await page.keyboard.press('Enter');
      await page.waitForFunction((count) => (window as unknown as { __floor: number[] }).__floor.length > count, press);
    }
    return summarize(await page.evaluate(() => (window as unknown as { __floor: number[] }).__floor));
  } finally {
    await page.close();
  }
}

/**
 * A block pasted from the clipboard into the grid, `rows` × `columns` bare numbers (which every
 * unit reads), from the row's first article value on: from the paste event to the next frame,
 * with the pasted values in the store and the drawn rows repainted. `folders` should hide the
 * per-article Δ columns, so the value columns sit side by side as an analyst pasting would have them.
 */
export async function measurePaste(browser: Browser, folders: DeskFolders, rowId: string, rows: number, columns: number, pastes: number): Promise<PasteMeasures> {
  const host = await startHost(folders);
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await page.goto(host.url);
    await page.locator('[data-app-state="ready"]:not([data-workspace=""])').waitFor({ timeout: 120_000 });
    const row = page.locator(`.ag-row[row-id="${rowId}"]`).first();
    await row.waitFor();
    const firstValue = await page.locator('.ag-header-cell[col-id^="value:"]').first().getAttribute('col-id');
    const cell = page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${firstValue}"]`);
    const samples: number[] = [];
    for (let paste = 0; paste < pastes; paste++) {
      await cell.click();
      const value = String(100 + paste);
      samples.push(
        await page.evaluate(
          ({ rows: blockRows, columns: blockColumns, text }) =>
            new Promise<number>((resolve) => {
              const line = Array.from({ length: blockColumns }, () => text).join('\t');
              const data = new DataTransfer();
              data.setData('text/plain', Array.from({ length: blockRows }, () => line).join('\n'));
              const start = performance.now();
              (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
              requestAnimationFrame(() => resolve(performance.now() - start));
            }),
          { rows, columns, text: value },
        ),
      );
      // The paste must have been applied, not refused into a report.
      await page.waitForFunction(({ selector, text }) => document.querySelector(selector)?.textContent?.includes(text) ?? false, { selector: `.ag-row[row-id="${rowId}"] .ag-cell[col-id="${firstValue}"]`, text: value }, { timeout: 10_000 });
    }
    return { block: `${rows} × ${columns}`, pasteToPaintMs: summarize(samples), pastes };
  } finally {
    await page.close();
    await stopHost(host);
  }
}
