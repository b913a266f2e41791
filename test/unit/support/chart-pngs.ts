import type { ChartImage } from '@shared/export/export-contract';

/**
 * Real PNG files, 4×4 pixels of one colour each, made with zlib for these tests: readers that
 * decode pictures (LibreOffice, Pillow) accept them, and they differ, so a mix-up shows.
 */
export const BLUE_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGOQL98CRwzEcQAPQhShTgByfAAAAABJRU5ErkJggg==';
export const RED_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGO4pq4BRwzEcQDnQxJRd2bf3wAAAABJRU5ErkJggg==';
/** A 1×1 GIF: base64 of a real picture that is not a PNG. */
export const GIF = 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

export function chartImage(caption: string, overrides: Partial<ChartImage> = {}): ChartImage {
  return { caption, pngBase64: BLUE_PNG, widthPx: 640, heightPx: 320, ...overrides };
}

/** What the window sends for a typical export: the delta overview and one pinned chart. */
export const TWO_CHARTS: readonly ChartImage[] = [
  chartImage('Δ between articles, by company: scenario “Base”, 21 Nov 2026', { widthPx: 800, heightPx: 410 }),
  chartImage('Pinned: Alibaba cash & equivalents <USD>, article by article: scenario “Base”, 21 Nov 2026', { pngBase64: RED_PNG, widthPx: 600, heightPx: 300 }),
];
