import { useState } from 'react';
import { useCrosscheckStore } from '../../store/store';
import { Modal } from './Modal';

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const FORMAT_NAMES = { html: 'HTML page', markdown: 'Markdown', text: 'plain text' } as const;

/** The analyst's reading of the details: the article's date decides its column's place and what it is compared with. */
function dateError(date: string): string | null {
  if (date === '' || DATE_PATTERN.test(date)) return null;
  return `Date: “${date}” is not a date Crosscheck reads. Write it as 2025-05-26, or 2025-05 when only the month is known, or leave it empty.`;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** After a file or paste is read: confirm or correct title, date, publisher, author and URL, then review its figures. */
export function ArticleImportDialog() {
  const pending = useCrosscheckStore((state) => state.pendingArticle);
  const confirmArticle = useCrosscheckStore((state) => state.confirmArticle);
  const cancel = useCrosscheckStore((state) => state.cancelArticleImport);
  const openReview = useCrosscheckStore((state) => state.openReview);
  const suggested = pending?.result.prepared.suggested;
  const [title, setTitle] = useState(suggested?.title ?? '');
  const [date, setDate] = useState(suggested?.date ?? '');
  const [publisher, setPublisher] = useState(suggested?.publisher ?? '');
  const [author, setAuthor] = useState(suggested?.author ?? '');
  const [url, setUrl] = useState(suggested?.url ?? '');
  const [error, setError] = useState<string | null>(null);
  // A duplicate of an imported article can be reviewed; a shipped one has no review queue.
  const isSameAsImported = useCrosscheckStore((state) => state.workspace.articles.some((article) => article.article.id === pending?.sameAs?.id));
  if (!pending) return null;
  const { prepared, candidates } = pending.result;
  return (
    <Modal title={`Import “${pending.sourceName}”`} onClose={cancel} testId="article-import-dialog">
      <p className="muted" data-testid="article-import-summary">
        {FORMAT_NAMES[prepared.format]}, {prepared.text.length.toLocaleString('en')} characters of article text; {candidates.length} figure
        {candidates.length === 1 ? '' : 's'} proposed for review.
      </p>
      {pending.sameAs ? (
        <div role="alert" className="form-error" data-testid="article-import-duplicate">
          <p>
            This is the same text as “{pending.sameAs.title}”, already in the comparison. Importing it again would count every figure twice.
          </p>
          <div className="dialog-buttons">
            <button type="button" onClick={cancel}>Close</button>
            {isSameAsImported && (
              <button
                type="button"
                onClick={() => {
                  const id = pending.sameAs?.id ?? null;
                  cancel();
                  openReview(id);
                }}
              >
                Review that article
              </button>
            )}
          </div>
        </div>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const problem = title.trim() === '' ? 'Title: give the article a title; it names its column.' : dateError(date.trim());
            if (problem) {
              setError(problem);
              return;
            }
            confirmArticle({ title: title.trim(), date: orNull(date), publisher: orNull(publisher), author: orNull(author), url: orNull(url) });
          }}
        >
          <label className="field">
            Title
            <input value={title} onChange={(event) => setTitle(event.target.value)} aria-label="Title" />
          </label>
          <label className="field">
            Date (YYYY-MM-DD)
            <input value={date} onChange={(event) => setDate(event.target.value)} aria-label="Date" placeholder="2025-05-26" />
          </label>
          <label className="field">
            Publisher
            <input value={publisher} onChange={(event) => setPublisher(event.target.value)} aria-label="Publisher" />
          </label>
          <label className="field">
            Author
            <input value={author} onChange={(event) => setAuthor(event.target.value)} aria-label="Author" />
          </label>
          <label className="field">
            URL
            <input value={url} onChange={(event) => setUrl(event.target.value)} aria-label="URL" type="url" />
          </label>
          <details className="article-preview">
            <summary>Article text as read</summary>
            <pre data-testid="article-import-text">{prepared.text.slice(0, 4000)}{prepared.text.length > 4000 ? '\n…' : ''}</pre>
          </details>
          {error && <p className="form-error" role="alert" data-testid="article-import-error">{error}</p>}
          <div className="dialog-buttons">
            <button type="button" onClick={cancel}>Cancel</button>
            <button type="submit">Import and review figures</button>
          </div>
        </form>
      )}
    </Modal>
  );
}
