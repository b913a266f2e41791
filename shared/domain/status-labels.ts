import type { RowStatus } from './comparison';

/** A row's status in a few words, as the grid and the exported workbook both show it. */
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
