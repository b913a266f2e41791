import { describe, expect, it } from 'vitest';
import { ArticleFileSchema } from '@shared/domain/dataset-schema';
import { rowIdFor } from '@shared/domain/figures';
import { WorkspaceSchema } from '@shared/workspace/workspace-schema';
import { DESK_SIZES, syntheticDesk, type DeskSize } from '../support/synthetic-desk';

const SMALL: DeskSize = { name: 't', articles: 3, figuresPerArticle: 50 };
const TEN: DeskSize = { name: 't10', articles: 10, figuresPerArticle: 50 };

describe('syntheticDesk', () => {
  const desk = syntheticDesk(SMALL);

  it('makes the number of articles and figures asked for', () => {
    expect(desk.size).toBe(SMALL);
    expect(desk.articles).toHaveLength(SMALL.articles);
    for (const { file } of desk.articles) expect(file.figures).toHaveLength(SMALL.figuresPerArticle);
  });

  it('writes article files that pass the dataset schema', () => {
    for (const { file } of desk.articles) {
      const parsed = ArticleFileSchema.safeParse(file);
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    }
  });

  it('puts every quote and figure at its recorded offsets in the text', () => {
    for (const { file, text } of desk.articles) {
      for (const figure of file.figures) {
        expect(text.slice(figure.quote.start, figure.quote.end)).toBe(figure.quote.text);
        expect(text.slice(figure.asWritten.start, figure.asWritten.end)).toBe(figure.asWritten.text);
      }
    }
  });

  it('names each text file after its article, with distinct article ids', () => {
    const ids = desk.articles.map(({ file }) => file.article.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { file } of desk.articles) expect(file.article.textFile).toBe(`${file.article.id}.txt`);
  });

  it('keeps figure ids unique across the articles', () => {
    const ids = desk.articles.flatMap(({ file }) => file.figures.map((figure) => figure.id));
    expect(ids).toHaveLength(SMALL.articles * SMALL.figuresPerArticle);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the same desk for the same seed and a different one for another seed', () => {
    expect(syntheticDesk(SMALL, 7)).toEqual(syntheticDesk(SMALL, 7));
    expect(syntheticDesk(SMALL)).toEqual(syntheticDesk(SMALL, 7));
    const values = (seed: number) => syntheticDesk(SMALL, seed).articles.flatMap(({ file }) => file.figures.map((f) => f.value));
    expect(values(8)).not.toEqual(values(7));
  });

  it('builds a workspace that passes the workspace schema', () => {
    const parsed = WorkspaceSchema.safeParse(desk.workspace);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  });

  it('edits a row that every article states', () => {
    expect(desk.editRowId).toBe('company-0||revenue');
    for (const { file } of desk.articles) {
      expect(file.figures.map(rowIdFor)).toContain(desk.editRowId);
    }
  });

  it('shares rows between articles and mixes USD and CNY figures', () => {
    const { articles } = syntheticDesk(TEN);
    const articlesByRow = new Map<string, Set<string>>();
    for (const { file } of articles) {
      for (const figure of file.figures) {
        const row = rowIdFor(figure);
        const seen = articlesByRow.get(row) ?? new Set<string>();
        seen.add(figure.articleId);
        articlesByRow.set(row, seen);
      }
    }
    const shared = [...articlesByRow].filter(([, ids]) => ids.size > 1).map(([row]) => row);
    expect(shared.length).toBeGreaterThan(0);
    // Rows other than the one forced into every article are shared too.
    expect(shared.some((row) => row !== 'company-0||revenue')).toBe(true);

    const currencies = new Set(articles.flatMap(({ file }) => file.figures.map((f) => f.currency)));
    expect(currencies.has('USD')).toBe(true);
    expect(currencies.has('CNY')).toBe(true);
  });

  it('lists bench sizes that grow, each with a name', () => {
    expect(DESK_SIZES.length).toBeGreaterThan(0);
    for (const size of DESK_SIZES) {
      expect(size.name.length).toBeGreaterThan(0);
      expect(size.articles).toBeGreaterThan(0);
      expect(size.figuresPerArticle).toBeGreaterThan(0);
    }
    const articles = DESK_SIZES.map((size) => size.articles);
    expect(articles).toEqual([...articles].sort((a, b) => a - b));
  });
});
