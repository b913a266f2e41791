import type { CandidateKind } from '@shared/extract/candidate';
import type { ReviewedCandidate } from '@shared/workspace/workspace-schema';
import { QuoteView } from '../panels/QuoteView';
import { describeBasis, describePeriod, describeQualifiers } from '../panels/sources/figure-labels';
import { valueTextOf } from './candidate-draft';
import { STATUS_LABELS } from './review-queue';

const KIND_LABELS: Record<CandidateKind, string> = {
  amount: 'amount of money',
  percent: 'percentage',
  'percentage-points': 'change in percentage points',
  multiple: 'multiple',
  shares: 'number of shares',
  count: 'count',
};

interface CandidateFactsProps {
  readonly candidate: ReviewedCandidate;
  readonly index: number;
  readonly total: number;
}

/** What the extractor read and where: the sentence with the figure marked, and how it read it. */
export function CandidateFacts({ candidate, index, total }: CandidateFactsProps) {
  const { figure, status, confidence, kind } = candidate;
  const details = [
    `read as ${valueTextOf(figure)}`,
    describePeriod(figure.period),
    ...(figure.basis.length > 0 ? [describeBasis(figure.basis)] : []),
    ...(figure.qualifiers.length > 0 ? [describeQualifiers(figure.qualifiers)] : []),
  ];
  return (
    <header className="review-facts">
      <p className="review-facts-line">
        <strong>
          Figure {index + 1} of {total}
        </strong>
        <span className={`review-badge is-${status}`}>{STATUS_LABELS[status]}</span>
        <span className="muted">
          {KIND_LABELS[kind]} · {Math.round(confidence * 100)}% sure
        </span>
      </p>
      <QuoteView figure={figure} testId="review-quote" />
      <p className="review-facts-line muted">
        {details.join(' · ')}
        {figure.period.note && <span title={figure.period.note}> ⓘ</span>}
      </p>
    </header>
  );
}
