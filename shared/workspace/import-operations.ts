import type { Candidate } from '../extract/candidate';
import { FigureSchema, type Figure } from '../domain/dataset-schema';
import { formatIssuePath } from '../domain/issue-path';
import type { PreparedArticle } from '../intake/prepared-article';
import { slugify } from './operations';
import type { ImportedArticle, ReviewedCandidate, ReviewStatus, Workspace } from './workspace-schema';

/**
 * Pure operations on the workspace's imported articles and their review queues. Each returns
 * a new workspace (the store makes it one undo step) or the same one when nothing changes.
 */

/** What the analyst confirmed in the import dialog. */
export interface ConfirmedMetadata {
  readonly title: string;
  /** YYYY-MM-DD or YYYY-MM, or null when the article is undated. */
  readonly date: string | null;
  readonly publisher: string | null;
  readonly author: string | null;
  readonly url: string | null;
}

export interface NewImport {
  readonly prepared: PreparedArticle;
  readonly textHash: string;
  readonly candidates: readonly Candidate[];
  readonly metadata: ConfirmedMetadata;
  readonly sourceName: string;
  readonly isPasted: boolean;
  /** Ids in use (shipped and imported articles): the new one must differ from all. */
  readonly takenIds: ReadonlySet<string>;
  readonly now: Date;
}

/** "alibaba-q1-results-2025-08-14", or with "-2", "-3" when that is taken. */
export function articleIdFor(title: string, date: string | null, takenIds: ReadonlySet<string>): string {
  const words = slugify(title, 'article').split('-').slice(0, 8).join('-');
  const base = date ? `${words}-${date}` : words;
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A candidate moved onto its article's own id: "<article>-x<n>". */
function reId(figure: Figure, articleId: string, index: number): Figure {
  return { ...figure, id: `${articleId}-x${index + 1}`, articleId };
}

/** The imported article as the workspace keeps it, every candidate waiting for review. */
export function newImportedArticle(input: NewImport): ImportedArticle {
  const id = articleIdFor(input.metadata.title, input.metadata.date, input.takenIds);
  return {
    article: {
      id,
      title: input.metadata.title,
      publisher: input.metadata.publisher,
      author: input.metadata.author,
      date: input.metadata.date,
      dateSource: input.metadata.date ? 'stated' : 'unknown',
      dateNote: input.metadata.date ? 'Confirmed by the analyst on import.' : 'No date was given on import.',
      url: input.metadata.url,
    },
    text: input.prepared.text,
    textHash: input.textHash,
    format: input.isPasted ? 'paste' : input.prepared.format,
    sourceName: input.sourceName,
    importedAt: input.now.toISOString(),
    candidates: input.candidates.map((candidate, index) => ({
      figure: reId(candidate.figure, id, index),
      kind: candidate.kind,
      confidence: candidate.confidence,
      metricWords: [...candidate.metricWords],
      status: 'pending',
      reviewedAt: null,
    })),
  };
}

export function addImportedArticle(workspace: Workspace, imported: ImportedArticle): Workspace {
  return { ...workspace, articles: [...workspace.articles, imported] };
}

/**
 * Removes an imported article with everything of the analyst's that belongs to it: its figures,
 * the values typed in its column, its notes and its period corrections, so an article imported
 * later under the same id starts clean. A baseline on it goes back to the oldest. The history
 * log keeps its entries; `idsInUse` keeps the id from being given out again.
 */
export function removeImportedArticle(workspace: Workspace, articleId: string): Workspace {
  const removed = workspace.articles.find((imported) => imported.article.id === articleId);
  if (!removed) return workspace;
  const figureIds = new Set(removed.candidates.map((candidate) => candidate.figure.id));
  const columnSuffix = `#${articleId}`;
  const scenarios = workspace.scenarios.map((scenario) => {
    let changed = false;
    const assumptions: typeof scenario.assumptions = {};
    for (const [rowId, cells] of Object.entries(scenario.assumptions)) {
      if (!(articleId in cells)) {
        assumptions[rowId] = cells;
        continue;
      }
      changed = true;
      const { [articleId]: _removed, ...rest } = cells;
      if (Object.keys(rest).length > 0) assumptions[rowId] = rest;
    }
    return changed ? { ...scenario, assumptions } : scenario;
  });
  return {
    ...workspace,
    articles: workspace.articles.filter((imported) => imported.article.id !== articleId),
    scenarios,
    notes: Object.fromEntries(Object.entries(workspace.notes).filter(([key]) => !key.endsWith(columnSuffix))),
    periodOverrides: Object.fromEntries(Object.entries(workspace.periodOverrides).filter(([figureId]) => !figureIds.has(figureId))),
    view: workspace.view.baselineArticleId === articleId ? { ...workspace.view, baselineArticleId: null } : workspace.view,
  };
}

/**
 * Article ids a new import must not take: the articles there are, and any a cell's history
 * still names (a removed article's), so a new article never inherits an old one's log.
 */
export function idsInUse(workspace: Workspace, shippedIds: readonly string[]): Set<string> {
  const ids = new Set([...shippedIds, ...workspace.articles.map((imported) => imported.article.id)]);
  for (const cells of Object.values(workspace.history)) {
    for (const key of Object.keys(cells)) ids.add(key.slice(key.lastIndexOf('#') + 1));
  }
  return ids;
}

function updateCandidate(workspace: Workspace, articleId: string, figureId: string, update: (candidate: ReviewedCandidate) => ReviewedCandidate): Workspace {
  let changed = false;
  const articles = workspace.articles.map((imported) => {
    if (imported.article.id !== articleId) return imported;
    const candidates = imported.candidates.map((candidate) => {
      if (candidate.figure.id !== figureId) return candidate;
      const next = update(candidate);
      if (next !== candidate) changed = true;
      return next;
    });
    return changed ? { ...imported, candidates } : imported;
  });
  return changed ? { ...workspace, articles } : workspace;
}

/** Accepts, rejects, or returns a candidate to the queue. */
export function setCandidateStatus(workspace: Workspace, articleId: string, figureId: string, status: ReviewStatus, now: Date): Workspace {
  return updateCandidate(workspace, articleId, figureId, (candidate) =>
    candidate.status === status ? candidate : { ...candidate, status, reviewedAt: status === 'pending' ? null : now.toISOString() },
  );
}

export type FigureEditResult = { readonly ok: true; readonly workspace: Workspace } | { readonly ok: false; readonly message: string };

/**
 * Replaces a candidate's figure with the analyst's edit, and accepts it: editing is how an
 * analyst says "this, but corrected". The edit must still be a valid figure whose quote and
 * text as written stay where they were: provenance is not editable.
 */
export function editCandidateFigure(workspace: Workspace, articleId: string, figureId: string, edited: Figure, now: Date): FigureEditResult {
  const imported = workspace.articles.find((article) => article.article.id === articleId);
  const candidate = imported?.candidates.find((entry) => entry.figure.id === figureId);
  if (!imported || !candidate) return { ok: false, message: `No figure ${figureId} is waiting in ${articleId}.` };
  const figure = { ...edited, id: candidate.figure.id, articleId, quote: candidate.figure.quote, asWritten: candidate.figure.asWritten };
  const parsed = FigureSchema.safeParse(figure);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${formatIssuePath(issue.path) || 'figure'}: ${issue.message}` };
  }
  return { ok: true, workspace: updateCandidate(workspace, articleId, figureId, (entry) => ({ ...entry, figure: parsed.data, status: 'accepted', reviewedAt: now.toISOString() })) };
}

/** The article already in the comparison whose text is the same as this one's, if any. */
export function findSameArticle(
  textHash: string,
  workspace: Workspace,
  shippedHashes: ReadonlyMap<string, { readonly id: string; readonly title: string }>,
): { readonly id: string; readonly title: string } | null {
  const imported = workspace.articles.find((article) => article.textHash === textHash);
  if (imported) return { id: imported.article.id, title: imported.article.title };
  return shippedHashes.get(textHash) ?? null;
}
