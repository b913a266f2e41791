import type { RowSource } from '../domain/comparison';
import type { Figure } from '../domain/dataset-schema';
import { ENTITIES } from '../domain/entities';
import { knownMetric } from '../domain/figures';
import { slugify } from '../workspace/operations';
import { UNKNOWN_ENTITY, UNKNOWN_METRIC } from './candidate';

/**
 * Ranks the comparison's existing rows a reviewed candidate could join, so the analyst maps a
 * figure with one key instead of retyping an entity, segment and metric the comparison
 * already has. Pure: the review queue calls it for the candidate it is on.
 */

/** One existing row a candidate could be mapped to, with why it was proposed. */
export interface RowSuggestion {
  readonly rowId: string;
  readonly entity: string;
  readonly entityName: string;
  readonly segment: string | null;
  readonly metric: string;
  readonly metricLabel: string;
  readonly score: number;
  /** "same company · unit matches · words: revenue, growth": for the analyst, not for ranking. */
  readonly why: string;
}

/*
 * Weights. The company decides most: a figure about Alibaba belongs in an Alibaba row. Then
 * what the words near the figure say it measures, then the segment. A currency mismatch is
 * only a small penalty because the comparison converts with the analyst's FX rates.
 */
const ENTITY_WEIGHT = 10;
const SAME_METRIC_WEIGHT = 6;
const WORD_WEIGHT = 4;
/** At most this much for how much of the row's name the words cover: "revenue" fits Revenue better than Cloud services revenue opportunity. */
const COVERAGE_WEIGHT = 2;
const SEGMENT_WEIGHT = 3;
const WHOLE_COMPANY_WEIGHT = 1;
const SAME_UNIT_WEIGHT = 2;

/** Words that say nothing about what a figure measures. */
const STOP_WORDS = new Set(['the', 'of', 'and', 'in', 'to', 'for', 'a', 'an', 'its', 'by', 'per', 'on', 'at', 'with', 'from', 'as', 'group']);

/**
 * Words that mean the same measure in financial prose, read as one. Irregular forms go here
 * too, because suffix stripping cannot turn "grew" or "growth" into "grow".
 */
const SAME_WORD: Readonly<Record<string, string>> = {
  grew: 'grow',
  growth: 'grow',
  rose: 'rise',
  fell: 'fall',
  sale: 'revenue',
  turnover: 'revenue',
  buyback: 'repurchase',
  profit: 'income',
  earning: 'income',
};

function sameWord(word: string): string | undefined {
  return Object.hasOwn(SAME_WORD, word) ? SAME_WORD[word] : undefined;
}

/** A crude stem: enough that "revenues" meets "revenue" and "increased" meets "increase". */
export function stemWord(word: string): string {
  let stem = word.toLowerCase();
  if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  // The canonical word is stemmed like any other, so "sales" and "revenue" end on one stem.
  stem = sameWord(stem) ?? stem;
  if (stem.length > 5 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  // Dropping a final "e" last makes "increase", "increased" and "increases" one stem.
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}

/** The stems of a phrase or slug ("R&D spending", "rd-spending"), stop words left out. */
export function metricStems(text: string): Set<string> {
  const words = text.toLowerCase().replace(/r&d/g, 'rd').split(/[^a-z0-9]+/);
  return new Set(words.filter((word) => word.length >= 2 && !STOP_WORDS.has(word)).map(stemWord));
}

function sameSegment(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Row sources keep their identity until the dataset changes, so each row is stemmed once, not on every keystroke. */
const rowStemCache = new WeakMap<RowSource, { readonly nameStems: ReadonlySet<string>; readonly rowStems: ReadonlySet<string> }>();
function stemsOf(row: RowSource) {
  let stems = rowStemCache.get(row);
  if (!stems) {
    const nameStems = metricStems(`${row.metricLabel} ${row.metric}`);
    stems = { nameStems, rowStems: new Set([...nameStems, ...metricStems(row.segment ?? '')]) };
    rowStemCache.set(row, stems);
  }
  return stems;
}

function score(figure: Figure, stems: ReadonlyMap<string, string>, row: RowSource): RowSuggestion | null {
  // A percent is never a currency amount: no FX rate or relabelling makes the two compare.
  if (row.unit.kind !== figure.unit) return null;
  let total = 0;
  const why: string[] = [];
  // The extractor's placeholders are no evidence: two "unknown" figures need not be about one company.
  if (row.entity === figure.entity && figure.entity !== UNKNOWN_ENTITY) {
    total += ENTITY_WEIGHT;
    why.push('same company');
  }
  if (row.metric === figure.metric && figure.metric !== UNKNOWN_METRIC) {
    total += SAME_METRIC_WEIGHT;
    why.push('same metric');
  }
  const { nameStems, rowStems } = stemsOf(row);
  const shared = [...stems].filter(([stem]) => rowStems.has(stem));
  const covered = shared.filter(([stem]) => nameStems.has(stem)).length;
  total += WORD_WEIGHT * shared.length + (nameStems.size > 0 ? (COVERAGE_WEIGHT * covered) / nameStems.size : 0);
  // Without the company, the metric or a word in common, a matching unit alone proposes every row.
  if (total === 0) return null;
  if (sameSegment(row.segment, figure.segment)) {
    total += SEGMENT_WEIGHT;
    why.push('same segment');
  } else if (row.segment === null && figure.segment === null) {
    total += WHOLE_COMPANY_WEIGHT;
  }
  if (row.unit.kind !== 'currency' || row.unit.currency === figure.currency) {
    total += SAME_UNIT_WEIGHT;
    why.push('unit matches');
  } else {
    why.push(`row in ${row.unit.currency} (FX converts)`);
  }
  if (shared.length > 0) why.push(`words: ${shared.map(([, word]) => word).join(', ')}`);
  return {
    rowId: row.id,
    entity: row.entity,
    entityName: row.entityName,
    segment: row.segment,
    metric: row.metric,
    metricLabel: row.metricLabel,
    score: Math.round(total * 100) / 100,
    why: why.join(' · '),
  };
}

/**
 * The existing rows a candidate could join, best first: same company counts most, then the
 * metric words it shares with the row's label, metric and segment, then the segment. Rows in
 * another unit kind are never proposed; rows in another currency rank below same-currency ones.
 * The analyst's own rows are left out: they hold no article figures to sit beside.
 */
export function suggestRows(figure: Figure, metricWords: readonly string[], rows: readonly RowSource[], limit = 5): RowSuggestion[] {
  // Each stem remembers the word it came from, so "why" shows the article's words.
  const stems = new Map<string, string>();
  for (const word of [...metricWords, figure.label]) {
    for (const part of word.toLowerCase().split(/[^a-z0-9&]+/)) {
      for (const stem of metricStems(part)) if (!stems.has(stem)) stems.set(stem, part);
    }
  }
  const compare = new Intl.Collator('en').compare;
  return rows
    .filter((row) => !row.isCustom && !row.id.startsWith('custom:'))
    .flatMap((row) => score(figure, stems, row) ?? [])
    .sort((a, b) => b.score - a.score || compare(a.entityName, b.entityName) || compare(a.metricLabel, b.metricLabel) || compare(a.rowId, b.rowId))
    .slice(0, Math.max(0, limit));
}

/**
 * The candidate as a figure of a metric the comparison does not have yet: the metric key is
 * the label's slug. A catalog metric of that slug measured in another unit would make the
 * figure invalid ("revenue" is money, never percent), so the unit is appended to the key then.
 */
export function newMetricFigure(figure: Figure, entity: string, segment: string | null, label: string): Figure {
  const name = label.trim();
  const slug = slugify(name, 'metric');
  const known = knownMetric(slug);
  const metric = known && known.unitKind !== figure.unit ? `${slug}-${figure.unit}` : slug;
  const trimmedSegment = segment?.trim() ?? '';
  return { ...figure, entity, segment: trimmedSegment === '' ? null : trimmedSegment, metric, label: name };
}

/**
 * The entity id for what the analyst typed: a catalog entity by its id or its name ("Lenovo",
 * "xpeng"), else the text's slug, so a company the catalog does not know still gets a valid id.
 * Empty when nothing usable was typed.
 */
export function entityIdFor(text: string): string {
  const typed = text.trim().toLowerCase();
  if (typed === '') return '';
  for (const [id, info] of Object.entries(ENTITIES)) {
    if (id === typed || info.name.toLowerCase() === typed) return id;
  }
  return slugify(typed, '');
}
