import { useCrosscheckStore } from '../store/store';

/** Why the last article file or paste could not be imported; nothing in the workspace changed. */
export function ArticleImportError() {
  const error = useCrosscheckStore((state) => state.articleImportError);
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="article-import-failed">
      <strong>The article was not imported.</strong> {error}{' '}
      <button type="button" onClick={() => useCrosscheckStore.setState({ articleImportError: null })}>
        Dismiss
      </button>
    </div>
  );
}
