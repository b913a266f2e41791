import { ENTITIES } from '../domain/entities';
import { UNKNOWN_ENTITY } from './candidate';
import { overlapsAny } from './non-figures';
import { spanAt, spansWithin } from './text-units';
import { STOPWORDS, slugify, type Span } from './words';

/**
 * Who a figure is about: the nearest preceding mention of a catalog entity (by name or alias) or
 * of a company-like name, and which named business segment it belongs to, if any.
 */
export interface EntityMention extends Span {
  readonly entity: string;
  readonly isKnown: boolean;
  /**
   * How the sentence uses the name: its subject or owner ("Alibaba's $11.9 billion"), the object
   * of a preposition ("holdings in Xiaopeng"), or an aside in brackets ("(to comply with China's
   * laws)"). A figure belongs to subjects first.
   */
  readonly role: MentionRole;
}

export type MentionRole = 'subject' | 'object' | 'aside';

const PREPOSITIONS = new Set(
  'in into with to from of for on at by like than versus vs over about against toward towards between among including as via under'.split(' '),
);

function roleOf(text: string, start: number, end: number): MentionRole {
  // Only this line, and only its last 300 characters, can bracket the name.
  const window = text.slice(Math.max(0, start - 300), start);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return 'aside';
  // An owner is the actor even after a preposition: in "with Alibaba's cloud", "with" governs the cloud.
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return 'subject';
  // Only a preposition right before the name counts: "Alibaba, with ..." is not "with Alibaba".
  const preceding = /([A-Za-z]+)\s+(?:(?:the|its|their|his|her|a|an)\s+)?$/.exec(before);
  return preceding && PREPOSITIONS.has(preceding[1].toLowerCase()) ? 'object' : 'subject';
}

export interface SegmentMention extends Span {
  /** "Infrastructure Solutions Group (ISG)": the full name, with its acronym when the text defines one. */
  readonly name: string;
}

type EntityKey = keyof typeof ENTITIES;

// Other names the catalog's entities go by, beyond the parts of their catalog name.
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  alibaba: ['Alibaba Group', 'BABA'],
  xpeng: ['Xpeng', 'XPEV'],
  lenovo: ['Lenovo Group'],
} satisfies Partial<Record<EntityKey, readonly string[]>>;
// A country is named as a place far more often than as the actor: only "China’s ..." names it as one.
const POSSESSIVE_ONLY: ReadonlySet<string> = new Set<EntityKey>(['china']);

/** "Xiaopeng (XPeng)" gives Xiaopeng and XPeng; "China (policy)" gives China; lower-case glosses are not names. */
function catalogAliases(): [string, string][] {
  const aliases: [string, string][] = [];
  for (const [key, info] of Object.entries(ENTITIES)) {
    for (const part of info.name.split(/[()]/).map((p) => p.trim())) if (/^[A-Z]/.test(part)) aliases.push([part, key]);
    for (const extra of Object.hasOwn(EXTRA_ALIASES, key) ? EXTRA_ALIASES[key] : []) aliases.push([extra, key]);
  }
  return aliases.sort((a, b) => b[0].length - a[0].length);
}

const ALIASES = catalogAliases();
const ALIAS_PATTERN = new RegExp(
  `(?<![A-Za-z0-9])(${ALIASES.map(([alias]) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z0-9])`,
  'g',
);

// Capitalised words that open sentences or name places, roles and markets rather than companies.
const NOT_COMPANY = new Set(
  (
    'investors investor analysts analyst shares stock stocks revenue company companies group management chairman vice ' +
    'executive ceo cfo cto president director mr mrs ms dr ai ev evs us u.s uk eu china chinese asia asian europe european ' +
    'america american americans japan japanese india indian korea korean hong kong taiwan singapore germany german france ' +
    'french britain british beijing shanghai shenzhen washington gulf africa african middle east southeast south north west ' +
    'wall street government congress fed world global meanwhile however conclusion takeaway today yesterday tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december its our we they he she it here there this that these those what who why how when where let'
  ).split(' '),
);
// Bounded, so a long run of "A.A.A." cannot make the match quadratic.
const NAME = '[A-Z](?:[A-Za-z&.-]{0,30}[A-Za-z])?';
const COMPANY_LIKE = new RegExp(
  `\\b(${NAME}(?:\\s${NAME}){0,2})(?=['’]s\\b|\\s(?:Inc|Corp|Corporation|Ltd|Limited|Holdings|Co|PLC|plc|AG|SE|SA|NV|N\\.V|S\\.A|GmbH|LLC|Group Holdings)\\b|\\s(?:reported|posted|said|announced|earned|generated|recorded|booked|raised|lowered|lifted|spent|expects|saw|delivered|sold|shipped|invested|acquired|bought|paid|returned|reports|posts|says|announces|plans|aims|targets|holds|owns)\\b)`,
  'g',
);

const SEG_WORD = '[A-Z][A-Za-z&-]*';
const SEGMENT = new RegExp(`\\b((?:${SEG_WORD}\\s(?:(?:and|&)\\s)?){1,5}(?:Group|Division|Segment|Unit))\\b(?:\\s?\\(([A-Z]{2,6})\\))?`, 'g');

export interface EntityIndex {
  readonly mentions: readonly EntityMention[];
  readonly segments: readonly SegmentMention[];
}

/** Finds every entity and segment mention once, so each figure's guess is a lookup. */
export function indexEntities(text: string): EntityIndex {
  const segments = findSegments(text);
  const known: EntityMention[] = [];
  for (const match of text.matchAll(ALIAS_PATTERN)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const entity = ALIASES.find(([alias]) => alias === match[0])?.[1] ?? UNKNOWN_ENTITY;
    if (POSSESSIVE_ONLY.has(entity) && !/^['’]s\b/.test(text.slice(end, end + 3))) continue;
    known.push({ start, end, entity, isKnown: true, role: roleOf(text, start, end) });
  }
  const taken: Span[] = [...known, ...segments].sort((a, b) => a.start - b.start);
  const acronyms = new Set(segments.flatMap((segment) => /\(([A-Z]{2,6})\)$/.exec(segment.name)?.slice(1) ?? []));
  const companies: EntityMention[] = [];
  for (const match of text.matchAll(COMPANY_LIKE)) {
    const start = match.index ?? 0;
    const words = match[0].split(/\s/);
    while (words.length > 0 && (NOT_COMPANY.has(words[0].toLowerCase()) || STOPWORDS.has(words[0].toLowerCase()))) words.shift();
    if (words.length === 0 || words.every((word) => NOT_COMPANY.has(word.toLowerCase()))) continue;
    const name = words.join(' ');
    const nameStart = start + match[0].length - name.length;
    const end = start + match[0].length;
    if (overlapsAny(taken, nameStart, end) || acronyms.has(name)) continue;
    const entity = slugify(name);
    if (entity) companies.push({ start: nameStart, end, entity, isKnown: false, role: roleOf(text, nameStart, end) });
  }
  return { mentions: [...known, ...companies].sort((a, b) => a.start - b.start), segments };
}

function findSegments(text: string): SegmentMention[] {
  const found: SegmentMention[] = [];
  const acronyms = new Map<string, string>();
  for (const match of text.matchAll(SEGMENT)) {
    const words = match[1].split(/\s/);
    // "Alibaba International Digital Commerce Group" is Alibaba's segment "International Digital Commerce Group".
    while (words.length > 0 && (ALIASES.some(([alias]) => alias === words[0]) || STOPWORDS.has(words[0].toLowerCase()))) words.shift();
    const isGroup = words.at(-1) === 'Group';
    if (words.length < (isGroup ? 3 : 2)) continue;
    const bare = words.join(' ');
    const name = match[2] ? `${bare} (${match[2]})` : bare;
    if (match[2]) acronyms.set(match[2], name);
    // Group 1 opens the match, and leading words were only dropped from its front.
    const at = match.index ?? 0;
    found.push({ start: at + match[1].length - bare.length, end: at + match[0].length, name });
  }
  const named = found.map((mention) => ({ ...mention, name: fullName(mention.name, acronyms) }));
  // A text defines a handful of acronyms; the cap keeps a pathological one from costing a pass each.
  for (const [acronym, name] of [...acronyms].slice(0, 50)) {
    for (const match of text.matchAll(new RegExp(`(?<![A-Za-z0-9(])${acronym}(?![A-Za-z0-9)])`, 'g'))) {
      const start = match.index ?? 0;
      named.push({ start, end: start + acronym.length, name });
    }
  }
  return named.sort((a, b) => a.start - b.start);
}

/** A later bare mention of a segment takes the name with the acronym the text defined for it. */
function fullName(name: string, acronyms: ReadonlyMap<string, string>): string {
  for (const full of acronyms.values()) if (full.startsWith(`${name} (`)) return full;
  return name;
}

/** How far back a mention may name a figure's subject: a few paragraphs. */
const LOOKBACK = 5000;
/** Mentions weighed per figure: a real sentence names a few; a pathological one must not cost thousands. */
const MAX_SCAN = 40;

const ROLE_ORDER: readonly MentionRole[] = ['subject', 'object', 'aside'];

/**
 * The subject nearest before the figure in its own sentence; else the first subject of the
 * nearest earlier sentence that names anyone, a catalog entity before a company-like name; else
 * the nearest object or aside before the figure in its own sentence ("analysts at Jefferies" are
 * rarely whose figure it is); else a catalog entity later in the same sentence.
 */
export function guessEntity(index: EntityIndex, units: readonly Span[], sentence: Span, figureStart: number): string {
  const mentions = index.mentions;
  // Mentions are sorted by start: find the last one that ends before the figure, then walk back.
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid].start < figureStart) low = mid + 1;
    else high = mid;
  }
  let last = low - 1;
  while (last >= 0 && mentions[last].end > figureStart) last -= 1;
  const inSentence: EntityMention[] = [];
  for (let i = last; i >= 0 && mentions[i].start >= sentence.start && last - i < MAX_SCAN; i -= 1) inSentence.unshift(mentions[i]);
  const subject = inSentence.filter((m) => m.role === 'subject').at(-1);
  if (subject) return subject.entity;
  const firstInSentence = last - inSentence.length;
  const previous = mentions[firstInSentence];
  if (previous && previous.end > figureStart - LOOKBACK) {
    const unit = spanAt(units, previous.start) ?? previous;
    const sameUnit: EntityMention[] = [];
    for (let i = firstInSentence; i >= 0 && mentions[i].start >= unit.start && firstInSentence - i < MAX_SCAN; i -= 1) sameUnit.push(mentions[i]);
    return sameUnit.sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0].entity;
  }
  const other = inSentence.at(-1);
  if (other) return other.entity;
  for (let i = last + 1; i < mentions.length && mentions[i].start < sentence.end; i += 1) {
    if (mentions[i].isKnown && mentions[i].start >= figureStart) return mentions[i].entity;
  }
  return UNKNOWN_ENTITY;
}

const rank = (m: EntityMention): number => ROLE_ORDER.indexOf(m.role) * 2 + (m.isKnown ? 0 : 1);

/** The segment named before the figure in its own sentence, or null. */
export function guessSegment(index: EntityIndex, sentence: Span, figureStart: number): string | null {
  return spansWithin(index.segments, { start: sentence.start, end: figureStart }).at(-1)?.name ?? null;
}
