import { describe, expect, it } from 'vitest';
import { ENTITIES, type EntityInfo } from '@shared/domain/entities';
import { formatDateRange, isSamePeriod, resolvePeriod, type PeriodContext, type ResolvedPeriod } from '@shared/domain/periods';
import { loadSeedDataset } from './seed-data';

/** Seed notes, copied verbatim (curly apostrophes included) so the tests read what the app reads. */
const ALIBABA_Q4_NOTE = 'Alibaba’s fiscal Q4 2025: January to March 2025.';
const ALIBABA_Q4_LISTED_NOTE = 'Listed under “Alibaba\'s Q4 2025 results”.';
const ALIBABA_Q3_NOTE = 'The purchase described in the next paragraph took place in Q3 2024.';
const LENOVO_MIDTERM_NOTE = 'Lenovo’s interim results: first half of fiscal 2024/25 (April to September 2024).';
const LENOVO_MIDTERM_INFERRED_NOTE =
  'No period is given; the only Lenovo results the article discusses are its mid-term results, for which it earlier gives 22%.';
const LENOVO_Q2_NOTE =
  'The year is not written; the article discusses Lenovo’s Q2 of fiscal 2024/25 (July to September 2024).';

const alibaba = (articleDate: string | null = null, periodNote?: string): PeriodContext => ({
  fiscalYearEndMonth: ENTITIES.alibaba.fiscalYearEndMonth,
  entityName: ENTITIES.alibaba.name,
  articleDate,
  periodNote,
});
const lenovo = (articleDate: string | null = null, periodNote?: string): PeriodContext => ({
  fiscalYearEndMonth: ENTITIES.lenovo.fiscalYearEndMonth,
  entityName: ENTITIES.lenovo.name,
  articleDate,
  periodNote,
});
const xpeng = (articleDate: string | null = null, periodNote?: string): PeriodContext => ({
  fiscalYearEndMonth: ENTITIES.xpeng.fiscalYearEndMonth,
  entityName: ENTITIES.xpeng.name,
  articleDate,
  periodNote,
});

/** The range of a resolved period, failing the test with its description when it is not a range. */
function rangeOf(period: ResolvedPeriod): { start: string; end: string } {
  if (period.kind !== 'range') throw new Error(`expected a range, got ${period.kind}: ${period.description}`);
  return { start: period.start, end: period.end };
}

describe('resolvePeriod: fiscal years ending in March (Alibaba, Lenovo)', () => {
  it('reads Alibaba Q4 FY2025 as January to March 2025, the issue’s known answer', () => {
    const period = resolvePeriod('Q4 FY2025', alibaba());
    expect(period).toMatchObject({
      kind: 'range',
      start: '2025-01-01',
      end: '2025-03-31',
      basis: 'fiscal',
      description: 'Alibaba fiscal Q4 2025: 1 Jan – 31 Mar 2025',
      isInferred: false,
      assumption: null,
    });
    for (const label of ['FQ4 2025', 'Q4 FY2024/25', 'Q4 FY25', 'FY2025 Q4', '4Q FY2025']) {
      expect(rangeOf(resolvePeriod(label, alibaba())), label).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    }
  });

  it('starts fiscal Q1 the month after the year end: Alibaba Q1 FY2025 is April to June 2024', () => {
    expect(rangeOf(resolvePeriod('Q1 FY2025', alibaba()))).toEqual({ start: '2024-04-01', end: '2024-06-30' });
  });

  it('reads the seed’s Alibaba “Q4 2025” with its note as fiscal, and says why', () => {
    const period = resolvePeriod('Q4 2025', alibaba('2025-05-26', ALIBABA_Q4_NOTE));
    expect(rangeOf(period)).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    expect(period).toMatchObject({ basis: 'fiscal', isInferred: true });
    expect(period.assumption).toContain('fiscal');
    expect(period.assumption).toContain('ends 31 March');
  });

  it('reads “Q4 2025” listed under results as fiscal when calendar Q4 2025 had not ended by the article', () => {
    const period = resolvePeriod('Q4 2025', alibaba('2025-05-26', ALIBABA_Q4_LISTED_NOTE));
    expect(rangeOf(period)).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    expect(period.isInferred).toBe(true);
    expect(period.assumption).toContain('had not ended by the article’s date (2025-05-26)');
  });

  it('reads a bare quarter as calendar when nothing says fiscal, naming the fiscal reading it passed over', () => {
    const period = resolvePeriod('Q3 2024', alibaba('2024-11', ALIBABA_Q3_NOTE));
    expect(rangeOf(period)).toEqual({ start: '2024-07-01', end: '2024-09-30' });
    expect(period).toMatchObject({ basis: 'calendar', isInferred: true });
    expect(period.assumption).toContain('Alibaba fiscal Q3 2024 would be 1 Oct – 31 Dec 2023');
  });

  it('follows a note that says calendar', () => {
    const period = resolvePeriod('Q4 2025', alibaba(null, 'Calendar quarter, as the article says.'));
    expect(rangeOf(period)).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(period.assumption).toContain('says calendar');
  });

  it('reads Lenovo Q2 FY2024/25 as July to September 2024', () => {
    const period = resolvePeriod('Q2 FY2024/25', lenovo());
    expect(period).toMatchObject({
      kind: 'range',
      start: '2024-07-01',
      end: '2024-09-30',
      description: 'Lenovo fiscal Q2 2024/25: 1 Jul – 30 Sep 2024',
      isInferred: false,
    });
  });

  it('reads Lenovo’s “Q2” and “Q2 2024” as fiscal Q2 2024/25 when the note names that fiscal year', () => {
    for (const label of ['Q2', 'Q2 2024']) {
      const period = resolvePeriod(label, lenovo('2024-11', LENOVO_Q2_NOTE));
      expect(rangeOf(period), label).toEqual({ start: '2024-07-01', end: '2024-09-30' });
      expect(period.isInferred).toBe(true);
      expect(period.assumption).toContain('fiscal 2024/25');
    }
  });

  it('reads Lenovo “Q2 2024” with no note as calendar, and says the fiscal reading differs', () => {
    const period = resolvePeriod('Q2 2024', lenovo('2024-11'));
    expect(rangeOf(period)).toEqual({ start: '2024-04-01', end: '2024-06-30' });
    expect(period.isInferred).toBe(true);
    expect(period.assumption).toContain('nothing says fiscal');
  });

  it('reads Lenovo’s mid-term as April to September 2024, from the seed note or from the article’s date', () => {
    const fromNote = resolvePeriod('mid-term', lenovo('2024-11', LENOVO_MIDTERM_NOTE));
    expect(rangeOf(fromNote)).toEqual({ start: '2024-04-01', end: '2024-09-30' });
    expect(fromNote).toMatchObject({ basis: 'fiscal', isInferred: true });
    expect(fromNote.description).toBe('Lenovo fiscal H1 2024/25: 1 Apr – 30 Sep 2024');

    const fromDate = resolvePeriod('interim', lenovo('2024-11', LENOVO_MIDTERM_INFERRED_NOTE));
    expect(rangeOf(fromDate)).toEqual({ start: '2024-04-01', end: '2024-09-30' });
    expect(fromDate.assumption).toContain('latest one that ended before the article’s date (2024-11)');

    // A half that closes in the article's own month is not yet reported: take the one before.
    expect(rangeOf(resolvePeriod('mid-term', lenovo('2024-09')))).toEqual({ start: '2023-04-01', end: '2023-09-30' });
    expect(resolvePeriod('mid-term', lenovo()).kind).toBe('unknown');
  });

  it('does not treat a calendar quarter and the fiscal quarter of the same name as one period', () => {
    const calendar = resolvePeriod('Q4 2025', alibaba(null, 'calendar quarter'));
    const fiscal = resolvePeriod('Q4 FY2025', alibaba());
    expect(isSamePeriod(calendar, fiscal)).toBe(false);
  });

  it('reads FY2024/25 and FY2025 as the same year for a March reporter', () => {
    const twoYears = resolvePeriod('FY2024/25', lenovo());
    const endYear = resolvePeriod('FY2025', alibaba());
    expect(rangeOf(twoYears)).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(isSamePeriod(twoYears, endYear)).toBe(true);
    expect(rangeOf(resolvePeriod('fiscal year 2024-25', lenovo()))).toEqual(rangeOf(twoYears));
  });

  it('reads halves on either basis', () => {
    expect(rangeOf(resolvePeriod('H1 FY2025', alibaba()))).toEqual({ start: '2024-04-01', end: '2024-09-30' });
    const bare = resolvePeriod('H1 2024', alibaba('2024-11'));
    expect(rangeOf(bare)).toEqual({ start: '2024-01-01', end: '2024-06-30' });
    expect(bare.assumption).not.toBeNull();
  });

  it('reads a bare year as the calendar year and says so', () => {
    const period = resolvePeriod('2023', alibaba());
    expect(rangeOf(period)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(period.assumption).toContain('bare year is read as the calendar year');
    expect(period.assumption).toContain('1 Apr 2022 – 31 Mar 2023');
  });
});

describe('resolvePeriod: calendar-year reporters (Xiaopeng)', () => {
  it('reads Q4 2025 as October to December 2025, the same as its fiscal Q4', () => {
    const bare = resolvePeriod('Q4 2025', xpeng());
    expect(bare).toMatchObject({
      kind: 'range',
      start: '2025-10-01',
      end: '2025-12-31',
      basis: 'calendar',
      isInferred: false,
      assumption: null,
    });
    expect(isSamePeriod(bare, resolvePeriod('Q4 FY2025', xpeng()))).toBe(true);
    expect(isSamePeriod(bare, resolvePeriod('FQ4 2025', xpeng()))).toBe(true);
  });

  it('reads the seed’s “2023” as calendar 2023 with nothing assumed', () => {
    const period = resolvePeriod('2023', xpeng('2024-11', 'Xiaopeng’s fiscal year is the calendar year.'));
    expect(period).toMatchObject({ start: '2023-01-01', end: '2023-12-31', isInferred: false, assumption: null });
  });

  it('refuses a two-year fiscal name, which a December year end cannot have', () => {
    expect(resolvePeriod('FY2024/25', xpeng()).kind).toBe('unknown');
  });
});

describe('resolvePeriod: labels without a year or without dates', () => {
  it('takes a bare “Q2” from the article’s date and marks it inferred', () => {
    const period = resolvePeriod('Q2', xpeng('2024-11-15'));
    expect(rangeOf(period)).toEqual({ start: '2024-04-01', end: '2024-06-30' });
    expect(period.isInferred).toBe(true);
    expect(period.assumption).toBe('Q2 without a year: read as the year of the article’s date (2024).');
    expect(resolvePeriod('Q2', xpeng()).kind).toBe('unknown');
  });

  it('reads forward and trailing windows', () => {
    for (const label of ['forward', 'NTM', 'next twelve months']) expect(resolvePeriod(label, alibaba()).kind).toBe('forward');
    for (const label of ['trailing', 'TTM', 'LTM']) expect(resolvePeriod(label, alibaba()).kind).toBe('trailing');
  });

  it('reads target years and spans', () => {
    expect(resolvePeriod('by 2027', alibaba())).toMatchObject({ kind: 'target', year: 2027 });
    expect(resolvePeriod('through 2026', alibaba())).toMatchObject({ kind: 'target', year: 2026 });
    expect(resolvePeriod('target 2026', alibaba())).toMatchObject({ kind: 'target', year: 2026 });
    expect(resolvePeriod('by end-2026', alibaba())).toMatchObject({ kind: 'target', year: 2026 });
    expect(resolvePeriod('three years', alibaba())).toMatchObject({ kind: 'span', years: 3 });
    expect(resolvePeriod('3-year', alibaba())).toMatchObject({ kind: 'span', years: 3 });
  });

  it('returns unknown, never throws, for labels it cannot read', () => {
    const labels = [null, '', '   ', 'Q5 2025', 'H3 2024', 'FY2024/26', 'Q4 25', 'last year', 'soon', 'Q4 2025 (est.)'];
    for (const label of labels) {
      const period = resolvePeriod(label, alibaba('not a date', 'fiscal'));
      expect(period.kind, String(label)).toBe('unknown');
      expect(period.description.length).toBeGreaterThan(0);
    }
    const badEntity = { ...alibaba(), fiscalYearEndMonth: 13 };
    expect(resolvePeriod('Q4 2025', badEntity).kind).toBe('unknown');
    expect(resolvePeriod('forward', badEntity).kind).toBe('forward');
  });
});

describe('resolvePeriod: month lengths', () => {
  const februaryYearEnd = (): PeriodContext => ({ fiscalYearEndMonth: 2, entityName: 'Retailer', articleDate: null });

  it('ends a February fiscal year on the 29th in a leap year and the 28th otherwise', () => {
    expect(rangeOf(resolvePeriod('FY2024', februaryYearEnd()))).toEqual({ start: '2023-03-01', end: '2024-02-29' });
    expect(rangeOf(resolvePeriod('Q4 FY2024', februaryYearEnd()))).toEqual({ start: '2023-12-01', end: '2024-02-29' });
    expect(rangeOf(resolvePeriod('FY2023', februaryYearEnd()))).toEqual({ start: '2022-03-01', end: '2023-02-28' });
    // 1900 is not a leap year and 2000 is: the century rule.
    expect(rangeOf(resolvePeriod('FY1900', februaryYearEnd())).end).toBe('1900-02-28');
    expect(rangeOf(resolvePeriod('FY2000', februaryYearEnd())).end).toBe('2000-02-29');
  });

  it('ends 30-day months on the 30th', () => {
    const juneYearEnd: PeriodContext = { fiscalYearEndMonth: 6, entityName: 'Co', articleDate: null };
    expect(rangeOf(resolvePeriod('FY2025', juneYearEnd))).toEqual({ start: '2024-07-01', end: '2025-06-30' });
    expect(rangeOf(resolvePeriod('Q3 FY2025', juneYearEnd))).toEqual({ start: '2025-01-01', end: '2025-03-31' });
  });
});

describe('isSamePeriod', () => {
  const forward = resolvePeriod('forward', alibaba());
  const range = resolvePeriod('Q4 FY2025', alibaba());

  it('says two forwards are the same and cannot say whether a forward is a given quarter', () => {
    expect(isSamePeriod(forward, resolvePeriod('NTM', lenovo()))).toBe(true);
    expect(isSamePeriod(forward, range)).toBeNull();
    expect(isSamePeriod(forward, resolvePeriod('trailing', alibaba()))).toBeNull();
  });

  it('compares targets by year and cannot compare spans or unknowns', () => {
    expect(isSamePeriod(resolvePeriod('by 2026', alibaba()), resolvePeriod('through 2026', alibaba()))).toBe(true);
    expect(isSamePeriod(resolvePeriod('by 2026', alibaba()), resolvePeriod('by 2027', alibaba()))).toBe(false);
    expect(isSamePeriod(resolvePeriod('three years', alibaba()), resolvePeriod('three years', alibaba()))).toBeNull();
    expect(isSamePeriod(resolvePeriod('soon', alibaba()), resolvePeriod('soon', alibaba()))).toBeNull();
  });
});

describe('formatDateRange', () => {
  it('writes the year once when both ends share it, and both years otherwise', () => {
    expect(formatDateRange('2025-01-01', '2025-03-31')).toBe('1 Jan – 31 Mar 2025');
    expect(formatDateRange('2024-04-01', '2025-03-31')).toBe('1 Apr 2024 – 31 Mar 2025');
    expect(formatDateRange('2025-13-01', '2025-03-31')).toBe('2025-13-01 – 2025-03-31');
  });
});

describe('the seed dataset', () => {
  it('reads every stated or inferred period, and gives the known answers', async () => {
    const snapshot = await loadSeedDataset();
    const dateOf = new Map(snapshot.articles.map((article) => [article.id, article.date]));
    // Widened so a figure's entity slug can index it; a slug missing from ENTITIES fails below.
    const entities: Record<string, EntityInfo | undefined> = ENTITIES;
    const seen = new Map<string, Set<string>>();
    for (const figure of snapshot.figures) {
      const entity = entities[figure.entity];
      if (!entity) throw new Error(`figure ${figure.id} names entity "${figure.entity}", which ENTITIES lacks`);
      const period = resolvePeriod(figure.period.label, {
        fiscalYearEndMonth: entity.fiscalYearEndMonth,
        entityName: entity.name,
        articleDate: dateOf.get(figure.articleId) ?? null,
        periodNote: figure.period.note,
      });
      if (figure.period.label === null) continue;
      expect(period.kind, `${figure.id}: ${period.description}`).not.toBe('unknown');
      if (period.kind === 'range') {
        const key = `${figure.entity} ${figure.period.label}`;
        seen.set(key, (seen.get(key) ?? new Set()).add(`${period.start}..${period.end}`));
      }
    }
    // Every Alibaba "Q4 2025" in the seed, whatever its note, is the fiscal quarter.
    expect([...(seen.get('alibaba Q4 2025') ?? [])]).toEqual(['2025-01-01..2025-03-31']);
    expect([...(seen.get('lenovo mid-term') ?? [])]).toEqual(['2024-04-01..2024-09-30']);
    expect([...(seen.get('lenovo Q2') ?? [])]).toEqual(['2024-07-01..2024-09-30']);
    expect([...(seen.get('alibaba Q3 2024') ?? [])]).toEqual(['2024-07-01..2024-09-30']);
    // Lenovo's "Q2 2024" is its fiscal Q2 2024/25, as the seed's notes say: the same quarter as its "Q2".
    expect([...(seen.get('lenovo Q2 2024') ?? [])]).toEqual(['2024-07-01..2024-09-30']);
  });
});
