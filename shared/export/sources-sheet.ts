import { describeArticleDate, orderArticles } from '../domain/article-refs';
import { displayScaleOf } from '../domain/comparison';
import type { Article, Figure } from '../domain/dataset-schema';
import { knownEntity, knownMetric, figureUnit } from '../domain/figures';
import { valueFormat } from './number-formats';
import { cell, EMPTY_ROW, headerRow, type PlannedRow, type SheetPlan } from './sheet-plan';

export const SOURCES_SHEET = 'Sources';

const ARTICLE_HEADERS = ['Article', 'Title', 'Date', 'Date basis', 'Publisher', 'Author', 'Text length (characters)'];
const FIGURE_HEADERS = [
  'Figure ID',
  'Article',
  'Company',
  'Segment',
  'Metric',
  'Value',
  'As written',
  'Quote',
  'Quote starts at (character)',
  'Quote ends at (character)',
  'Period',
  'Period basis',
  'Basis',
  'Qualifiers',
  'Note',
];

/**
 * The Sources sheet: the articles, then every figure with its quote and where the quote
 * sits in its article (UTF-16 character offsets, as the app's source view uses them).
 * Rows are laid out before anything is written, so the Comparison sheet can link to them.
 */
export interface SourcesLayout {
  readonly articles: readonly Article[];
  readonly figures: readonly Figure[];
  /** The sheet row of each figure, by figure id. */
  readonly figureRow: ReadonlyMap<string, number>;
  readonly articleName: ReadonlyMap<string, string>;
  readonly articleById: ReadonlyMap<string, Article>;
}

export function layoutSources(articles: readonly Article[], figures: readonly Figure[]): SourcesLayout {
  const ordered = orderArticles(articles);
  const articleName = new Map(ordered.map((article, index) => [article.id, `Article ${index + 1}`]));
  const rank = new Map(ordered.map((article, index) => [article.id, index]));
  const sorted = [...figures].sort((a, b) => (rank.get(a.articleId) ?? 0) - (rank.get(b.articleId) ?? 0) || a.quote.start - b.quote.start);
  // Title, header, articles, blank, title, header: figures start after those.
  const firstFigureRow = ordered.length + 6;
  const figureRow = new Map(sorted.map((figure, index) => [figure.id, firstFigureRow + index]));
  return { articles: ordered, figures: sorted, figureRow, articleName, articleById: new Map(ordered.map((article) => [article.id, article])) };
}

function articleRow(article: Article, name: string): PlannedRow {
  return [
    cell(name),
    cell(article.title),
    cell(article.date ? describeArticleDate(article) : 'undated'),
    cell(article.dateNote, { style: 'wrap' }),
    cell(article.publisher),
    cell(article.author),
    cell(article.text.length),
  ];
}

function figureRow(figure: Figure, articleName: string): PlannedRow {
  return [
    cell(figure.id),
    cell(articleName),
    cell(knownEntity(figure.entity)?.name ?? figure.entity),
    cell(figure.segment),
    cell(knownMetric(figure.metric)?.label ?? figure.label),
    cell(figure.value, { numFmt: valueFormat(figureUnit(figure), displayScaleOf(figure)) }),
    cell(figure.asWritten.text),
    cell(figure.quote.text, { style: 'wrap' }),
    cell(figure.quote.start),
    cell(figure.quote.end),
    cell(figure.period.label ?? 'not stated'),
    cell(figure.period.source + (figure.period.note ? `: ${figure.period.note}` : '')),
    cell(figure.basis.join(', ')),
    cell(figure.qualifiers.join(', ')),
    cell(figure.note ?? null),
  ];
}

export function sourcesSheet(layout: SourcesLayout): SheetPlan {
  const headerRowOfFigures = layout.articles.length + 5;
  const lastRow = headerRowOfFigures + layout.figures.length;
  return {
    name: SOURCES_SHEET,
    columns: [18, 48, 16, 30, 18, 16, 14, 60, 12, 12, 18, 24, 16, 16, 30].map((width) => ({ width })),
    autoFilter: layout.figures.length > 0 ? `A${headerRowOfFigures}:O${lastRow}` : undefined,
    rowCount: lastRow,
    *rows() {
      yield [cell('Articles', { style: 'title' })];
      yield headerRow(ARTICLE_HEADERS);
      for (const article of layout.articles) yield articleRow(article, layout.articleName.get(article.id) ?? article.id);
      yield EMPTY_ROW;
      yield [cell('Figures: each with the sentence it comes from and where that sentence sits in the article', { style: 'title' })];
      yield headerRow(FIGURE_HEADERS);
      for (const figure of layout.figures) yield figureRow(figure, layout.articleName.get(figure.articleId) ?? figure.articleId);
    },
  };
}
