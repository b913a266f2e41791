import type { CustomCellRendererProps } from 'ag-grid-react';
import type { ComparisonRow, RowStatus } from '@shared/domain/comparison';

export const STATUS_LABELS: Record<RowStatus, string> = {
  comparable: 'Comparable',
  disagreement: 'Comparable · disagree',
  'only-in-one': 'Only in one article',
  'related-metric': 'Related, not comparable',
  'different-currency': 'Different currency',
  'different-unit': 'Different unit',
  'different-period': 'Different period',
  'different-basis': 'Different basis',
  conflict: 'Conflict inside an article',
  'no-values': 'No values yet',
};

export function StatusCell(props: CustomCellRendererProps<ComparisonRow, string>) {
  const row = props.data;
  if (!row) return null;
  return (
    <span className={`status status-${row.status}`} data-testid="status-cell" data-status={row.status}>
      {STATUS_LABELS[row.status]}
      {row.reasons.length > 1 && <span className="status-more"> +{row.reasons.length - 1}</span>}
    </span>
  );
}
