import type { Basis, Qualifier } from '../domain/dataset-schema';
import { METRICS, type MetricInfo } from '../domain/metrics';
import type { Scale, UnitKind } from '../domain/units';
import { UNKNOWN_METRIC } from './candidate';
import { CHANGE_WORDS, COUNT_NOUNS, FLOW_HEADS, METRIC_HEADS, PERIOD_WORDS, SYNONYMS } from './metric-lexicon';
import { STOPWORDS, isBlankBetween, isPhraseWord, plainWord, slugify, stem, stemsOf, wordsIn, type Span, type WordToken } from './words';

/*
 * What a figure measures, read from the noun phrase that names it. English puts that phrase in
 * a few places, tried in order: right after the figure ("18% revenue growth", "$300 billion cloud
 * investment push"), after "in"/"of" ("$11.9 billion in share repurchases", "30% of China's AI
 * deployments" - a share), before it ("revenue jumped 65%", "FCF to $516 million"), or anywhere in
 * its clause. The words then pick a catalog metric whose unit matches, or make a new slug.
 */

/** What the metric's name depends on besides its words. */
export interface MetricNaming {
  readonly unit: UnitKind;
  readonly scale: Scale;
  readonly basis: readonly Basis[];
  readonly qualifiers: readonly Qualifier[];
  readonly segment: string | null;
}

export interface MetricInput extends MetricNaming {
  readonly text: string;
  readonly asWritten: Span;
  readonly clause: Span;
  readonly ownStart: number;
  readonly ownEnd: number;
  /** Written with a sign ("+19%"): a change whatever the words say. */
  readonly isSigned: boolean;
  /** Names of companies and segments: they say whose figure it is, not what it measures. */
  readonly isName: (word: WordToken) => boolean;
  /** Words of a period phrase ("last year"): they say when, not what. */
  readonly isPeriod: (word: WordToken) => boolean;
}

export interface MetricGuess {
  readonly metric: string;
  readonly label: string;
  readonly words: readonly string[];
}

const isHead = (word: WordToken): boolean =>
  stemsOf(word.text).some((s) => METRIC_HEADS.has(s) || COUNT_NOUNS.has(s)) || Object.hasOwn(SYNONYMS, plainWord(word.text));
/** The metric catalog, keyed by any string so a guessed key can be looked up. */
const CATALOG: Readonly<Record<string, MetricInfo>> = METRICS;

const isChange = (word: string): boolean => CHANGE_WORDS.has(plainWord(word));
/** "plans to cut": a head noun's spelling used as a verb. */
const isVerbUse = (words: readonly WordToken[], i: number): boolean =>
  /^(?:plans|targets|funds|aims|returns|costs)$/i.test(words[i].text) && words[i + 1]?.text.toLowerCase() === 'to';
const isMetricHead = (words: readonly WordToken[], i: number, input: MetricInput): boolean =>
  isHead(words[i]) && !isChange(words[i].text) && !input.isName(words[i]) && !isVerbUse(words, i);

/**
 * A run of phrase words starting at `words[from]`, joined by blanks only (hyphens live inside
 * words). Names inside it are stepped over: "$300 million Xiaopeng stake" measures a stake.
 */
function runFrom(text: string, words: readonly WordToken[], from: number, input: MetricInput): WordToken[] {
  const run: WordToken[] = [];
  for (let i = from; i < words.length && run.length < 5; i += 1) {
    const word = words[i];
    if (i > from && !isBlankBetween(text, words[i - 1].end, word.start)) break;
    if (input.isName(word)) continue;
    if (!isPhraseWord(word.text) || input.isPeriod(word)) break;
    run.push(word);
  }
  return run;
}

/** The phrase around a head word: up to three phrase words to its left, then the run to its right. */
function phraseAround(text: string, words: readonly WordToken[], at: number, input: MetricInput): WordToken[] {
  let first = at;
  while (first > 0 && at - first < 3) {
    const word = words[first - 1];
    if (!isBlankBetween(text, word.end, words[first].start) || !isPhraseWord(word.text) || input.isName(word) || input.isPeriod(word)) break;
    first -= 1;
  }
  return runFrom(text, words, first, input);
}

/** What the phrase's position says: "30% of X" is a share of X; "revenue jumped 65%" is a change. */
export interface PhraseCues {
  readonly isShareOf: boolean;
  /** A change word stood between the phrase and the figure. */
  readonly hasChangeBetween: boolean;
}

interface Phrase extends PhraseCues {
  readonly words: readonly WordToken[];
}

function findPhrase(input: MetricInput): Phrase | null {
  const { text, asWritten } = input;
  const after = wordsIn(text, asWritten.end, Math.min(input.ownEnd, asWritten.end + 120));
  if (after[0] && isBlankBetween(text, asWritten.end, after[0].start)) {
    const attributive = runFrom(text, after, 0, input);
    // Without a metric noun, the words after a figure are as likely a verb ("$516 million beat forecasts").
    if (attributive.some(isHead) || (input.unit === 'percent' && attributive.some((w) => isChange(w.text)))) {
      // "48% growth in liquid-cooled servers", "$20 billion opportunity in AI-enabled services".
      const next = after[attributive.length];
      if (attributive.length === 1 && next && /^(?:in|of)$/i.test(next.text)) {
        const object = runFrom(text, after, attributive.length + 1, input);
        if (object.length > 0) return { words: [...object, ...attributive], isShareOf: false, hasChangeBetween: false };
      }
      return { words: attributive, isShareOf: false, hasChangeBetween: false };
    }
    // "in" and "of" name what an amount is; "for" and "on" name who or what it is for.
    if (/^(?:in|of)$/i.test(after[0].text)) {
      const object = runFrom(text, after, 1, input);
      const isShareOf = input.unit === 'percent' && after[0].text.toLowerCase() === 'of';
      if (object.length > 0 && (isShareOf || object.some(isHead))) return { words: object, isShareOf, hasChangeBetween: false };
    }
  }
  const before = wordsIn(text, Math.max(input.ownStart, asWritten.start - 120), asWritten.start);
  let hasChangeBetween = false;
  for (let i = before.length - 1; i >= Math.max(0, before.length - 8); i -= 1) {
    if (isChange(before[i].text)) hasChangeBetween = true;
    if (isMetricHead(before, i, input)) {
      const words = phraseAround(text, before, i, input);
      // "boosted developer productivity by 40%": the change verb governs the phrase.
      const governing = before[before.indexOf(words[0]) - 1];
      return { words, isShareOf: false, hasChangeBetween: hasChangeBetween || (governing !== undefined && isChange(governing.text)) };
    }
  }
  const clause = wordsIn(text, Math.max(input.clause.start, asWritten.start - 240), Math.min(input.clause.end, asWritten.end + 240));
  const heads = clause.map((word, i) => ({ word, i })).filter(({ i }) => isMetricHead(clause, i, input));
  if (heads.length === 0) return null;
  const distance = (word: WordToken): number => Math.min(Math.abs(word.end - asWritten.start), Math.abs(word.start - asWritten.end));
  const nearest = heads.reduce((best, h) => (distance(h.word) < distance(best.word) ? h : best));
  return { words: phraseAround(text, clause, nearest.i, input), isShareOf: false, hasChangeBetween: false };
}

/** The metric's words as the catalog spells them, plus "growth" or "share" where the phrase implies it. */
function metricWords(written: readonly string[], cues: PhraseCues, naming: MetricNaming): string[] {
  const plain = written.map(plainWord).filter((w) => !PERIOD_WORDS.has(w));
  const hasOwnChange = plain.some(isChange);
  const words: string[] = [];
  for (const word of plain) {
    // In "20% of European e-commerce growth" the growth is what the share is of, so it stays.
    if (isChange(word) && !cues.isShareOf) continue;
    // A multiple of earnings is a P/E: "15 times forward earnings".
    const canonicals = naming.unit === 'multiple' && /^earnings?$/.test(word) ? ['pe'] : (SYNONYMS[word] ?? [word]);
    for (const canonical of canonicals) if (!words.includes(canonical)) words.push(canonical);
  }
  const isFlow = words.some((w) => stemsOf(w).some((s) => FLOW_HEADS.has(s)));
  if (naming.unit === 'percent' && cues.isShareOf) words.push('share');
  // "48% growth in servers" says growth itself; "revenue jumped 65%" says it with a verb, which
  // only makes a growth rate of a flow (a share that "rose to 24%" is still a share).
  else if (naming.unit === 'percent' && (hasOwnChange || (cues.hasChangeBetween && isFlow))) words.push('growth');
  if (naming.unit === 'multiple' && naming.basis.includes('forward') && !words.includes('forward')) words.unshift('forward');
  if (naming.unit === 'currency' && words.at(-1) === 'stake') words.push('value');
  return words;
}

/** A catalog metric's words two ways: from its key ("cash") and from its label ("Cash reserves"). */
function catalogWordSets(key: string, info: MetricInfo): string[][] {
  const toStems = (text: string): string[] =>
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .replace(/&/g, '')
      .split(/[\s/-]+/)
      .filter((w) => w.length > 0 && !STOPWORDS.has(w))
      .map(stem);
  return [toStems(key), toStems(info.label)];
}

/**
 * The catalog metric in the right unit whose words (from its key or its label) are all present,
 * including the phrase's head word, preferring the one with the most words: "free cash flow"
 * is `free-cash-flow`, not `cash`, and "operating cash flow" is neither.
 */
function knownMetricFor(words: readonly string[], unit: UnitKind): string | null {
  const present = new Set(words.flatMap(stemsOf));
  const head = words.length > 0 ? stemsOf(words[words.length - 1]) : [];
  let best: { key: string; size: number } | null = null;
  for (const [key, info] of Object.entries(CATALOG)) {
    if (info.unitKind !== unit) continue;
    for (const set of catalogWordSets(key, info)) {
      if (!set.every((w) => present.has(w)) || !head.some((h) => set.includes(h))) continue;
      if (!best || set.length > best.size) best = { key, size: set.length };
    }
  }
  return best?.key ?? null;
}

const KIND_LABELS: Record<UnitKind, string> = {
  currency: 'Amount',
  percent: 'Percentage',
  multiple: 'Multiple',
  shares: 'Shares',
  count: 'Count',
};

// What a deal in shares did, from the verb before the count: "by purchasing 24.66 million shares".
const SHARE_DEALS: readonly [RegExp, string][] = [
  [/^(?:repurchas|bought back|buying back)/, 'repurchased'],
  [/^(?:purchas|bought|buy|acquir)/, 'purchased'],
  [/^(?:sold|sell)/, 'sold'],
  [/^issu/, 'issued'],
  [/^(?:hold|held|own)/, 'held'],
];

function shareDeal(input: MetricInput): string | null {
  const before = wordsIn(input.text, Math.max(input.ownStart, input.asWritten.start - 40), input.asWritten.start).slice(-2);
  for (const word of before.reverse()) {
    const deal = SHARE_DEALS.find(([pattern]) => pattern.test(word.text.toLowerCase()));
    if (deal) return deal[1];
  }
  return null;
}

/**
 * The metric a figure in running text measures: a catalog key when the words name one in the
 * figure's unit, else a slug of the words, else UNKNOWN_METRIC; with a label and the words used.
 */
export function guessMetric(input: MetricInput): MetricGuess {
  const deal = input.unit === 'shares' ? shareDeal(input) : null;
  if (deal) return nameMetric(['shares', deal], { isShareOf: false, hasChangeBetween: false }, input);
  const phrase = findPhrase(input);
  const cues: PhraseCues = { isShareOf: phrase?.isShareOf ?? false, hasChangeBetween: (phrase?.hasChangeBetween ?? false) || input.isSigned };
  return nameMetric(phrase ? phrase.words.map((w) => w.text) : [], cues, input);
}

/** Names the metric that the written words (a noun phrase, a table header) describe. */
export function nameMetric(written: readonly string[], cues: PhraseCues, naming: MetricNaming): MetricGuess {
  const words = metricWords(written, cues, naming);
  // A per-share-sized amount someone is "targeting" with nothing else named is a price target.
  if (words.length === 0 && naming.unit === 'currency' && naming.scale === 'one' && naming.qualifiers.includes('target')) {
    words.push('price', 'target');
  }
  const known = knownMetricFor(words, naming.unit);
  let metric = known ?? slugify(words.join(' '));
  const shown = written.filter((w) => !PERIOD_WORDS.has(plainWord(w)) && !isChange(w));
  const implied = words.filter((w) => w === 'growth' || w === 'share' || (shown.length === 0 && w !== 'value'));
  let label = known ? CATALOG[known].label : capitalize([...shown, ...implied].join(' '));
  // A new slug that happens to be a catalog key in another unit would be refused by the schema.
  if (!known && Object.hasOwn(CATALOG, metric)) metric = `${metric}-${naming.unit}`;
  if (metric === '' || label.trim() === '') {
    metric = UNKNOWN_METRIC;
    label = `${KIND_LABELS[naming.unit]} (metric not recognised)`;
  }
  if (naming.segment) label = `${naming.segment} ${lowerFirst(label)}`;
  return { metric, label, words };
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** "Revenue growth" -> "revenue growth", but "R&D spending" and "AI plan" keep their capitals. */
const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
