import type { StateCreator } from 'zustand';
import type { Figure } from '@shared/domain/dataset-schema';
import { articleSizeProblem, shortenSourceName, type PrepareArticleOutcome } from '@shared/intake/article-contract';
import { articleTextHash } from '@shared/intake/text-hash';
import {
  addImportedArticle,
  editCandidateFigure,
  findSameArticle,
  idsInUse,
  newImportedArticle,
  removeImportedArticle,
  setCandidateStatus,
  type ConfirmedMetadata,
} from '@shared/workspace/import-operations';
import type { ReviewStatus } from '@shared/workspace/workspace-schema';
import type { IpcClient } from '../ipc/client';
import type { CrosscheckState } from './store';

/** An article read and its figures proposed, waiting for the analyst to confirm its details. */
export interface PendingArticle {
  readonly sourceName: string;
  readonly isPasted: boolean;
  readonly result: Extract<PrepareArticleOutcome, { ok: true }>;
  /** The article already in the comparison with the same text, if any: importing it again is refused. */
  readonly sameAs: { readonly id: string; readonly title: string } | null;
}

/**
 * Importing articles and reviewing their figures. Reading and extraction happen on the main
 * side (article:prepare); everything the analyst then decides is a workspace change, so it
 * is saved, undoable, and travels with the workspace.
 */
export interface ArticleImportSlice {
  articleImportState: 'idle' | 'preparing';
  /** Why the last file or paste could not be imported. */
  articleImportError: string | null;
  pendingArticle: PendingArticle | null;
  /** The imported article whose review queue is open, or null for the comparison. */
  reviewArticleId: string | null;
  /** The candidate the review queue is on. */
  reviewFigureId: string | null;
  prepareArticle(sourceName: string, content: string, source: 'file' | 'paste'): Promise<void>;
  confirmArticle(metadata: ConfirmedMetadata): void;
  cancelArticleImport(): void;
  openReview(articleId: string | null, figureId?: string | null): void;
  setReviewFigure(figureId: string | null): void;
  reviewCandidate(articleId: string, figureId: string, status: ReviewStatus): void;
  /** Accepts the candidate as edited; returns why the edit was refused, or null. */
  editCandidate(articleId: string, figureId: string, figure: Figure): string | null;
  removeArticle(articleId: string): void;
}

/** Hashes of the shipped articles' texts, once per dataset. */
const shippedHashCache = new WeakMap<object, ReadonlyMap<string, { id: string; title: string }>>();
function shippedHashes(state: CrosscheckState): ReadonlyMap<string, { id: string; title: string }> {
  let hashes = shippedHashCache.get(state.shipped);
  if (!hashes) {
    hashes = new Map(state.shipped.articles.map((article) => [articleTextHash(article.text), { id: article.id, title: article.title }]));
    shippedHashCache.set(state.shipped, hashes);
  }
  return hashes;
}

const STATUS_LABELS: Record<ReviewStatus, string> = { accepted: 'Accept figure', rejected: 'Reject figure', pending: 'Return figure to review' };

export const createArticleImportSlice =
  (ipc: () => IpcClient, now: () => Date): StateCreator<CrosscheckState, [], [], ArticleImportSlice> =>
  (set, get) => ({
    articleImportState: 'idle',
    articleImportError: null,
    pendingArticle: null,
    reviewArticleId: null,
    reviewFigureId: null,
    async prepareArticle(fullName, content, source) {
      const sourceName = shortenSourceName(fullName);
      // Refused here with the reason, before the whole text crosses to the main side.
      const tooLarge = articleSizeProblem(sourceName, content);
      if (tooLarge) {
        set({ articleImportError: tooLarge, pendingArticle: null, dialog: null });
        return;
      }
      set({ articleImportState: 'preparing', articleImportError: null, pendingArticle: null });
      try {
        const result = await ipc().invoke('article:prepare', { fileName: sourceName, content, source });
        if (!result.ok) {
          set({ articleImportState: 'idle', articleImportError: result.error });
          return;
        }
        const state = get();
        const sameAs = findSameArticle(result.textHash, state.workspace, shippedHashes(state));
        set({ articleImportState: 'idle', pendingArticle: { sourceName, isPasted: source === 'paste', result, sameAs }, dialog: 'article-import' });
      } catch (error) {
        set({ articleImportState: 'idle', articleImportError: `${sourceName} could not be imported: ${error instanceof Error ? error.message : String(error)}` });
      }
    },
    confirmArticle(metadata) {
      const pending = get().pendingArticle;
      if (!pending || pending.sameAs) return;
      const state = get();
      const takenIds = idsInUse(state.workspace, state.shipped.articles.map((article) => article.id));
      const imported = newImportedArticle({
        prepared: pending.result.prepared,
        textHash: pending.result.textHash,
        candidates: pending.result.candidates,
        metadata,
        sourceName: pending.sourceName,
        isPasted: pending.isPasted,
        takenIds,
        now: now(),
      });
      get().change(`Import “${metadata.title}”`, (workspace) => addImportedArticle(workspace, imported), 'import');
      set({ pendingArticle: null, dialog: null, reviewArticleId: imported.article.id, reviewFigureId: imported.candidates[0]?.figure.id ?? null });
    },
    cancelArticleImport: () => set({ pendingArticle: null, dialog: null }),
    openReview: (articleId, figureId = null) => {
      const imported = get().workspace.articles.find((article) => article.article.id === articleId);
      const first = imported?.candidates.find((candidate) => candidate.status === 'pending') ?? imported?.candidates[0];
      set({ reviewArticleId: imported ? articleId : null, reviewFigureId: figureId ?? first?.figure.id ?? null });
    },
    setReviewFigure: (figureId) => set({ reviewFigureId: figureId }),
    reviewCandidate(articleId, figureId, status) {
      get().change(STATUS_LABELS[status], (workspace) => setCandidateStatus(workspace, articleId, figureId, status, now()));
    },
    editCandidate(articleId, figureId, figure) {
      const result = editCandidateFigure(get().workspace, articleId, figureId, figure, now());
      if (!result.ok) return result.message;
      get().change('Edit and accept figure', () => result.workspace);
      return null;
    },
    removeArticle(articleId) {
      const title = get().workspace.articles.find((article) => article.article.id === articleId)?.article.title ?? articleId;
      get().change(`Remove “${title}”`, (workspace) => removeImportedArticle(workspace, articleId));
      if (get().reviewArticleId === articleId) set({ reviewArticleId: null, reviewFigureId: null });
    },
  });
