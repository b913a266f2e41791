/**
 * Words with their offsets, and the small word lists the extractor's other modules share.
 * Offsets are UTF-16 indices into the article text, like every offset in the dataset.
 */

/** A half-open stretch [start, end) of the article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface WordToken extends Span {
  readonly text: string;
}

// Letters with inner joiners, so "R&D", "P/E", "EV/Sales", "e-commerce", "Alibaba’s" and
// "non-HKFRS" are one word each. Digits may follow a letter but never start a word.
const WORD = /[A-Za-z][A-Za-z0-9&]*(?:[-'’/&][A-Za-z0-9&]+)*/g;

/** The words inside [start, end) of `text`, with their offsets in `text`. */
export function wordsIn(text: string, start: number, end: number): WordToken[] {
  const slice = text.slice(start, end);
  const words: WordToken[] = [];
  for (const match of slice.matchAll(WORD)) {
    const at = start + (match.index ?? 0);
    words.push({ text: match[0], start: at, end: at + match[0].length });
  }
  return words;
}

/** Lower case without a possessive: "Alibaba’s" -> "alibaba", "R&D" -> "r&d". */
export function plainWord(word: string): string {
  return word.replace(/['’]s$/i, '').toLowerCase();
}

/** A rough stem, so "sales" meets "sale" and "servers" meets "server". Both sides of a comparison use it. */
export function stem(word: string): string {
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The stems a word stands for when matched against metric keys: "ev/sales" gives ev, sale and
 * evsale; "r&d" gives rd; "e-commerce" gives e, commerce and ecommerce.
 */
export function stemsOf(word: string): string[] {
  const plain = plainWord(word).replace(/&/g, '');
  const parts = plain.split(/[-/]/).filter((part) => part.length > 0);
  const joined = parts.join('');
  return [...new Set([...parts, joined].map(stem))];
}

/** "Cloud Intelligence Group" -> "cloud-intelligence-group"; '' when nothing is left. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/&/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Function words: never part of a metric name, and not a proper noun when capitalised at a sentence start. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the of in on at to for by from with and or nor as its it it’s it\'s their his her our my your this that these those ' +
    'is are was were be been being has have had will would could should may might can do does did which who whom whose ' +
    'while whereas also now just only about over under up down more most than less around approximately nearly almost ' +
    'roughly some per into onto after before since through until amid like such including via vs not no all both each ' +
    'other another new total there here then so but if when where what why how we they he she you i them us one any ' +
    'same own very much many few least at-least what’s here’s there’s that’s let’s yet still even already once again ' +
    'due owing thanks respectively apiece each'
  ).split(' '),
);

/** Words that end a noun phrase although they are not function words: verbs and clause openers. */
const PHRASE_BREAKERS: ReadonlySet<string> = new Set(
  (
    'rose rise rises fell fall falls grew grow grows jumped jump jumps surged surges dropped drops declined declines ' +
    'reached reach reaches hit hits totaled totalled totals stood came reported reports posted posts saw sees show shows ' +
    'signal signals provide provides underscore underscores reveal reveals position positions make makes ensure ensures ' +
    'remain remains drive drives driven opens open capture captures fuel fuels benefit help helps mean means represent ' +
    'represents reflect reflects compared versus said says expects expected estimated forecast projected according ' +
    'could would trading trades traded valued worth beat beats missed miss topped exceeded lagged trailed'
  ).split(' '),
);

// Words ending in -ing or -ed that are nouns or adjectives in financial writing, so they do not end a phrase.
const NOUN_ING = new Set(
  'spending funding financing pricing offering listing marketing manufacturing computing advertising banking lending housing operating trailing outstanding remaining shipping restructuring building licensing'.split(
    ' ',
  ),
);
const ADJECTIVE_ED = new Set('adjusted diluted consolidated combined annualized annualised unadjusted'.split(' '));

// A basis written after a figure ("36% YoY due to ...") ends its phrase; it says how, not what.
const BASIS_WORDS = /^(?:yoy|qoq|y\/y|q\/q|y-o-y|year-on-year|year-over-year|quarter-on-quarter|quarter-over-quarter|sequentially)$/;

/** Whether a word can stand inside a noun phrase that names what a figure measures. */
export function isPhraseWord(word: string): boolean {
  const plain = plainWord(word);
  if (STOPWORDS.has(plain) || PHRASE_BREAKERS.has(plain) || BASIS_WORDS.test(plain)) return false;
  if (plain.includes('-')) return true;
  if (plain.endsWith('ing') && !NOUN_ING.has(plain)) return false;
  if (plain.endsWith('ed') && plain.length > 4 && !ADJECTIVE_ED.has(plain)) return false;
  return true;
}

/** Whether only blanks lie between two offsets: the words are adjacent, with no punctuation between. */
export function isBlankBetween(text: string, from: number, to: number): boolean {
  return /^\s*$/.test(text.slice(from, to));
}

export const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
export const isWordChar = (ch: string | undefined): boolean => isLetter(ch) || isDigit(ch) || ch === '_';

/** Month names and their abbreviations, as a regex alternation. */
export const MONTH_PATTERN =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
