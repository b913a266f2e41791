import type { CustomCellRendererProps } from 'ag-grid-react';
import type { ComparisonRow } from '@shared/domain/comparison';
import { formatValue } from '@shared/domain/format';
import { cellKey } from '@shared/workspace/workspace-schema';
import { useCrosscheckStore } from '../store/store';

interface ValueCellProps extends CustomCellRendererProps<ComparisonRow, number | null> {
  readonly articleId: string;
}

/** One article's value: marked when it is the analyst's assumption, or when the last input was refused. */
export function ValueCell(props: ValueCellProps) {
  const { data, articleId, valueFormatted } = props;
  const rowId = data?.id;
  // The refusal's message, only for the cell it concerns: shown on hover at the cell itself.
  const errorMessage = useCrosscheckStore((state) =>
    state.cellError !== null && state.cellError.rowId === rowId && state.cellError.articleId === articleId
      ? `Not changed. ${state.cellError.message}`
      : null,
  );
  const hasError = errorMessage !== null;
  const note = useCrosscheckStore((state) => (rowId ? state.workspace.notes[cellKey(rowId, articleId)]?.text : undefined));
  const cell = data?.cells[articleId];
  // The analyst's reading of the period, where they corrected the article's.
  const periodOverride = useCrosscheckStore((state) => (cell?.sourceFigure ? state.workspace.periodOverrides[cell.sourceFigure.id]?.label : undefined));
  if (!cell) return null;
  const versus = data?.versus[articleId];
  const figure = cell.sourceFigure;
  const period = cell.assumption ? null : (periodOverride ?? figure?.period.label);
  return (
    <span
      className={`value-cell${cell.assumption ? ' is-assumption' : ''}${hasError ? ' has-error' : ''}${cell.value === null ? ' is-empty' : ''}`}
      data-testid="value-cell"
      data-source={cell.assumption ? 'assumption' : figure ? 'article' : 'empty'}
      data-has-note={note ? 'true' : undefined}
    >
      {note && <span className="note-mark" title={`Note: ${note}`} aria-label="Has a note" />}
      {hasError && (
        <span className="cell-flag" role="img" aria-label={errorMessage} title={errorMessage}>
          ⚠
        </span>
      )}
      {cell.assumption && <span className="cell-flag" aria-label="Assumption">✎</span>}
      <span className="value-text">{cell.value === null ? '—' : valueFormatted}</span>
      {period && <span className="period-chip">{period}</span>}
      {versus?.conversion && versus.convertedValue !== null && (
        // The original amount stays the cell's value; this is what the delta used.
        <span className="period-chip conversion-chip" data-testid="converted-value">
          ≈ {formatValue(versus.convertedValue, { kind: 'currency', currency: versus.conversion.to })}
        </span>
      )}
      {cell.mentions > 1 && !cell.assumption && <span className="period-chip" title="Stated more than once in the article">×{cell.mentions}</span>}
    </span>
  );
}
