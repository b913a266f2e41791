import type { ClipboardCell } from '@shared/clipboard/clipboard-codec';
import type { ComparisonRow } from '@shared/domain/comparison';
import { SCALE_FACTORS, type Scale, type Unit } from '@shared/domain/units';
import type { CopyNumberFormat } from '@shared/workspace/workspace-schema';
import { cellContent, type CellContent, type OtherScenarioRow } from '../cell-content';
import type { CellRef } from '../selection/cell-range';

/**
 * The cells of a range as they go to the clipboard. Numbers go out as plain numbers that any
 * spreadsheet reads as numbers (never "−$23.6B" with a typographic minus): in the row's display
 * scale, with the unit named in the Metric cell ("Cash reserves (USD B)" over 83.6), or in
 * full (83600000000, a percentage as the fraction 0.22), as the analyst chose in Settings.
 */
const SCALE_LETTER: Record<Scale, string> = { one: '', thousand: 'K', million: 'M', billion: 'B', trillion: 'T' };

/** A number with no float noise (83.6, not 83.60000000000001), in plain digits: never 1e-7, which no paste reads back. */
function plainNumber(value: number): string {
  const rounded = Number(value.toPrecision(12));
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  const text = String(rounded);
  if (!text.includes('e')) return text;
  // Exponent form comes from below 1e-6 and from 1e21 up: write the digits out.
  return Math.abs(rounded) >= 1 ? BigInt(Math.round(rounded)).toString() : rounded.toFixed(20).replace(/0+$/, '');
}

function scaledNumber(content: Extract<CellContent, { kind: 'number' }>, scale: Scale, format: CopyNumberFormat): number {
  if (format === 'full') return content.value;
  if (content.role === 'change' || content.unit.kind === 'percent') return content.value * 100;
  if (content.unit.kind === 'multiple') return content.value;
  return content.value / SCALE_FACTORS[scale];
}

/** "USD B", "%", "x", "shares, M": what the Metric cell names for its row's numbers. */
export function unitLabel(unit: Unit, scale: Scale, format: CopyNumberFormat): string {
  const letter = format === 'full' ? '' : SCALE_LETTER[scale];
  switch (unit.kind) {
    case 'currency':
      return letter ? `${unit.currency} ${letter}` : unit.currency;
    case 'percent':
      return format === 'full' ? 'fraction' : '%';
    case 'multiple':
      return 'x';
    case 'shares':
      return letter ? `shares, ${letter}` : 'shares';
    case 'count':
      return letter;
  }
}

export function copyCell(row: ComparisonRow, colId: string, format: CopyNumberFormat, otherScenario?: OtherScenarioRow): ClipboardCell {
  const content = cellContent(row, colId, otherScenario);
  if (content.kind === 'empty') return { text: '' };
  if (content.kind === 'text') {
    if (colId !== 'metric') return { text: content.text };
    const unit = unitLabel(row.unit, row.displayScale, format);
    return { text: unit ? `${content.text} (${unit})` : content.text };
  }
  const number = plainNumber(scaledNumber(content, row.displayScale, format));
  return { text: number, raw: number };
}

/** A copied cell's value for a paste back into this grid (see copy-origin.ts); null for text. */
export function copiedValue(row: ComparisonRow, colId: string, otherScenario?: OtherScenarioRow): { value: number | null; unit: Unit } | null {
  const content = cellContent(row, colId, otherScenario);
  if (content.kind === 'number') return { value: content.value, unit: content.role === 'change' ? { kind: 'percent' } : content.unit };
  return content.kind === 'empty' && colId.startsWith('value:') ? { value: null, unit: row.unit } : null;
}

/** The block for the clipboard, with the column headers as its first row when asked. */
export function copyBlock(
  cells: readonly (readonly CellRef[])[],
  rowById: (rowId: string) => ComparisonRow | undefined,
  format: CopyNumberFormat,
  header: ((colId: string) => string) | null,
  otherScenario?: OtherScenarioRow,
): ClipboardCell[][] {
  const block = cells.map((row) =>
    row.map((cell) => {
      const data = rowById(cell.rowId);
      return data ? copyCell(data, cell.colId, format, otherScenario) : { text: '' };
    }),
  );
  const first = cells[0];
  if (header && first) block.unshift(first.map((cell) => ({ text: header(cell.colId) })));
  return block;
}
