import { describe, expect, it } from 'vitest';
import { UNKNOWN_ENTITY, UNKNOWN_METRIC } from '@shared/extract/candidate';
import { extract, only } from './extract-helpers';

// What the words around a figure say: its period, entity, segment, metric and quote.

describe('periods near the figure', () => {
  it.each([
    ['Revenue rose 5% in Q3 2024.', '5%', 'Q3 2024'],
    ['Net income grew 8% in FY2024.', '8%', 'FY2024'],
    ['Revenue grew 12% in fiscal 2024/25.', '12%', 'fiscal 2024/25'],
    ['Sales rose 4% in H1 2025.', '4%', 'H1 2025'],
    ['Profit rose 6% in the first half of 2025.', '6%', 'first half of 2025'],
    ['The company lost $3 billion in 2023.', '$3 billion', '2023'],
    ['It aims to reach $10 billion in sales by 2026.', '$10 billion', 'by 2026'],
    ['The group posted mid-term revenue growth of 22%.', '22%', 'mid-term'],
    ['Full year revenue was $4 billion.', '$4 billion', 'Full year'],
    ['In Q2 2024, the firm bought 2 million shares, a 40% increase.', '40%', 'Q2 2024'],
  ])('%s', (text, asWritten, label) => {
    expect(only(text, asWritten).figure.period).toEqual({ label, source: 'stated' });
  });

  it('leaves a figure with no period unstated', () => {
    expect(only('Revenue was $4 billion.', '$4 billion').figure.period).toEqual({ label: null, source: 'unstated' });
  });

  it('keeps a period in another figure’s clause to that figure', () => {
    const text = 'The stock is a buy at $80, targeting $120 by 2026.';
    expect([only(text, '$80').figure.period.label, only(text, '$120').figure.period.label]).toEqual([null, 'by 2026']);
  });

  it('infers the period of a list from the line that introduces it', () => {
    const text = 'Q3 2024 highlights:\n- Revenue: up 12% YoY\n- Free cash flow: $2.1 billion';
    const growth = only(text, '12%').figure;
    expect([growth.period.label, growth.period.source, growth.basis]).toEqual(['Q3 2024', 'inferred', ['yoy']]);
    expect(growth.period.note).toContain('Q3 2024 highlights');
    expect(only(text, '$2.1 billion').figure.metric).toBe('free-cash-flow');
  });
});

describe('entity and segment', () => {
  it.each([
    ['Tencent reported revenue of US$12.4 billion.', 'US$12.4 billion', 'tencent'],
    ['Lenovo’s revenue rose 22%.', '22%', 'lenovo'],
    ['XPeng delivered 30,000 vehicles last month.', '30,000', 'xpeng'],
    ['Alibaba Group posted $5 billion in profit.', '$5 billion', 'alibaba'],
    ['Alibaba had a strong quarter. Revenue rose 7%.', '7%', 'alibaba'],
    ['Revenue was $4 billion.', '$4 billion', UNKNOWN_ENTITY],
    ['Alibaba raised its stake in Xiaopeng (XPEV) by buying 5 million shares.', '5 million shares', 'alibaba'],
    ['Xiaopeng’s losses (CNY10.4 billion) weigh on margins.', 'CNY10.4 billion', 'xpeng'],
  ])('%s', (text, asWritten, entity) => {
    expect(only(text, asWritten).figure.entity).toBe(entity);
  });

  it('names a segment written before the figure, with its acronym once defined', () => {
    const text = 'Growth came from its Infrastructure Solutions Group (ISG). ISG’s revenue jumped 65% in the quarter.';
    const figure = only(text, '65%').figure;
    expect([figure.segment, figure.label]).toEqual(['Infrastructure Solutions Group (ISG)', 'Infrastructure Solutions Group (ISG) revenue growth']);
    expect(only('Revenue was $4 billion.', '$4 billion').figure.segment).toBeNull();
  });
});

describe('metric guess', () => {
  it.each([
    ['Operating margin was 15% last year.', '15%', 'operating-margin', 'Operating margin'],
    ['The unit saw 18% revenue growth.', '18%', 'revenue-growth', 'Revenue growth'],
    ['Free cash flow of $516 million beat forecasts.', '$516 million', 'free-cash-flow', 'Free cash flow'],
    ['Weak demand cut FCF to $2 billion.', '$2 billion', 'free-cash-flow', 'Free cash flow'],
    ['The company returned $3 billion through buybacks.', '$3 billion', 'share-repurchases', 'Share repurchases'],
    ['It spent $548 million in R&D spending.', '$548 million', 'rd-spending', 'R&D spending'],
    ['The lender holds $60 billion in cash.', '$60 billion', 'cash', 'Cash reserves'],
    ['Its 24% global PC market share is stable.', '24%', 'pc-market-share', 'Global PC market share'],
    ['Net income grew 20% in the half.', '20%', 'net-income-growth', 'Net income growth'],
    ['The firm captured 12% of Europe’s cloud market.', '12%', 'europe-cloud-market-share', 'Europe’s cloud market share'],
  ])('%s', (text, asWritten, metric, label) => {
    const candidate = only(text, asWritten);
    expect([candidate.figure.metric, candidate.figure.label]).toEqual([metric, label]);
    expect(candidate.metricWords.length).toBeGreaterThan(0);
  });

  it('says so when nothing names the metric', () => {
    const candidate = only('The move is valued at $300 million.', '$300 million');
    expect([candidate.figure.metric, candidate.metricWords]).toEqual([UNKNOWN_METRIC, []]);
  });
});

describe('quotes', () => {
  it('quotes the sentence, list item or headline line, trimmed and at exact offsets', () => {
    expect(only('Alibaba rose. Revenue grew 5% to $3 billion. Margins held.', '5%').figure.quote.text).toBe('Revenue grew 5% to $3 billion.');
    expect(only('  - Adjusted EBITA: up 36% YoY  ', '36%').figure.quote.text).toBe('Adjusted EBITA: up 36% YoY');
    expect(only('Alibaba’s Big Bet: A $300M Stake in a Carmaker\nThe deal closed.', '$300M').figure.quote.text).toBe(
      'Alibaba’s Big Bet: A $300M Stake in a Carmaker',
    );
    expect(only('U.S. sales rose 5% in the quarter, e.g. in retail.', '5%').figure.quote.text).toBe('U.S. sales rose 5% in the quarter, e.g. in retail.');
  });

  it('quotes a hard-wrapped sentence whole', () => {
    const text = 'Revenue at the cloud unit rose\nto $3 billion in the quarter.';
    expect(only(text, '$3 billion').figure.quote.text).toBe(text);
  });
});

describe('simple tables', () => {
  it('reads a tab-separated table whose header gives each column’s period', () => {
    const text = 'Quarterly results\nMetric\tQ3 2024\tQ4 2024\nRevenue ($bn)\t12.5\t13.1\nGross margin (%)\t41\t43\n';
    const revenue = only(text, '12.5').figure;
    expect([revenue.value, revenue.currency, revenue.scale, revenue.metric, revenue.period.label, revenue.period.source]).toEqual([
      12_500_000_000,
      'USD',
      'billion',
      'revenue',
      'Q3 2024',
      'stated',
    ]);
    expect(revenue.quote.text).toBe('Revenue ($bn)\t12.5\t13.1');
    const margin = only(text, '43').figure;
    expect([margin.value, margin.unit, margin.metric, margin.period.label]).toEqual([0.43, 'percent', 'gross-margin', 'Q4 2024']);
  });

  it('reads a pipe table whose header names each column’s metric and whose rows are companies', () => {
    const text = '| Company | Revenue | Growth YoY |\n|---|---|---|\n| Alibaba | $30.2bn | 7% |\n| Tencent | $22.1bn | -11% |';
    const candidates = extract(text);
    expect(candidates.map((c) => [c.figure.asWritten.text, c.figure.value, c.figure.entity, c.figure.metric])).toEqual([
      ['$30.2bn', 30_200_000_000, 'alibaba', 'revenue'],
      ['7%', 0.07, 'alibaba', 'growth'],
      ['$22.1bn', 22_100_000_000, 'tencent', 'revenue'],
      ['-11%', -0.11, 'tencent', 'growth'],
    ]);
    expect(candidates[1].figure.basis).toEqual(['yoy']);
  });

  it('reads a space-aligned table with years in the header, units in the row labels and bracketed negatives', () => {
    const text = 'Item                 2023       2024\nRevenue (US$ m)      1,234      1,456\nNet income (US$ m)   (52)       30\n';
    const candidates = extract(text);
    expect(candidates.map((c) => [c.figure.asWritten.text, c.figure.value, c.figure.currency, c.figure.period.label])).toEqual([
      ['1,234', 1_234_000_000, 'USD', '2023'],
      ['1,456', 1_456_000_000, 'USD', '2024'],
      ['52', -52_000_000, 'USD', '2023'],
      ['30', 30_000_000, 'USD', '2024'],
    ]);
  });
});
