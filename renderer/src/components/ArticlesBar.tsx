import { selectArticleRefs, selectComparisonArticles } from '../store/dataset-selectors';
import { useCrosscheckStore } from '../store/store';

/**
 * The baseline every article is compared against, and the imported articles whose figures
 * still wait for review (each opens its review queue).
 */
export function ArticlesBar() {
  const refs = useCrosscheckStore(selectArticleRefs);
  const baselineId = useCrosscheckStore((state) => selectComparisonArticles(state)?.baseline.id ?? '');
  const setBaseline = useCrosscheckStore((state) => state.setBaseline);
  const imports = useCrosscheckStore((state) => state.workspace.articles);
  const openReview = useCrosscheckStore((state) => state.openReview);
  const waiting = imports.flatMap((imported) => {
    const pending = imported.candidates.filter((candidate) => candidate.status === 'pending').length;
    return pending > 0 ? [{ id: imported.article.id, title: imported.article.title, pending }] : [];
  });
  return (
    <span className="articles-bar">
      <label>
        Baseline{' '}
        <select
          aria-label="Baseline article"
          data-testid="baseline-select"
          value={baselineId}
          // The chosen id is kept even for the oldest: an older article imported later must not move the baseline.
          onChange={(event) => setBaseline(event.target.value)}
          title="Every other article’s values are compared against this one"
        >
          {refs.map((ref) => (
            <option key={ref.id} value={ref.id}>
              {ref.name}
            </option>
          ))}
        </select>
      </label>
      {waiting.map((article) => (
        <button
          type="button"
          key={article.id}
          className="review-waiting"
          data-testid="review-waiting"
          onClick={() => openReview(article.id)}
          title={`Review the ${article.pending} figures proposed in “${article.title}”`}
        >
          Review ({article.pending})
        </button>
      ))}
    </span>
  );
}
