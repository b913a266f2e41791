import { describe, expect, it } from 'vitest';
import { matchesQuickFilter, passesRowFilter } from '../../../../renderer/src/grid/row-filter';
import { assumed, NEWER, seedRow } from './seed-rows';

describe('passesRowFilter', () => {
  it('shows every row for All', () => {
    for (const id of ['alibaba||cash', 'alibaba||forward-pe', 'lenovo||revenue-growth', 'xpeng||net-loss']) {
      expect(passesRowFilter('all', seedRow(id))).toBe(true);
    }
  });

  it('shows only rows with a delta for Comparable', () => {
    expect(passesRowFilter('comparable', seedRow('alibaba||cash'))).toBe(true);
    expect(passesRowFilter('comparable', seedRow('alibaba||forward-pe'))).toBe(false);
    expect(passesRowFilter('comparable', seedRow('xpeng||net-loss'))).toBe(false);
  });

  it('shows disagreements and conflicts for Disagreements', () => {
    expect(passesRowFilter('disagreements', seedRow('lenovo||revenue-growth'))).toBe(true);
    expect(passesRowFilter('disagreements', { ...seedRow('alibaba||cash'), status: 'disagreement' })).toBe(true);
    expect(passesRowFilter('disagreements', seedRow('alibaba||cash'))).toBe(false);
    expect(passesRowFilter('disagreements', seedRow('alibaba||forward-pe'))).toBe(false);
  });

  it('shows rows shaped by the analyst for Assumptions', () => {
    const own = seedRow('alibaba||cash', { [NEWER]: assumed(65e9, '65') });
    expect(passesRowFilter('assumptions', own)).toBe(true);
    expect(passesRowFilter('assumptions', seedRow('alibaba||cash'))).toBe(false);
  });
});

describe('matchesQuickFilter', () => {
  it('matches everything with no words', () => {
    expect(matchesQuickFilter(seedRow('alibaba||cash'), [])).toBe(true);
  });

  it('finds the company, the segment and the metric, ignoring case', () => {
    expect(matchesQuickFilter(seedRow('alibaba||cash'), ['alibaba'])).toBe(true);
    expect(matchesQuickFilter(seedRow('alibaba||cash'), ['reserves'])).toBe(true);
    expect(matchesQuickFilter(seedRow('alibaba|Cloud Intelligence Group|revenue-growth'), ['cloud'])).toBe(true);
    expect(matchesQuickFilter(seedRow('lenovo||revenue'), ['alibaba'])).toBe(false);
  });

  it('needs every word to be found, not just one', () => {
    const row = seedRow('alibaba||cash');
    expect(matchesQuickFilter(row, ['alibaba', 'cash'])).toBe(true);
    expect(matchesQuickFilter(row, ['alibaba', 'lenovo'])).toBe(false);
  });

  it('finds the values as they are shown', () => {
    const row = seedRow('alibaba||cash');
    expect(matchesQuickFilter(row, ['$83.6b'])).toBe(true);
    expect(matchesQuickFilter(row, ['60b'])).toBe(true);
    expect(matchesQuickFilter(seedRow('lenovo||pc-market-share'), ['24%'])).toBe(true);
    expect(matchesQuickFilter(row, ['99.9b'])).toBe(false);
  });

  it('finds the status and the reasons a row is not comparable', () => {
    expect(matchesQuickFilter(seedRow('alibaba||cash'), ['comparable'])).toBe(true);
    expect(matchesQuickFilter(seedRow('lenovo||revenue-growth'), ['conflict'])).toBe(true);
    expect(matchesQuickFilter(seedRow('alibaba||forward-pe'), ['valuation', 'multiples'])).toBe(true);
  });
});
