import { describe, expect, it } from 'vitest';
import { extract, only, writtenOf } from './extract-helpers';

// Sentences here are made up for the patterns they exercise; none is copied from the seed articles.

describe('amounts with currency marks and codes', () => {
  it.each([
    ['Tencent reported revenue of US$12.4 billion for the quarter.', 'US$12.4 billion', 12_400_000_000, 'USD', 'billion'],
    ['The property arm earned HK$3.2bn last year.', 'HK$3.2bn', 3_200_000_000, 'HKD', 'billion'],
    ['Net profit reached RMB 7.5 billion.', 'RMB 7.5 billion', 7_500_000_000, 'CNY', 'billion'],
    ['Sales climbed to 820 million yuan.', '820 million yuan', 820_000_000, 'CNY', 'million'],
    ['The lender set aside CNY45.2 billion for bad loans.', 'CNY45.2 billion', 45_200_000_000, 'CNY', 'billion'],
    ['The board declared a dividend of HKD 1.50 per share.', 'HKD 1.50', 1.5, 'HKD', 'one'],
    ['Its European arm booked €2.5m in licensing fees.', '€2.5m', 2_500_000, 'EUR', 'million'],
    ['The fund raised EUR 300 million from pension funds.', 'EUR 300 million', 300_000_000, 'EUR', 'million'],
    ['The deal is worth 7 billion US dollars.', '7 billion US dollars', 7_000_000_000, 'USD', 'billion'],
    ['The stock closed at $45 on Friday.', '$45', 45, 'USD', 'one'],
  ])('%s', (text, asWritten, value, currency, scale) => {
    const { figure, kind } = only(text, asWritten);
    expect({ value: figure.value, unit: figure.unit, currency: figure.currency, scale: figure.scale, kind }).toEqual({
      value,
      unit: 'currency',
      currency,
      scale,
      kind: 'amount',
    });
  });

  it('leaves out amounts in currencies the app cannot store', () => {
    expect(writtenOf('The UK unit made £40 million and its Canadian arm earned C$5 billion, or 900 million yen.')).toEqual([]);
  });

  it('reads cents as hundredths of a dollar', () => {
    const { figure } = only('Earnings came in at 45 cents a share.', '45 cents');
    expect([figure.value, figure.currency, figure.scale]).toEqual([0.45, 'USD', 'one']);
  });
});

describe('scale words and abbreviations', () => {
  it.each([
    ['$450k', 450_000, 'thousand'],
    ['$5 thousand', 5_000, 'thousand'],
    ['$12M', 12_000_000, 'million'],
    ['$3mn', 3_000_000, 'million'],
    ['$7m', 7_000_000, 'million'],
    ['$9 million', 9_000_000, 'million'],
    ['$2B', 2_000_000_000, 'billion'],
    ['$4bn', 4_000_000_000, 'billion'],
    ['$6 billion', 6_000_000_000, 'billion'],
    ['$1.1T', 1_100_000_000_000, 'trillion'],
    ['$2tn', 2_000_000_000_000, 'trillion'],
    ['$2 trillion', 2_000_000_000_000, 'trillion'],
  ])('%s', (asWritten, value, scale) => {
    const { figure } = only(`The company spent ${asWritten} on marketing.`, asWritten);
    expect([figure.value, figure.scale, figure.currency]).toEqual([value, scale, 'USD']);
  });
});

describe('percentages, percentage points, multiples, shares and counts', () => {
  it.each([
    ['Gross margin was 22% in the period.', '22%'],
    ['Gross margin was 22 percent in the period.', '22 percent'],
    ['Gross margin was 22 per cent in the period.', '22 per cent'],
  ])('%s', (text, asWritten) => {
    const { figure, kind } = only(text, asWritten);
    expect([figure.value, figure.unit, figure.currency, figure.scale, kind]).toEqual([0.22, 'percent', null, 'one', 'percent']);
  });

  it.each([
    ['Operating margin widened by 3 percentage points.', '3 percentage points', 0.03],
    ['Operating margin widened by 2.5pp.', '2.5pp', 0.025],
    ['The bank raised rates by 150 basis points.', '150 basis points', 0.015],
    ['The bank raised rates by 50bps.', '50bps', 0.005],
  ])('%s', (text, asWritten, value) => {
    const { figure, kind } = only(text, asWritten);
    expect([figure.value, figure.unit, kind]).toEqual([value, 'percent', 'percentage-points']);
  });

  it('reads a forward P/E as a multiple with a forward basis and period', () => {
    const { figure, kind } = only('The stock trades at 18x forward P/E.', '18x');
    expect([figure.value, figure.unit, kind, figure.metric, figure.basis, figure.period]).toEqual([
      18,
      'multiple',
      'multiple',
      'forward-pe',
      ['forward'],
      { label: 'forward', source: 'stated' },
    ]);
  });

  it('reads a forward EV/Sales multiple and "times earnings"', () => {
    expect(only('The shares change hands at 14x forward EV/Sales.', '14x').figure.metric).toBe('forward-ev-sales');
    const times = only('Peers trade at 9.5 times earnings.', '9.5 times').figure;
    expect([times.value, times.unit, times.basis]).toEqual([9.5, 'multiple', []]);
  });

  it('reads a share count with its scale', () => {
    const candidate = only('Baidu bought 3.1 million shares of the startup.', '3.1 million shares');
    expect([candidate.figure.value, candidate.figure.unit, candidate.figure.scale, candidate.kind]).toEqual([3_100_000, 'shares', 'million', 'shares']);
    expect(candidate.figure.entity).toBe('baidu');
  });

  it('reads counts of things a company has', () => {
    const partners = only('The platform has attracted over 100 global tech partners.', '100').figure;
    expect([partners.value, partners.unit, partners.qualifiers, partners.metric]).toEqual([100, 'count', ['over'], 'global-tech-partners']);
    expect(only('The retailer employs 5,000 people across Asia.', '5,000').figure.value).toBe(5000);
    expect(only('The app reached 3 million users.', '3 million').figure.scale).toBe('million');
  });
});

describe('ranges', () => {
  it.each([
    ['Analysts see fair value at $80–$85 per share.', '$80', '$85', 80, 85],
    ['We would buy between $80 and $85.', '$80', '$85', 80, 85],
    ['The shares are a buy at $80 to $85.', '$80', '$85', 80, 85],
    ['Margins should reach 20-25% next year.', '20', '25%', 0.2, 0.25],
    ['Capex will be $1.2-1.5 billion.', '$1.2', '1.5 billion', 1_200_000_000, 1_500_000_000],
  ])('%s', (text, lowText, highText, low, high) => {
    const lowFigure = only(text, lowText).figure;
    const highFigure = only(text, highText).figure;
    expect([lowFigure.value, lowFigure.qualifiers, highFigure.value, highFigure.qualifiers]).toEqual([low, ['range-low'], high, ['range-high']]);
    expect(lowFigure.unit).toBe(highFigure.unit);
    expect(lowFigure.currency).toBe(highFigure.currency);
    expect(lowFigure.note).toContain(text.slice(lowFigure.asWritten.start, highFigure.asWritten.end));
  });

  it('reads "from X to Y" as two figures, not a range', () => {
    const candidates = extract('Margin rose from 20% to 25%.');
    expect(candidates.map((c) => [c.figure.value, c.figure.qualifiers])).toEqual([
      [0.2, []],
      [0.25, []],
    ]);
  });
});

describe('increases and declines', () => {
  it.each([
    ['Net profit fell 7% in the quarter.', '7%', -0.07],
    ['Revenue declined 12% from last year.', '12%', -0.12],
    ['Deliveries dropped 3% after the recall.', '3%', -0.03],
    ['Adjusted EBITDA was down 5% on weak demand.', '5%', -0.05],
    ['Sales posted a 4% decrease.', '4%', -0.04],
    ['The segment shrank 2% last quarter.', '2%', -0.02],
    ['Bondholders took a loss of 6% on the notes.', '6%', -0.06],
    ['Costs decreased by $2 billion.', '$2 billion', -2_000_000_000],
    ['Its market share fell to 15%.', '15%', 0.15],
    ['Revenue jumped 65% on strong demand.', '65%', 0.65],
    ['The carmaker reported a net loss of $2 billion.', '$2 billion', 2_000_000_000],
    ['Operating profit was -3% of sales.', '-3%', -0.03],
  ])('%s', (text, asWritten, value) => {
    expect(only(text, asWritten).figure.value).toBe(value);
  });

  it('gives each change its own direction', () => {
    expect(extract('Revenue rose 9% while costs fell 4%.').map((c) => c.figure.value)).toEqual([0.09, -0.04]);
  });

  it('reads a loss amount as a positive net loss', () => {
    expect(only('The carmaker reported a net loss of $2 billion.', '$2 billion').figure.metric).toBe('net-loss');
  });
});

describe('bases', () => {
  it.each([
    ['Cloud revenue grew 26% year-on-year.', '26%', ['yoy']],
    ['Cloud revenue grew 26% YoY.', '26%', ['yoy']],
    ['Cloud revenue grew 26% year-over-year.', '26%', ['yoy']],
    ['Cloud revenue grew 5% QoQ.', '5%', ['qoq']],
    ['Adjusted EBITDA rose 11% year-on-year.', '11%', ['yoy', 'adjusted']],
    ['Non-GAAP net income was $2 billion.', '$2 billion', ['non-gaap']],
    ['GAAP net income was $2 billion.', '$2 billion', ['gaap']],
    ['Profit grew 15% (non-HKFRS basis) in the half.', '15%', ['non-hkfrs']],
  ])('%s', (text, asWritten, basis) => {
    expect(only(text, asWritten).figure.basis).toEqual(basis);
  });

  it('gives each figure of a clause the basis written next to it', () => {
    const text = 'Cloud revenue grew 26% year-over-year and 5% quarter-on-quarter.';
    expect([only(text, '26%').figure.basis, only(text, '5%').figure.basis]).toEqual([['yoy'], ['qoq']]);
    const levels = 'Revenue rose 22% to $33 billion (year-on-year).';
    expect([only(levels, '22%').figure.basis, only(levels, '$33 billion').figure.basis]).toEqual([['yoy'], []]);
    const mixed = 'Adjusted EBITDA of $5 billion and GAAP net income of $3 billion.';
    expect([only(mixed, '$5 billion').figure.basis, only(mixed, '$3 billion').figure.basis]).toEqual([['adjusted'], ['gaap']]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['The stake is valued at approximately $300 million.', '$300 million', ['approximately']],
    ['Revenue was about $2 billion.', '$2 billion', ['approximately']],
    ['Revenue was around $2 billion.', '$2 billion', ['approximately']],
    ['Revenue was nearly $2 billion.', '$2 billion', ['approximately']],
    ['The chain runs more than 500 stores.', '500', ['over']],
    ['Margins stayed above 20% all year.', '20%', ['over']],
    ['Growth slowed to under 5%.', '5%', ['under']],
    ['Exports make up less than 10% of sales.', '10%', ['under']],
    ['The firm may spend up to $5 billion.', '$5 billion', ['up-to']],
    ['Management is targeting $120 per share.', '$120', ['target']],
    ['The goal is a 30% market share.', '30%', ['target']],
    ['Revenue is expected to reach $10 billion.', '$10 billion', ['estimate']],
    ['The market is estimated at $3 billion.', '$3 billion', ['estimate']],
    ['Analysts forecast 8% growth.', '8%', ['estimate']],
  ])('%s', (text, asWritten, qualifiers) => {
    expect(only(text, asWritten).figure.qualifiers).toEqual(qualifiers);
  });
});
