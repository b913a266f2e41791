import type { Figure } from '@shared/domain/dataset-schema';
import { describeBasis, describePeriod, describeQualifiers } from './figure-labels';

interface FigureFactsProps {
  readonly figure: Figure;
  /** False when the quote is not at its recorded offsets: the text then marks nothing for it. */
  readonly isPlaced: boolean;
}

/** One figure of the selected row, above its article: as written, period, basis, qualifiers and quote. */
export function FigureFacts({ figure, isPlaced }: FigureFactsProps) {
  return (
    <li className="source-fact" data-testid="source-fact" data-figure-id={figure.id}>
      <div className="source-fact-line">
        <strong>{figure.asWritten.text}</strong>
        <span title={figure.period.note}>{describePeriod(figure.period)}</span>
        {figure.basis.length > 0 && <span>basis: {describeBasis(figure.basis)}</span>}
        {figure.qualifiers.length > 0 && <span>{describeQualifiers(figure.qualifiers)}</span>}
        {!isPlaced && (
          <span className="quote-warning" data-testid="quote-warning">
            ⚠ Quote not found at its recorded position (characters {figure.quote.start}–{figure.quote.end})
          </span>
        )}
      </div>
      <q className="source-fact-quote">{figure.quote.text}</q>
    </li>
  );
}
