import type { Figure } from '../domain/dataset-schema';
import type { Amount } from './amounts';
import type { Candidate } from './candidate';
import { UNKNOWN_METRIC } from './candidate';
import type { Span } from './words';

/** A candidate before ids are given out in text order. */
export type Draft = Omit<Candidate, 'figure'> & { readonly figure: Omit<Figure, 'id'> };

/** The exact text at a span, as the schema wants it: `text.slice(start, end) === span.text`. */
export function textSpan(text: string, span: Span): { start: number; end: number; text: string } {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

const KIND_CONFIDENCE: Record<Draft['kind'], number> = {
  amount: 0.9,
  percent: 0.85,
  'percentage-points': 0.8,
  multiple: 0.85,
  shares: 0.85,
  count: 0.5,
};

/**
 * How sure the extractor is that this is a figure worth comparing. Money, percentages and
 * multiples are rarely anything else; counts often are. A figure whose metric could not be
 * named, or that comes from a table with nothing but a header to say what it is, is less sure.
 */
export function confidenceOf(amount: Amount, metric: string, isTable: boolean): number {
  let confidence = KIND_CONFIDENCE[amount.kind];
  if (amount.kind === 'count' && amount.scale !== 'one') confidence += 0.1;
  if (amount.kind === 'amount' && amount.scale === 'one' && Math.abs(amount.value) < 1000) confidence -= 0.1;
  if (metric === UNKNOWN_METRIC) confidence -= 0.15;
  if (isTable) confidence -= 0.1;
  return Math.round(Math.min(1, Math.max(0.05, confidence)) * 100) / 100;
}

/** Why a range end is read as it is, for the analyst: "Low end of the range “$80–$85”." */
export function rangeNote(amount: Amount): string | undefined {
  if (amount.range === null || amount.rangeText === null) return undefined;
  return `${amount.range === 'range-low' ? 'Low' : 'High'} end of the range “${amount.rangeText}”.`;
}
