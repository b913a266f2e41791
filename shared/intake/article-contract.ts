import { z } from 'zod';
import type { Candidate } from '../extract/candidate';
import type { PreparedArticle } from './prepared-article';

/** The IPC input and output of preparing an article for import; contract.ts puts them in the channel table. */

/**
 * About 500 pages: far beyond any article. Reading and extraction run at about 0.3 MB/s of
 * HTML and 1 MB/s of text on the main side, so this bounds how long an import can take.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;
/** File names are shown and stored, never used as paths; a longer one is shortened before it is sent. */
export const MAX_SOURCE_NAME_CHARS = 300;

/** Why a file or paste is too large to import, in the analyst's words; null when it is not. */
export function articleSizeProblem(sourceName: string, content: string): string | null {
  if (content.length <= MAX_ARTICLE_CHARS) return null;
  return `${sourceName} is ${content.length.toLocaleString('en')} characters long; Crosscheck imports articles of up to ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters (about 500 pages). Is this one article?`;
}

/** "a-very-long-name…​.html": short enough for the channel, with its extension kept (it says the format). */
export function shortenSourceName(name: string): string {
  if (name.length <= MAX_SOURCE_NAME_CHARS) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return `${name.slice(0, MAX_SOURCE_NAME_CHARS - extension.length - 1)}…${extension}`;
}

export const PrepareArticleSchema = z
  .object({
    /** The file's name (its extension says whether it is HTML, Markdown or text), or "pasted text". */
    fileName: z.string().min(1).max(MAX_SOURCE_NAME_CHARS),
    content: z.string().max(MAX_ARTICLE_CHARS),
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
