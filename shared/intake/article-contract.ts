import { z } from 'zod';
import type { Candidate } from '../extract/candidate';
import type { PreparedArticle } from './prepared-article';

/** The IPC input and output of preparing an article for import; contract.ts puts them in the channel table. */

/** About 2,500 pages of text: far beyond any article, small enough to reduce and scan at once. */
export const MAX_ARTICLE_CHARS = 5_000_000;

export const PrepareArticleSchema = z
  .object({
    /** The file's name (its extension says whether it is HTML, Markdown or text), or "pasted text". */
    fileName: z.string().min(1).max(300),
    content: z.string().max(MAX_ARTICLE_CHARS, `is longer than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters: is this an article?`),
    /** Pasted text has no extension: its format is read from the text itself. */
    source: z.enum(['file', 'paste']),
  })
  .strict();
export type PrepareArticleInput = z.infer<typeof PrepareArticleSchema>;

export type PrepareArticleOutcome =
  | {
      readonly ok: true;
      readonly prepared: PreparedArticle;
      /** articleTextHash of the prepared text, to find the same article imported before. */
      readonly textHash: string;
      /** The extractor's proposals, with a placeholder article id the import replaces. */
      readonly candidates: readonly Candidate[];
    }
  | { readonly ok: false; readonly error: string };

/** The article id candidates carry until the analyst confirms the article and it gets its own. */
export const PENDING_ARTICLE_ID = 'pending-import';
