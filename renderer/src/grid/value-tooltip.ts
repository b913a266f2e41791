import { ANALYST_COLUMN, type ComparisonRow } from '@shared/domain/comparison';
import { formatRate, formatValue } from '@shared/domain/format';

/** The provenance of one value cell, as hover text: where the number came from and what replaced it. */
export function valueTooltip(row: ComparisonRow, articleId: string): string | null {
  const cell = row.cells[articleId];
  if (!cell) return null;
  if (articleId === ANALYST_COLUMN) {
    return cell.assumption
      ? `Your estimate: ${formatValue(cell.assumption.value, cell.unit)} (typed “${cell.assumption.input}”)`
      : 'Your own value for this row. Double-click to set it.';
  }
  const lines: string[] = [];
  if (cell.assumption) {
    lines.push(`Assumption: ${formatValue(cell.assumption.value, cell.unit)} (typed “${cell.assumption.input}”)`);
    lines.push(cell.sourceFigure ? `Article’s value: ${formatValue(cell.sourceFigure.value, cell.unit)}` : 'The article gives no value here.');
  }
  const versus = row.versus[articleId];
  if (versus?.conversion && versus.convertedValue !== null) {
    const { from, to, rate, asOf } = versus.conversion;
    lines.push(`Compared as ${formatValue(versus.convertedValue, { kind: 'currency', currency: to })}: 1 ${from} = ${formatRate(rate)} ${to} (your rate, as of ${asOf})`);
  }
  if (cell.sourceFigure) {
    const period = cell.sourceFigure.period.label ? ` · ${cell.sourceFigure.period.label}${cell.sourceFigure.period.source === 'inferred' ? ' (inferred)' : ''}` : '';
    lines.push(`“${cell.sourceFigure.quote.text}”${period}`);
  } else if (!cell.assumption) {
    lines.push('Not in this article. Double-click to fill in your own value.');
  }
  return lines.join('\n');
}
