import { memo, useDeferredValue, useState } from 'react';
import type { Figure } from '@shared/domain/dataset-schema';
import { selectRowSourceById } from '../../store/row-source-selectors';
import { useCrosscheckStore } from '../../store/store';
import { rowLabelOf, selectArticleFigures, type ArticleFigure } from './article-figures';
import { SourceColumn } from './SourceColumn';
import { selectArticles, selectComparisonArticles } from '../../store/dataset-selectors';
import { shownArticles } from './shown-articles';
import { useSettledValue } from '../../hooks/useSettledValue';

/** How long the cursor rests on a row before its articles are laid out. */
const FOLLOW_AFTER_MS = 300;

const NO_FIGURES: readonly ArticleFigure[] = [];
const NO_ROW_FIGURES: readonly Figure[] = [];

/**
 * The selected row's articles side by side, oldest first, each with its full text. Fills the
 * height its parent gives it; each column's text scrolls on its own.
 */
export function SourcesView() {
  // Behind the grid's cursor: the row it rests on (not each one Enter passes), drawn after the
  // grid's frame. Laying out whole articles must never hold back an edit or a move.
  const selectedRowId = useDeferredValue(useSettledValue(useCrosscheckStore((state) => state.selectedRowId), FOLLOW_AFTER_MS));
  return <SourcesViewBody selectedRowId={selectedRowId} />;
}

const SourcesViewBody = memo(function SourcesViewBody({ selectedRowId }: { readonly selectedRowId: string | null }) {
  // The row's source by id (the same object as the comparison row's `source`): a map look-up, not a scan per store change.
  const source = useCrosscheckStore((state) => (selectedRowId ? selectRowSourceById(state).get(selectedRowId) : undefined));
  const articles = useCrosscheckStore(selectArticles);
  const figuresByArticle = useCrosscheckStore(selectArticleFigures);
  const selectRow = useCrosscheckStore((state) => state.selectRow);
  const baselineId = useCrosscheckStore((state) => selectComparisonArticles(state)?.baseline.id ?? null);
  const [chosenId, setChosenId] = useState<string | null>(null);

  if (!selectedRowId || !source) {
    return (
      <section className="sources-view is-empty" data-testid="sources-view">
        <p className="muted">Select a row to read the articles it comes from, side by side.</p>
      </section>
    );
  }
  // The store keeps articles oldest first, so the columns read in time order.
  const stating = articles.filter((article) => (source.figuresByArticle[article.id]?.length ?? 0) > 0);
  const shown = shownArticles(stating, baselineId, chosenId);
  if (stating.length === 0) {
    return (
      <section className="sources-view is-empty" data-testid="sources-view">
        <p className="muted">No article states {rowLabelOf(source)}: {source.isCustom ? 'it is your own row.' : 'its articles are not loaded.'}</p>
      </section>
    );
  }
  return (
    <section className="sources-view" data-testid="sources-view" aria-label={`Sources of ${rowLabelOf(source)}`}>
      {shown.length < stating.length && (
        <p className="sources-more" data-testid="sources-more">
          {stating.length} articles state {rowLabelOf(source)}; showing the baseline and the latest.{' '}
          <label>
            Read also{' '}
            <select value={chosenId ?? ''} onChange={(event) => setChosenId(event.target.value || null)}>
              <option value="">—</option>
              {stating.map((article) => (
                <option key={article.id} value={article.id}>
                  {article.title}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      {shown.map((article) => (
        <SourceColumn
          key={article.id}
          article={article}
          rowFigures={source.figuresByArticle[article.id] ?? NO_ROW_FIGURES}
          figures={figuresByArticle.get(article.id) ?? NO_FIGURES}
          selectedRowId={selectedRowId}
          onSelectRow={selectRow}
        />
      ))}
    </section>
  );
});
