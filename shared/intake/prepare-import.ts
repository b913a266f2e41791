import { extractFigures } from '../extract/extract-figures';
import { PENDING_ARTICLE_ID, type PrepareArticleInput, type PrepareArticleOutcome } from './article-contract';
import { detectPastedFormat, prepareArticle } from './prepare-article';
import { articleTextHash } from './text-hash';

/**
 * An imported file or pasted text made ready for the import dialog: reduced to its article
 * text, hashed, and its figures proposed. Nothing is stored here; the analyst confirms first.
 */
export function prepareImport(input: PrepareArticleInput): PrepareArticleOutcome {
  // Pasted text has no extension, so it gets the one its content suggests.
  const fileName = input.source === 'paste' ? `pasted.${{ html: 'html', markdown: 'md', text: 'txt' }[detectPastedFormat(input.content)]}` : input.fileName;
  const prepared = prepareArticle(fileName, input.content);
  if (prepared.text.trim() === '') {
    const what = input.source === 'paste' ? 'The pasted text' : input.fileName;
    return { ok: false, error: `${what} has no article text${prepared.format === 'html' ? ' once its scripts, styles and navigation are dropped' : ''}.` };
  }
  return { ok: true, prepared, textHash: articleTextHash(prepared.text), candidates: extractFigures(prepared.text, { articleId: PENDING_ARTICLE_ID }) };
}
