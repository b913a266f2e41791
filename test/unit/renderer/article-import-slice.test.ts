import { beforeEach, describe, expect, it } from 'vitest';
import type { Figure } from '@shared/domain/dataset-schema';
import type { Candidate } from '@shared/extract/candidate';
import { MAX_ARTICLE_CHARS, PENDING_ARTICLE_ID, type PrepareArticleOutcome } from '@shared/intake/article-contract';
import { articleTextHash } from '@shared/intake/text-hash';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/ipc/contract';
import type { ConfirmedMetadata } from '@shared/workspace/import-operations';
import { draftOf, figureOfDraft } from '../../../renderer/src/review/candidate-draft';
import { nextPendingId } from '../../../renderer/src/review/review-queue';
import { selectComparisonRows } from '../../../renderer/src/store/comparison-selectors';
import { selectAllRowSources } from '../../../renderer/src/store/row-source-selectors';
import { createCrosscheckStore } from '../../../renderer/src/store/store';
import { FakeMain } from './fake-ipc';

const TEXT = 'Alibaba update\n\nAlibaba said its cash reserves stood at $59.2 billion at the end of March. Cloud revenue grew 18% in the quarter.';
const CASH_QUOTE = 'Alibaba said its cash reserves stood at $59.2 billion at the end of March.';
const GROWTH_QUOTE = 'Cloud revenue grew 18% in the quarter.';
const METADATA: ConfirmedMetadata = { title: 'Alibaba update', date: '2025-06-01', publisher: 'Wire', author: null, url: null };
const ARTICLE_ID = 'alibaba-update-2025-06-01';

/** A span of TEXT, found by its words, so offsets always agree with the text. */
function span(text: string, within = 0) {
  const start = TEXT.indexOf(text, within);
  if (start < 0) throw new Error(`TEXT has no “${text}”`);
  return { start, end: start + text.length, text };
}

function candidate(id: string, quote: string, asWritten: string, fields: Partial<Figure>, metricWords: string[]): Candidate {
  const quoteSpan = span(quote);
  const figure: Figure = {
    id,
    articleId: PENDING_ARTICLE_ID,
    entity: 'alibaba',
    segment: null,
    metric: 'unspecified',
    label: 'Unspecified',
    value: 0,
    unit: 'currency',
    currency: 'USD',
    scale: 'billion',
    asWritten: span(asWritten, quoteSpan.start),
    quote: quoteSpan,
    period: { label: null, source: 'unstated' },
    basis: [],
    qualifiers: [],
    ...fields,
  };
  return { figure, kind: figure.unit === 'percent' ? 'percent' : 'amount', confidence: 0.9, metricWords };
}

const PREPARED: PrepareArticleOutcome = {
  ok: true,
  prepared: { format: 'text', text: TEXT, suggested: { title: 'Alibaba update', date: null, publisher: null, author: null, url: null } },
  textHash: articleTextHash(TEXT),
  candidates: [
    candidate('pending-import-1', CASH_QUOTE, '$59.2 billion', { metric: 'cash', label: 'Cash reserves', value: 59.2e9 }, ['cash', 'reserves']),
    candidate('pending-import-2', GROWTH_QUOTE, '18%', { metric: 'revenue-growth', label: 'Cloud revenue growth', segment: 'Cloud Intelligence Group', value: 0.18, unit: 'percent', currency: null, scale: 'one' }, ['revenue', 'grew']),
  ],
};

/** The main side with an article reader that always reads the same article. */
class ImportingMain extends FakeMain {
  readonly prepared: ChannelInput<'article:prepare'>[] = [];

  override async invoke<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
    if (channel === 'article:prepare') {
      this.prepared.push(input as ChannelInput<'article:prepare'>);
      return PREPARED as ChannelOutput<K>;
    }
    return super.invoke(channel, input);
  }
}

let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 21, 10, 0, clock++));

describe('importing an article and reviewing its figures', () => {
  let main: ImportingMain;
  let store: ReturnType<typeof createCrosscheckStore>;
  const s = () => store.getState();
  const imported = () => s().workspace.articles.find((article) => article.article.id === ARTICLE_ID);

  beforeEach(async () => {
    // A new main side and store per test: nothing leaks between tests.
    main = new ImportingMain();
    store = createCrosscheckStore({ ipc: () => main, now, sessionId: 'session-one' });
    await s().loadDataset();
    await s().startWorkspace();
  });

  it('prepares a pasted article and asks the analyst to confirm it', async () => {
    await s().prepareArticle('pasted text', 'the pasted words', 'paste');
    expect(main.prepared).toEqual([{ fileName: 'pasted text', content: 'the pasted words', source: 'paste' }]);
    expect(s().pendingArticle).toMatchObject({ sourceName: 'pasted text', isPasted: true, sameAs: null });
    expect(s().dialog).toBe('article-import');
    expect(s().articleImportState).toBe('idle');
  });

  it('refuses a text too long to be an article before sending it, and shortens a very long file name', async () => {
    await s().prepareArticle('book.txt', 'x'.repeat(MAX_ARTICLE_CHARS + 1), 'file');
    expect(main.prepared).toEqual([]);
    expect(s().articleImportError).toMatch(/^book\.txt is 1,000,001 characters long; Crosscheck imports articles of up to 1,000,000 characters/);
    await s().prepareArticle(`${'a'.repeat(400)}.html`, 'the words', 'file');
    expect(main.prepared[0].fileName).toHaveLength(300);
    expect(main.prepared[0].fileName.endsWith('….html')).toBe(true);
  });

  it('keeps the figures waiting under the article’s own id and opens its review', async () => {
    await s().prepareArticle('alibaba.txt', TEXT, 'file');
    s().confirmArticle(METADATA);
    const article = imported();
    expect(article?.candidates.map((entry) => [entry.figure.id, entry.figure.articleId, entry.status])).toEqual([
      [`${ARTICLE_ID}-x1`, ARTICLE_ID, 'pending'],
      [`${ARTICLE_ID}-x2`, ARTICLE_ID, 'pending'],
    ]);
    expect(s().pendingArticle).toBeNull();
    expect(s().dialog).toBeNull();
    expect([s().reviewArticleId, s().reviewFigureId]).toEqual([ARTICLE_ID, `${ARTICLE_ID}-x1`]);
    // Pending figures are not in the comparison yet.
    expect(selectAllRowSources(s()).some((row) => ARTICLE_ID in row.figuresByArticle)).toBe(false);
  });

  it('refuses the same text a second time, naming the article it already is', async () => {
    await s().prepareArticle('alibaba.txt', TEXT, 'file');
    s().confirmArticle(METADATA);
    await s().prepareArticle('alibaba-again.txt', TEXT, 'file');
    expect(s().pendingArticle?.sameAs).toEqual({ id: ARTICLE_ID, title: 'Alibaba update' });
    const workspace = s().workspace;
    s().confirmArticle({ ...METADATA, title: 'Alibaba update again' });
    expect(s().workspace).toBe(workspace);
    expect(s().workspace.articles).toHaveLength(1);
  });

  it('puts an accepted figure in the comparison with its quote, and undo takes it out again', async () => {
    await s().prepareArticle('alibaba.txt', TEXT, 'file');
    s().confirmArticle(METADATA);
    s().reviewCandidate(ARTICLE_ID, `${ARTICLE_ID}-x1`, 'accepted');
    expect(imported()?.candidates[0]).toMatchObject({ status: 'accepted', reviewedAt: expect.any(String) });
    const cashSource = selectAllRowSources(s()).find((row) => row.id === 'alibaba||cash');
    expect(cashSource?.figuresByArticle[ARTICLE_ID]?.map((figure) => figure.id)).toEqual([`${ARTICLE_ID}-x1`]);
    const cashRow = selectComparisonRows(s()).find((row) => row.id === 'alibaba||cash');
    expect(cashRow?.cells[ARTICLE_ID]?.value).toBe(59.2e9);
    expect(cashRow?.cells[ARTICLE_ID]?.sourceFigure?.quote.text).toBe(CASH_QUOTE);

    s().undo();
    expect(imported()?.candidates[0].status).toBe('pending');
    expect(selectAllRowSources(s()).find((row) => row.id === 'alibaba||cash')?.figuresByArticle[ARTICLE_ID]).toBeUndefined();
    expect(selectComparisonRows(s()).find((row) => row.id === 'alibaba||cash')?.cells[ARTICLE_ID]?.value).toBeNull();
  });

  it('accepts an edited figure, and refuses one whose unit its metric cannot have', async () => {
    await s().prepareArticle('alibaba.txt', TEXT, 'file');
    s().confirmArticle(METADATA);
    const growth = imported()!.candidates[1].figure;
    const workspace = s().workspace;
    const message = s().editCandidate(ARTICLE_ID, growth.id, { ...growth, unit: 'currency', currency: 'USD', value: 18e9 });
    expect(message).toBe('unit: metric "revenue-growth" is measured in percent, not currency');
    expect(s().workspace).toBe(workspace);

    expect(s().editCandidate(ARTICLE_ID, growth.id, { ...growth, value: 0.19, period: { label: 'Q4 2025', source: 'inferred' } })).toBeNull();
    expect(imported()?.candidates[1]).toMatchObject({ status: 'accepted', figure: { value: 0.19, quote: growth.quote, asWritten: growth.asWritten } });
    const row = selectComparisonRows(s()).find((entry) => entry.id === 'alibaba|Cloud Intelligence Group|revenue-growth');
    expect(row?.cells[ARTICLE_ID]?.sourceFigure?.quote.text).toBe(GROWTH_QUOTE);
  });

  it('removing the article closes its review and takes its figures out', async () => {
    await s().prepareArticle('alibaba.txt', TEXT, 'file');
    s().confirmArticle(METADATA);
    s().reviewCandidate(ARTICLE_ID, `${ARTICLE_ID}-x1`, 'accepted');
    s().removeArticle(ARTICLE_ID);
    expect(imported()).toBeUndefined();
    expect([s().reviewArticleId, s().reviewFigureId]).toEqual([null, null]);
    expect(selectAllRowSources(s()).some((row) => ARTICLE_ID in row.figuresByArticle)).toBe(false);
  });

  it('accepts what the review editor reads from typed text, as the grid reads a cell', async () => {
    await s().prepareArticle('alibaba.txt', TEXT, 'file');
    s().confirmArticle(METADATA);
    const cash = imported()!.candidates[0].figure;
    // Untouched, the draft gives back the stored figure exactly (its value is not re-read from "$59.2B").
    expect(figureOfDraft(cash, draftOf(cash))).toEqual({ ok: true, figure: cash });
    expect(figureOfDraft(cash, { ...draftOf(cash), valueText: '22%' })).toEqual({ ok: false, field: 'value', message: '“22%” is a percentage, but this row is in USD.' });
    const typed = figureOfDraft(cash, { ...draftOf(cash), valueText: 'CNY 9.8B', periodLabel: 'FY2025' });
    expect(typed).toMatchObject({ ok: true, figure: { value: 9.8e9, currency: 'CNY', period: { label: 'FY2025', source: 'inferred' } } });
    if (!typed.ok) return;
    expect(s().editCandidate(ARTICLE_ID, cash.id, typed.figure)).toBeNull();
    expect(nextPendingId(imported()!.candidates, cash.id)).toBe(`${ARTICLE_ID}-x2`);
    expect(selectComparisonRows(s()).find((row) => row.id === 'alibaba||cash')?.cells[ARTICLE_ID]).toMatchObject({ value: 9.8e9, unit: { kind: 'currency', currency: 'CNY' } });
  });
});
