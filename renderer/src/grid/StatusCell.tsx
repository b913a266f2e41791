import { STATUS_LABELS } from '@shared/domain/status-labels';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { ComparisonRow, RowStatus } from '@shared/domain/comparison';

export { STATUS_LABELS };

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
