import type { ArticleFile, Basis, Figure, Period } from '../../shared/domain/dataset-schema';
import type { CurrencyCode, Scale, UnitKind } from '../../shared/domain/units';
import { appendHistory, newWorkspace, setCellAssumption, setFxRate, setNote } from '../../shared/workspace/operations';
import { cellKey, type Workspace } from '../../shared/workspace/workspace-schema';
import { rowIdFor } from '../../shared/domain/figures';

/**
 * A reproducible synthetic analyst desk for `npm run bench`: N articles of M figures about
 * the same companies over the years, as the data folder holds them (`<id>.article.json`
 * beside `<id>.txt`), and a workspace of the analyst's own values, notes and history.
 *
 * What makes it a desk rather than N copies of one article: each article covers 500 of a
 * universe of company × metric rows, so a row is stated by many articles, some in CNY and
 * some in USD, for different periods (calendar and fiscal), with forward multiples beside
 * trailing ones, and values that drift from article to article. Every quote and figure sits
 * at its recorded offsets, so the loader verifies them like real data.
 *
 * Pure TypeScript (seeded, no clock, no file system): the Node and browser benches share it.
 * Relative imports, not `@shared/`: Playwright specs load it too, and they have no alias.
 */
export interface DeskSize {
  readonly name: string;
  readonly articles: number;
  readonly figuresPerArticle: number;
}

export interface SyntheticArticle {
  readonly file: ArticleFile;
  readonly text: string;
}

export interface SyntheticDesk {
  readonly size: DeskSize;
  readonly articles: readonly SyntheticArticle[];
  readonly workspace: Workspace;
  /** A row the bench edits: one that every article states, in one currency, so each edit moves its deltas. */
  readonly editRowId: string;
}

/** The sizes the bench runs, from the two shipped articles' scale to an analyst desk's. */
export const DESK_SIZES: readonly DeskSize[] = [
  { name: '2 × 500', articles: 2, figuresPerArticle: 500 },
  { name: '20 × 500', articles: 20, figuresPerArticle: 500 },
  { name: '200 × 500', articles: 200, figuresPerArticle: 500 },
];

interface MetricTemplate {
  readonly metric: string;
  readonly label: string;
  readonly unit: UnitKind;
  /** Typical magnitude in base units. */
  readonly magnitude: number;
  readonly basis: readonly Basis[];
}

// Known catalog metrics where they fit, so the schema's unit check runs on them too.
const METRIC_TEMPLATES: readonly MetricTemplate[] = [
  { metric: 'revenue', label: 'Revenue', unit: 'currency', magnitude: 30e9, basis: [] },
  { metric: 'free-cash-flow', label: 'Free cash flow', unit: 'currency', magnitude: 4e9, basis: [] },
  { metric: 'cash', label: 'Cash reserves', unit: 'currency', magnitude: 50e9, basis: [] },
  { metric: 'rd-spending', label: 'R&D spending', unit: 'currency', magnitude: 2e9, basis: [] },
  { metric: 'share-repurchases', label: 'Share repurchases', unit: 'currency', magnitude: 1e9, basis: [] },
  { metric: 'dividends', label: 'Dividends', unit: 'currency', magnitude: 5e8, basis: [] },
  { metric: 'revenue-growth', label: 'Revenue growth', unit: 'percent', magnitude: 0.12, basis: ['yoy'] },
  { metric: 'net-income-growth', label: 'Net income growth', unit: 'percent', magnitude: 0.08, basis: ['yoy'] },
  { metric: 'forward-pe', label: 'Forward P/E', unit: 'multiple', magnitude: 14, basis: ['forward'] },
  { metric: 'forward-ev-sales', label: 'Forward EV/Sales', unit: 'multiple', magnitude: 2.5, basis: ['forward'] },
  { metric: 'price-target', label: 'Price target', unit: 'currency', magnitude: 120, basis: [] },
  { metric: 'employees', label: 'Employees', unit: 'count', magnitude: 40_000, basis: [] },
  { metric: 'shares-outstanding', label: 'Shares outstanding', unit: 'shares', magnitude: 2e9, basis: [] },
  { metric: 'operating-margin', label: 'Operating margin', unit: 'percent', magnitude: 0.15, basis: [] },
  { metric: 'capex', label: 'Capital expenditure', unit: 'currency', magnitude: 6e9, basis: [] },
  { metric: 'net-income', label: 'Net income', unit: 'currency', magnitude: 3e9, basis: ['non-gaap'] },
  { metric: 'gross-margin', label: 'Gross margin', unit: 'percent', magnitude: 0.4, basis: [] },
  { metric: 'ev-ebitda', label: 'EV/EBITDA', unit: 'multiple', magnitude: 9, basis: [] },
  { metric: 'segment-revenue', label: 'Cloud revenue', unit: 'currency', magnitude: 8e9, basis: [] },
  { metric: 'users', label: 'Monthly active users', unit: 'count', magnitude: 9e8, basis: [] },
];

const COMPANIES = 100;
/** 100 companies × 20 metrics: each 500-figure article states a quarter of the desk's rows. */
const ROW_UNIVERSE = COMPANIES * METRIC_TEMPLATES.length;
const PERIODS: readonly Period[] = [
  { label: 'FY2024', source: 'stated' },
  { label: 'Q3 2024', source: 'stated' },
  { label: 'Q4 FY2025', source: 'stated' },
  { label: 'FY2024', source: 'inferred', note: 'The article reports the last full year.' },
  { label: null, source: 'unstated' },
];

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Article i's date: one every few days from 2023, oldest first, as an analyst's reading list grows. */
function articleDate(index: number): string {
  const day = new Date(Date.UTC(2023, 0, 1) + index * 4 * 86_400_000);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

function scaleOf(value: number, unit: UnitKind): Scale {
  if (unit !== 'currency' && unit !== 'count' && unit !== 'shares') return 'one';
  const size = Math.abs(value);
  return size >= 1e9 ? 'billion' : size >= 1e6 ? 'million' : size >= 1e3 ? 'thousand' : 'one';
}

const SCALE_WORD: Record<Scale, string> = { one: '', thousand: ' thousand', million: ' million', billion: ' billion', trillion: ' trillion' };
const SCALE_FACTOR: Record<Scale, number> = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SYMBOL: Record<CurrencyCode, string> = { USD: '$', CNY: 'RMB ', HKD: 'HK$', EUR: '€' };

/** The figure as an article would write it, and its value back in base units (rounded as written). */
function written(raw: number, unit: UnitKind, currency: CurrencyCode | null): { text: string; value: number; scale: Scale } {
  if (unit === 'percent') {
    const tenths = Math.round(raw * 1000) / 10;
    return { text: `${tenths.toFixed(1)}%`, value: tenths / 100, scale: 'one' };
  }
  if (unit === 'multiple') {
    const tenths = Math.round(raw * 10) / 10;
    return { text: `${tenths.toFixed(1)}x`, value: tenths, scale: 'one' };
  }
  const scale = scaleOf(raw, unit);
  const shown = Math.round((raw / SCALE_FACTOR[scale]) * 10) / 10;
  const number = `${shown.toFixed(1)}${SCALE_WORD[scale]}`;
  const text = unit === 'currency' ? `${SYMBOL[currency ?? 'USD']}${number}` : unit === 'shares' ? `${number} shares` : number;
  return { text, value: Math.round(shown * SCALE_FACTOR[scale] * 10) / 10, scale };
}

/** Picks `count` distinct rows of the universe, seeded (a partial Fisher–Yates shuffle). */
function pickRows(count: number, random: () => number): number[] {
  const rows = Array.from({ length: ROW_UNIVERSE }, (_, index) => index);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (ROW_UNIVERSE - i));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows.slice(0, count).sort((a, b) => a - b);
}

function articleOf(index: number, figuresPerArticle: number, random: () => number): SyntheticArticle {
  const id = `desk-${String(index + 1).padStart(3, '0')}`;
  // Row 0 (company-0's revenue) is in every article: the bench edits it.
  const rows = pickRows(figuresPerArticle, random);
  if (!rows.includes(0)) rows[0] = 0;
  const parts: string[] = [`Desk note ${index + 1}: what the companies we follow reported.`];
  let offset = parts[0].length + 1;
  const figures: Figure[] = rows.map((row, n) => {
    const company = row % COMPANIES;
    const template = METRIC_TEMPLATES[Math.floor(row / COMPANIES)];
    // Every seventh company reports in yuan, and some articles convert it to dollars.
    const reportsInYuan = company % 7 === 3 && row !== 0;
    const currency: CurrencyCode | null = template.unit !== 'currency' ? null : reportsInYuan && random() < 0.7 ? 'CNY' : 'USD';
    const drift = 1 + (random() - 0.5) * 0.2;
    const base = template.magnitude * (1 + (company % 10) / 10) * (currency === 'CNY' ? 7.2 : 1);
    const { text, value, scale } = written(base * drift, template.unit, currency);
    const period = row === 0 ? PERIODS[0] : PERIODS[Math.floor(random() * PERIODS.length)];
    const entityName = `Company ${company}`;
    const lead = `${entityName} reported ${template.label.toLowerCase()} of `;
    const tail = period.label ? ` for ${period.label}.` : '.';
    const quote = `${lead}${text}${tail}`;
    const figure: Figure = {
      id: `${id}-f${n}`,
      articleId: id,
      entity: `company-${company}`,
      segment: template.metric === 'segment-revenue' ? 'Cloud' : null,
      metric: template.metric,
      label: template.label,
      value,
      unit: template.unit,
      currency,
      scale,
      asWritten: { start: offset + lead.length, end: offset + lead.length + text.length, text },
      quote: { start: offset, end: offset + quote.length, text: quote },
      period,
      basis: [...template.basis],
      qualifiers: random() < 0.1 ? ['approximately'] : [],
    };
    parts.push(quote);
    offset += quote.length + 1;
    return figure;
  });
  const file: ArticleFile = {
    schemaVersion: 1,
    article: {
      id,
      title: `Desk note ${index + 1}`,
      publisher: 'Synthetic Research',
      author: null,
      date: articleDate(index),
      dateSource: 'stated',
      dateNote: 'Generated for benchmarks.',
      textFile: `${id}.txt`,
    },
    figures,
  };
  return { file, text: parts.join('\n') };
}

/**
 * The analyst's side: values typed into 1% of the cells (each with a short history), a note
 * per 50 rows, and a CNY→USD rate so yuan and dollar figures compare.
 */
function deskWorkspace(articles: readonly SyntheticArticle[], random: () => number): Workspace {
  const now = new Date('2026-11-21T09:00:00.000Z');
  let workspace = newWorkspace(now);
  const stamp = now.toISOString();
  workspace = setFxRate(workspace, 'base', 'CNY', 'USD', { from: 'CNY', to: 'USD', rate: 0.138, asOf: '2026-11-20', note: 'Desk rate', setAt: stamp });
  const figures = articles.flatMap((article) => article.file.figures);
  for (let i = 0; i < figures.length; i += 100) {
    const figure = figures[Math.floor(random() * figures.length)];
    const rowId = rowIdFor(figure);
    const value = Math.round(figure.value * 1.05 * 100) / 100;
    workspace = setCellAssumption(workspace, 'base', rowId, figure.articleId, { value, input: String(value), setAt: stamp });
    for (let h = 0; h < 3; h++) {
      workspace = appendHistory(workspace, 'base', cellKey(rowId, figure.articleId), { at: stamp, value: value + h, previous: null, input: null, action: 'edit' });
    }
    if (i % 5000 === 0) workspace = setNote(workspace, cellKey(rowId, figure.articleId), 'Checked against the filing.', now);
  }
  return workspace;
}

export function syntheticDesk(size: DeskSize, seed = 7): SyntheticDesk {
  const random = seededRandom(seed);
  const articles = Array.from({ length: size.articles }, (_, index) => articleOf(index, size.figuresPerArticle, random));
  return { size, articles, workspace: deskWorkspace(articles, random), editRowId: 'company-0||revenue' };
}
