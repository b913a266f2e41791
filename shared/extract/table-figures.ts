import { BASES, type Period, type Qualifier } from '../domain/dataset-schema';
import type { Scale } from '../domain/units';
import { readAmounts, type UnitHint } from './amounts';
import { basisWordsIn, qualifiersFor, type FigureContext } from './cues';
import { confidenceOf, rangeNote, textSpan, type Draft } from './draft';
import { guessEntity } from './entity-guess';
import { nameMetric } from './metric-guess';
import { readPrefixMark, type CurrencyRead, type Mark, type NumberToken } from './number-tokens';
import type { ArticleIndex } from './prose-figures';
import type { Cell, TableRow, TextTable } from './tables';
import { spanAt, spansWithin } from './text-units';
import { slugify, wordsIn, type Span } from './words';

/**
 * Figures in simple tables. A header row names each column's period ("Q3 2024", "FY2024", "2023")
 * or metric ("Revenue ($bn)"); the first cell of a row names the row's metric, period or entity.
 * Units written in a header or row label ("($bn)", "(%)", "RMB million") apply to its bare numbers.
 */
interface Axis {
  readonly period: string | null;
  readonly hint: UnitHint | null;
  readonly words: readonly string[];
  readonly cell: Cell;
}

// A header cell that is only a period: "2023", "FY2024", "2024/25", "2025E", "Q3 2024".
const PERIOD_CELL = /^(?:(?:FY|CY)\s?'?\d{2,4}(?:[/-]\d{2,4})?|(?:19|20)\d{2}(?:[/-]\d{2,4})?[AEF]?)$/;

function periodOf(index: ArticleIndex, cell: Cell): string | null {
  if (PERIOD_CELL.test(cell.text)) return cell.text;
  return spansWithin(index.periods, cell)[0]?.label ?? null;
}

/** The unit a header or row label writes for its numbers, or null when it writes none. */
export function unitHintOf(text: string): UnitHint | null {
  const mark: Mark | null = /%|\bper ?cent\b|\bpct\b/i.test(text)
    ? 'percent'
    : /\((?:x|times)\)|\bmultiples?\b/i.test(text)
      ? 'multiple'
      : /\bshares\b/i.test(text)
        ? 'shares'
        : null;
  const currencyMark = /US\$|HK\$|[A-Z]{1,2}\$|\$|€|¥|£|\b(?:USD|HKD|CNY|RMB|EUR|GBP|JPY|yuan)\b/.exec(text)?.[0];
  const currency: CurrencyRead | null = currencyMark ? (currencyMark === 'yuan' ? 'CNY' : readPrefixMark(currencyMark)) : null;
  const scaleWord =
    /(?:[$€¥]|\b(?:USD|HKD|CNY|RMB|EUR))\s?(bn|mn|m|b|k|tn|billions?|millions?|thousands?|trillions?)\b/i.exec(text)?.[1] ??
    /\((?:[^)]*\s)?(bn|mn|m|k|tn|billions?|millions?|thousands?|trillions?)\)|\bin (billions|millions|thousands)\b/i.exec(text)?.slice(1).find(Boolean);
  const scale = scaleWord ? scaleFromWord(scaleWord) : 'one';
  if (mark === null && currency === null && scale === 'one') return null;
  return { mark, currency: mark === 'percent' || mark === 'multiple' ? null : currency, scale };
}

function scaleFromWord(word: string): Scale {
  const w = word.toLowerCase();
  if (w.startsWith('tr') || w === 'tn') return 'trillion';
  if (w.startsWith('b')) return 'billion';
  if (w.startsWith('m')) return 'million';
  return 'thousand';
}

function axisOf(index: ArticleIndex, cell: Cell): Axis {
  const period = periodOf(index, cell);
  const bare = cell.text.replace(/\([^)]*\)/g, ' ');
  const words = period ? [] : wordsIn(bare, 0, bare.length).map((w) => w.text).filter((w) => !/^(?:in|of|the|and)$/i.test(w));
  return { period, hint: unitHintOf(cell.text), words, cell };
}

const isHeaderRow = (index: ArticleIndex, row: TableRow): boolean =>
  row.cells.slice(1).every((cell) => !/\d/.test(cell.text) || periodOf(index, cell) !== null);

function mergeHints(row: UnitHint | null, column: UnitHint | null): UnitHint | null {
  if (!row) return column;
  if (!column) return row;
  return { mark: row.mark ?? column.mark, currency: row.currency ?? column.currency, scale: row.scale !== 'one' ? row.scale : column.scale };
}

export function tableDrafts(index: ArticleIndex, table: TextTable, tokens: readonly NumberToken[]): Draft[] {
  const header = isHeaderRow(index, table.rows[0]) ? table.rows[0] : null;
  const columns = header ? header.cells.map((cell) => axisOf(index, cell)) : [];
  const captionSpan = table.caption;
  const caption = captionSpan ? spansWithin(index.periods, captionSpan)[0] : undefined;
  const drafts: Draft[] = [];
  // Rows and tokens are both in text order: one pointer walks the tokens, so a long table stays linear.
  let next = 0;
  for (const row of table.rows) {
    const rowSpan = { start: row.cells[0].start, end: row.cells[row.cells.length - 1].end };
    while (next < tokens.length && tokens[next].start < rowSpan.start) next += 1;
    const inRow: NumberToken[] = [];
    for (; next < tokens.length && tokens[next].start < rowSpan.end; next += 1) if (tokens[next].end <= rowSpan.end) inRow.push(tokens[next]);
    if (row === header) continue;
    const label = axisOf(index, row.cells[0]);
    row.cells.slice(1).forEach((cell, i) => {
      const column = columns[i + 1] ?? null;
      const inCell = inRow.filter((t) => t.start >= cell.start && t.end <= cell.end);
      const hint = mergeHints(label.hint, column?.hint ?? null);
      for (const amount of readAmounts(index.text, inCell, () => hint, true)) {
        const context: FigureContext = {
          text: index.text,
          asWritten: { start: amount.token.start, end: amount.token.end },
          clause: cell,
          sentence: rowSpan,
          ownStart: cell.start,
          ownEnd: cell.end,
          unit: amount.unit,
          kind: amount.kind,
          clauseFigures: [],
        };
        const axes = [label.cell, column?.cell, cell].filter((c): c is Cell => c !== undefined);
        const basis = BASES.filter((b) => axes.some((c) => basisWordsIn(index.text, c, amount.unit).includes(b)));
        const qualifiers: Qualifier[] = [...qualifiersFor(context), ...(amount.range ? [amount.range] : [])];
        const axisWords = column && column.period === null && column.words.length > 0 ? column.words : label.words;
        const metric = nameMetric(axisWords, { isShareOf: false, hasChangeBetween: false }, { unit: amount.unit, scale: amount.scale, basis, qualifiers, segment: null });
        const isAccountingNegative = /^\(.*\)$/.test(cell.text) && !amount.token.isNegative;
        const note = rangeNote(amount);
        drafts.push({
          figure: {
            articleId: index.articleId,
            entity: entityOf(index, label.cell, column?.cell ?? null, header?.cells[0] ?? null, rowSpan, cell.start),
            segment: null,
            metric: metric.metric,
            label: metric.label,
            value: isAccountingNegative && amount.value !== 0 ? -amount.value : amount.value,
            unit: amount.unit,
            currency: amount.currency,
            scale: amount.scale,
            asWritten: textSpan(index.text, context.asWritten),
            quote: textSpan(index.text, rowSpan),
            period: tablePeriod(column?.period ?? null, label.period, caption?.label ?? null),
            basis,
            qualifiers,
            ...(note ? { note } : {}),
          },
          kind: amount.kind,
          confidence: confidenceOf(amount, metric.metric, true),
          metricWords: metric.words,
        });
      }
    });
  }
  return drafts;
}

function tablePeriod(column: string | null, row: string | null, caption: string | null): Period {
  if (column) return { label: column, source: 'stated', note: 'From the table’s column header.' };
  if (row) return { label: row, source: 'stated', note: 'From the table row’s label.' };
  if (caption) return { label: caption, source: 'inferred', note: 'From the line above the table.' };
  return { label: null, source: 'unstated' };
}

// A first header cell like these says the rows are companies: "Company | Revenue | Growth".
const ENTITY_COLUMN = /^(?:company|companies|entity|name|firm|issuer|stock|ticker|peer|competitor)s?$/i;

/**
 * A row label or column header that names an entity wins; so does any row label under a
 * "Company" column; else the nearest mention before the table.
 */
function entityOf(index: ArticleIndex, label: Cell, header: Cell | null, corner: Cell | null, row: Span, at: number): string {
  const inside = (cell: Cell | null) => index.entities.mentions.find((m) => cell !== null && m.start >= cell.start && m.end <= cell.end);
  const named = inside(label) ?? inside(header);
  if (named) return named.entity;
  if (corner && ENTITY_COLUMN.test(corner.text) && slugify(label.text) !== '') return slugify(label.text);
  const unit = spanAt(index.units, row.start) ?? row;
  return guessEntity(index.entities, index.units, unit, Math.min(at, row.start));
}
