import type { RowSource } from './comparison';
import type { Unit } from './units';

/** What a row the analyst adds needs to be compared like any other. */
export interface CustomRowInput {
  readonly id: string;
  readonly entity: string;
  readonly entityName: string;
  readonly segment: string | null;
  readonly metricLabel: string;
  readonly unit: Unit;
}

/**
 * A source row with no figures: every value in it is the analyst's. Bare numbers typed in
 * it are read at face value (scale "one"), since no figure shows the row's magnitude.
 */
export function customRowSource(row: CustomRowInput): RowSource {
  return {
    id: row.id,
    entity: row.entity,
    entityName: row.entityName,
    segment: row.segment,
    metric: row.id,
    metricLabel: row.metricLabel,
    unit: row.unit,
    displayScale: 'one',
    figuresByArticle: {},
    relatedFigures: [],
    isCustom: true,
  };
}
