/**
 * An article as it arrives for import, reduced to the plain text that figures' offsets
 * index into, with the metadata the import dialog proposes for the analyst to confirm.
 */
export const ARTICLE_FORMATS = ['text', 'markdown', 'html'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

export interface SuggestedMetadata {
  readonly title: string | null;
  /** YYYY-MM-DD (or YYYY-MM) when the text or page states a date. */
  readonly date: string | null;
  readonly publisher: string | null;
  readonly author: string | null;
  readonly url: string | null;
}

/** Metadata with nothing suggested: what plain text starts from before its own lines are read. */
export const NO_SUGGESTIONS: SuggestedMetadata = { title: null, date: null, publisher: null, author: null, url: null };

export interface PreparedArticle {
  readonly format: ArticleFormat;
  /** The article's text: what is stored, shown, quoted and indexed by offsets. */
  readonly text: string;
  readonly suggested: SuggestedMetadata;
}
