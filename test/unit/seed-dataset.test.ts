import { beforeAll, describe, expect, it } from 'vitest';
import { figureUnit } from '@shared/domain/figures';
import { parseCellInput } from '@shared/domain/parse-input';
import { orderArticles } from '@shared/domain/article-refs';
import type { Article } from '@shared/domain/dataset-schema';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import { figureById, loadSeedDataset, SEED_DIR } from './seed-data';

let snapshot: DatasetSnapshot;
let older: Article;
let newer: Article;

beforeAll(async () => {
  snapshot = await loadSeedDataset();
  [older, newer] = orderArticles(snapshot.articles);
});

function articleText(articleId: string): string {
  const article = snapshot.articles.find((a) => a.id === articleId);
  if (!article) throw new Error(`no article "${articleId}"`);
  return article.text;
}

describe('the shipped seed dataset', () => {
  it('loads from its folder with no problems', () => {
    expect(snapshot.dataDir).toBe(SEED_DIR);
    expect(snapshot.problems).toEqual([]);
  });

  it('has two articles, each with more than 15 figures', () => {
    expect(snapshot.articles.map((a) => a.id).sort()).toEqual([
      'alibaba-inter-asia-2025-05-26',
      'ev-stake-ai-surge-2024',
    ]);
    for (const article of snapshot.articles) {
      const count = snapshot.figures.filter((f) => f.articleId === article.id).length;
      expect(count, article.id).toBeGreaterThan(15);
    }
    expect(snapshot.figures).toHaveLength(40);
  });

  it('dates the older article by inference and the newer one as printed, 2025-05-26', () => {
    expect(older.id).toBe('ev-stake-ai-surge-2024');
    expect(older.dateSource).toBe('inferred');
    expect(older.date).toBe('2024-11');
    expect(newer.id).toBe('alibaba-inter-asia-2025-05-26');
    expect(newer.date).toBe('2025-05-26');
    expect(newer.dateSource).toBe('stated');
  });

  it('gives every figure a quote and an as-written text found at their offsets', () => {
    for (const figure of snapshot.figures) {
      const text = articleText(figure.articleId);
      expect(text.slice(figure.quote.start, figure.quote.end), `${figure.id} quote`).toBe(figure.quote.text);
      expect(text.slice(figure.asWritten.start, figure.asWritten.end), `${figure.id} asWritten`).toBe(
        figure.asWritten.text,
      );
    }
  });

  it('places every as-written figure inside its quote', () => {
    for (const figure of snapshot.figures) {
      expect(figure.asWritten.start, figure.id).toBeGreaterThanOrEqual(figure.quote.start);
      expect(figure.asWritten.end, figure.id).toBeLessThanOrEqual(figure.quote.end);
      expect(figure.quote.text, figure.id).toContain(figure.asWritten.text);
    }
  });

  it('has unique figure ids', () => {
    const ids = snapshot.figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stores known figures in base units with their currency, scale and period', () => {
    expect(figureById(snapshot, 'alibaba-cash-reserves')).toMatchObject({
      articleId: 'ev-stake-ai-surge-2024',
      value: 83_600_000_000,
      unit: 'currency',
      currency: 'USD',
      scale: 'billion',
      asWritten: { text: '$83.6 billion' },
    });
    expect(figureById(snapshot, 'alibaba-cash')).toMatchObject({
      articleId: 'alibaba-inter-asia-2025-05-26',
      value: 60_000_000_000,
      unit: 'currency',
      currency: 'USD',
    });
    expect(figureById(snapshot, 'xpeng-net-loss-2023')).toMatchObject({
      value: 10_400_000_000,
      unit: 'currency',
      currency: 'CNY',
      period: { label: '2023', source: 'stated' },
    });
    expect(figureById(snapshot, 'alibaba-xpeng-shares-purchased')).toMatchObject({
      value: 24_660_000,
      unit: 'shares',
      currency: null,
      scale: 'million',
    });
  });

  it('holds no non-figures: model names, tickers, reading times, clock times or years', () => {
    for (const figure of snapshot.figures) {
      expect(figure.asWritten.text, figure.id).not.toMatch(/Qwen|A22B|BABA|AMZN|XPEV|min read|12:33/);
      expect([2023, 2024, 2025, 2026, 2027], figure.id).not.toContain(figure.value);
    }
  });
});

describe('every seed figure as written', () => {
  it('reads back, in its own unit, to the value the dataset stores', async () => {
    const { figures } = await loadSeedDataset();
    for (const figure of figures) {
      const unit = figureUnit(figure);
      const parsed = parseCellInput(figure.asWritten.text, { unit, displayScale: 'one' });
      expect(parsed, figure.id).toEqual({ ok: true, value: figure.value });
    }
  });
});
