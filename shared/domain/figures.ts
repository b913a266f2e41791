import type { Figure } from './dataset-schema';
import { ENTITIES, type EntityInfo } from './entities';
import { METRICS, type MetricInfo } from './metrics';
import { formatValue } from './format';
import { SCALE_FACTORS, type Unit } from './units';

/** Relative tolerance under which two stated values are the same figure (not a conflict). */
const SAME_VALUE_TOLERANCE = 1e-9;

/** The comparison row a figure belongs to: entity, segment and metric. */
export function rowIdFor(figure: Pick<Figure, 'entity' | 'segment' | 'metric'>): string {
  return [figure.entity, figure.segment ?? '', figure.metric].join('|');
}

/** A figure's unit as one value; the schema guarantees a currency exactly for currency figures. */
export function figureUnit(figure: Pick<Figure, 'unit' | 'currency'>): Unit {
  if (figure.unit === 'currency') return { kind: 'currency', currency: figure.currency ?? 'USD' };
  return { kind: figure.unit };
}

/** Whether two values are the same figure, allowing for binary noise. */
export function isSameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1e-12);
}

/** "$300M (Q3 2024, inferred)": a figure for messages. */
export function describeFigure(figure: Figure): string {
  const { label, source } = figure.period;
  const period = label ? ` (${label}${source === 'inferred' ? ', inferred' : ''})` : '';
  return `${formatValue(figure.value, figureUnit(figure))}${period}`;
}

/** The catalog entry of a metric key, if the catalog knows it (own keys only: "constructor" is not a metric). */
export function knownMetric(key: string): MetricInfo | undefined {
  return Object.hasOwn(METRICS, key) ? (METRICS as Record<string, MetricInfo>)[key] : undefined;
}

/** The catalog entry of an entity id, if the catalog knows it. */
export function knownEntity(key: string): EntityInfo | undefined {
  return Object.hasOwn(ENTITIES, key) ? (ENTITIES as Record<string, EntityInfo>)[key] : undefined;
}

/** Whether the figure's quote and its text as written sit at their recorded offsets in the article. */
export function isQuoteAtOffsets(articleText: string, figure: Pick<Figure, 'quote' | 'asWritten'>): boolean {
  return (
    articleText.slice(figure.quote.start, figure.quote.end) === figure.quote.text &&
    articleText.slice(figure.asWritten.start, figure.asWritten.end) === figure.asWritten.text
  );
}

/**
 * Half a unit of the last digit the article wrote: "$33.3 billion" stands for anything from
 * $33.25B to $33.35B. Two figures within that of each other are one figure, rounded
 * differently, not a conflict.
 */
export function writtenPrecision(figure: Pick<Figure, 'asWritten' | 'unit' | 'scale'>): number {
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(figure.asWritten.text);
  const decimals = digits?.[1]?.length ?? 0;
  const unitOfLastDigit = figure.unit === 'percent' ? 0.01 : figure.unit === 'multiple' ? 1 : SCALE_FACTORS[figure.scale];
  return 0.5 * 10 ** -decimals * unitOfLastDigit;
}

/** Whether two figures state the same value, allowing for how precisely each was written. */
export function isSameAsWritten(a: Figure, b: Figure): boolean {
  return isSameValue(a.value, b.value) || Math.abs(a.value - b.value) <= Math.max(writtenPrecision(a), writtenPrecision(b));
}
