import type { RowSource } from '@shared/domain/comparison';
import type { Article, Figure } from '@shared/domain/dataset-schema';
import { isQuoteAtOffsets } from '@shared/domain/figures';
import type { CrosscheckState } from '../../store/store';
import type { TextMark } from './segment-article';
import { selectArticles, selectDatasetRowSources } from '../../store/dataset-selectors';

/** A figure as the source view places it in its article. */
export interface ArticleFigure {
  readonly figure: Figure;
  /** The comparison row the figure belongs to: clicking the figure selects it. */
  readonly rowId: string;
  /** "Lenovo · ISG · Revenue growth": the row as the grid names it. */
  readonly rowLabel: string;
  /** Whether the quote and the figure sit at their recorded offsets; a figure that does not is never marked. */
  readonly isPlaced: boolean;
}

/** The row's name as the grid and the detail panel write it. */
export function rowLabelOf(source: Pick<RowSource, 'entityName' | 'segment' | 'metricLabel'>): string {
  return [source.entityName, source.segment, source.metricLabel].filter((part) => part).join(' · ');
}

/** Each article's figures, in text order; looked up by article id. */
export interface ArticleFiguresById {
  get(articleId: string): readonly ArticleFigure[] | undefined;
}

/**
 * Every figure of the dataset by article id, in text order, each checked against its
 * article's text. Built per article on first look: the source view shows the few articles
 * of the selected row, and checking every quote of a 200-article desk at start would cost
 * the analyst a tenth of a second for articles they may never open.
 */
export function buildArticleFigures(rowSources: readonly RowSource[], articles: readonly Article[]): ArticleFiguresById {
  const textById = new Map(articles.map((article) => [article.id, article.text]));
  const built = new Map<string, readonly ArticleFigure[]>();
  let rowsByArticle: Map<string, RowSource[]> | null = null;
  const indexRows = () => {
    const index = new Map<string, RowSource[]>();
    for (const source of rowSources) {
      for (const articleId of Object.keys(source.figuresByArticle)) {
        const rows = index.get(articleId);
        if (rows) rows.push(source);
        else index.set(articleId, [source]);
      }
    }
    return index;
  };
  return {
    get(articleId) {
      const done = built.get(articleId);
      if (done) return done;
      rowsByArticle ??= indexRows();
      const rows = rowsByArticle.get(articleId);
      if (!rows) return undefined;
      const text = textById.get(articleId) ?? '';
      const list: ArticleFigure[] = [];
      for (const source of rows) {
        const rowLabel = rowLabelOf(source);
        for (const figure of source.figuresByArticle[articleId]) list.push({ figure, rowId: source.id, rowLabel, isPlaced: isQuoteAtOffsets(text, figure) });
      }
      list.sort((a, b) => a.figure.asWritten.start - b.figure.asWritten.start || a.figure.id.localeCompare(b.figure.id));
      built.set(articleId, list);
      return list;
    },
  };
}

let last: { rowSources: readonly RowSource[]; articles: readonly Article[]; result: ArticleFiguresById } | null = null;

/**
 * The store's figures by article. Only the dataset's rows carry figures (the analyst's rows
 * have none), and those change only on a load or an accepted import, so this is rebuilt once per dataset and keeps
 * its reference in between, as a zustand selector must.
 */
export function selectArticleFigures(state: Pick<CrosscheckState, 'shipped' | 'workspace'>): ArticleFiguresById {
  const rowSources = selectDatasetRowSources(state);
  const articles = selectArticles(state);
  if (!last || last.rowSources !== rowSources || last.articles !== articles) {
    last = { rowSources, articles, result: buildArticleFigures(rowSources, articles) };
  }
  return last.result;
}

export type ArticleMarkKind = 'selected-quote' | 'selected-figure' | 'figure';

export interface ArticleMark extends TextMark {
  readonly kind: ArticleMarkKind;
  readonly entry: ArticleFigure;
}

/** The selected row's quotes enclose its figures, which enclose any other figure they overlap. */
const LAYER: Record<ArticleMarkKind, number> = { 'selected-quote': 0, 'selected-figure': 1, figure: 2 };

function markOf(kind: ArticleMarkKind, entry: ArticleFigure): ArticleMark {
  const span = kind === 'selected-quote' ? entry.figure.quote : entry.figure.asWritten;
  return { id: `${kind}:${entry.figure.id}`, start: span.start, end: span.end, layer: LAYER[kind], kind, entry };
}

/** The marks of one article for the selected row: its quotes and figures strongly, every other placed figure lightly. */
export function articleMarks(figures: readonly ArticleFigure[], selectedRowId: string | null): ArticleMark[] {
  const marks: ArticleMark[] = [];
  for (const entry of figures) {
    if (!entry.isPlaced) continue;
    if (entry.rowId === selectedRowId) marks.push(markOf('selected-quote', entry), markOf('selected-figure', entry));
    else marks.push(markOf('figure', entry));
  }
  return marks;
}
