import type { Figure } from '@shared/domain/dataset-schema';
import { figureUnit, knownEntity } from '@shared/domain/figures';
import { formatValue } from '@shared/domain/format';
import { parseCellInput } from '@shared/domain/parse-input';
import type { CurrencyCode, Unit, UnitKind } from '@shared/domain/units';
import { UNKNOWN_ENTITY, UNKNOWN_METRIC } from '@shared/extract/candidate';
import { entityIdFor, newMetricFigure, type RowSuggestion } from '@shared/extract/suggest-rows';

/**
 * What the analyst has typed into a candidate's editor, as text, and how it becomes a figure.
 * Provenance (id, article, quote, text as written) is never part of the draft: an edit keeps it.
 */
export interface CandidateDraft {
  readonly valueText: string;
  readonly unit: UnitKind;
  /** Kept while another unit is chosen, so switching back to money restores it. */
  readonly currency: CurrencyCode;
  /** Empty: the article states no period. */
  readonly periodLabel: string;
  /** A catalog id or name ("Lenovo"), or any company name. */
  readonly entity: string;
  /** Empty: the whole company. */
  readonly segment: string;
  /** The metric key, or null for a new metric named by the label. */
  readonly metric: string | null;
  readonly label: string;
}

export type DraftField = 'value' | 'entity' | 'label' | 'metric';

export type DraftResult = { readonly ok: true; readonly figure: Figure } | { readonly ok: false; readonly field: DraftField; readonly message: string };

/** The value as the grid shows it ("$35.5B", "22%"): what the analyst corrects. */
export function valueTextOf(figure: Figure): string {
  return formatValue(figure.value, figureUnit(figure));
}

export function draftOf(figure: Figure): CandidateDraft {
  return {
    valueText: valueTextOf(figure),
    unit: figure.unit,
    currency: figure.currency ?? 'USD',
    periodLabel: figure.period.label ?? '',
    entity: knownEntity(figure.entity)?.name ?? figure.entity,
    segment: figure.segment ?? '',
    metric: figure.metric,
    label: figure.label,
  };
}

/** The draft pointed at an existing row: its company, segment and metric, the value untouched. */
export function draftOnRow(draft: CandidateDraft, row: RowSuggestion): CandidateDraft {
  return { ...draft, entity: row.entityName, segment: row.segment ?? '', metric: row.metric, label: row.metricLabel };
}

function draftUnit(draft: CandidateDraft): Unit {
  return draft.unit === 'currency' ? { kind: 'currency', currency: draft.currency } : { kind: draft.unit };
}

/** The value the draft says, in base units, and the currency typed with it if any. */
function draftValue(figure: Figure, draft: CandidateDraft): { ok: true; value: number; currency: CurrencyCode | null } | { ok: false; message: string } {
  const unit = draftUnit(draft);
  // Untouched text keeps the exact stored value: "$12.346B" is a rounded view of it.
  const text = draft.valueText.trim();
  if (draft.unit === figure.unit && (text === valueTextOf(figure) || text === formatValue(figure.value, unit))) {
    return { ok: true, value: figure.value, currency: unit.kind === 'currency' ? unit.currency : null };
  }
  if (text === '') return { ok: false, message: 'Type the value, e.g. 35.5B, CNY 9.8B, 22% or 18x.' };
  // A bare number is read at the scale the article wrote ("35.5" in a billions figure is 35.5 billion).
  const isAmount = unit.kind === 'currency' || unit.kind === 'shares' || unit.kind === 'count';
  const parsed = parseCellInput(draft.valueText, { unit, displayScale: isAmount ? figure.scale : 'one', acceptsAnyCurrency: unit.kind === 'currency' });
  if (!parsed.ok) return parsed;
  return { ok: true, value: parsed.value, currency: unit.kind === 'currency' ? (parsed.currency ?? unit.currency) : null };
}

function draftPeriod(figure: Figure, draft: CandidateDraft): Figure['period'] {
  const label = draft.periodLabel.trim();
  if (label === '') return { label: null, source: 'unstated' };
  if (label === figure.period.label) return figure.period;
  // The analyst may read the period from anywhere in the article, so it is not "stated" beside the figure.
  return { label, source: 'inferred', note: 'Set by the analyst on review.' };
}

/**
 * The figure the draft describes, or what to fix first. Only the draft's own fields are
 * checked here; the store checks the whole figure (a catalog metric's unit, say) on save.
 */
export function figureOfDraft(figure: Figure, draft: CandidateDraft): DraftResult {
  const value = draftValue(figure, draft);
  if (!value.ok) return { ok: false, field: 'value', message: value.message };
  const entity = entityIdFor(draft.entity);
  if (entity === '') return { ok: false, field: 'entity', message: 'Name the company or subject the figure is about.' };
  // The extractor's placeholders would gather unrelated figures into one "unknown" row.
  if (entity === UNKNOWN_ENTITY) return { ok: false, field: 'entity', message: 'The extractor could not tell which company this is about: type it under Company.' };
  if (draft.metric === UNKNOWN_METRIC) {
    return { ok: false, field: 'metric', message: 'The extractor could not tell what this figure measures: map it to a row (m) or choose “New metric…” first.' };
  }
  const label = draft.label.trim();
  if (label === '') return { ok: false, field: 'label', message: draft.metric === null ? 'Name the new metric.' : 'Give the figure a label.' };
  const segment = draft.segment.trim() === '' ? null : draft.segment.trim();
  const isRatio = draft.unit === 'percent' || draft.unit === 'multiple';
  const base: Figure = {
    ...figure,
    entity,
    segment,
    value: value.value,
    unit: draft.unit,
    currency: value.currency,
    // A ratio has no scale word; an amount keeps the one the article wrote.
    scale: isRatio ? 'one' : figure.scale,
    period: draftPeriod(figure, draft),
    label,
  };
  return { ok: true, figure: draft.metric === null ? newMetricFigure(base, entity, segment, label) : { ...base, metric: draft.metric } };
}

/** The fields suggestions rank on, read from the draft even while its value does not parse. */
export function probeOf(figure: Figure, draft: CandidateDraft): Figure {
  const segment = draft.segment.trim();
  return {
    ...figure,
    entity: entityIdFor(draft.entity) || figure.entity,
    segment: segment === '' ? null : segment,
    unit: draft.unit,
    currency: draft.unit === 'currency' ? draft.currency : null,
    label: draft.label.trim() || figure.label,
  };
}

export function isSameDraft(a: CandidateDraft, b: CandidateDraft): boolean {
  return (Object.keys(a) as (keyof CandidateDraft)[]).every((key) => a[key] === b[key]);
}
