import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '@shared/domain/comparison';
import {
  GROUP_ID_PREFIX,
  groupKeyOf,
  groupRows,
  isGroupRow,
  isGroupRowId,
  regroupSorted,
  summarizeGroup,
  type GridRow,
} from '../../../../renderer/src/grid/groups/row-groups';
import { assumed, NEWER, seedRow } from './seed-rows';

const ids = (rows: readonly GridRow[]) => rows.map((row) => row.id);

describe('groupRows', () => {
  it('leaves the rows as they are when not grouping', () => {
    const rows = [seedRow('lenovo||revenue'), seedRow('alibaba||cash')];
    const grouped = groupRows(rows, 'none');
    expect(grouped.rows).toEqual(rows);
    expect(grouped.groupOf.size).toBe(0);
    expect(grouped.members.size).toBe(0);
    expect(grouped.rows.some(isGroupRow)).toBe(false);
  });

  it('puts each company’s header before its rows, companies in the order their first row comes', () => {
    const rows = ['lenovo||revenue', 'alibaba||cash', 'lenovo||pc-market-share', 'xpeng||net-loss', 'alibaba||forward-pe'].map((id) => seedRow(id));
    const grouped = groupRows(rows, 'company');
    expect(ids(grouped.rows)).toEqual([
      'group:lenovo',
      'lenovo||revenue',
      'lenovo||pc-market-share',
      'group:alibaba',
      'alibaba||cash',
      'alibaba||forward-pe',
      'group:xpeng',
      'xpeng||net-loss',
    ]);
    expect(grouped.groupOf.get('alibaba||forward-pe')).toBe('alibaba');
    expect(ids(grouped.members.get('lenovo') ?? [])).toEqual(['lenovo||revenue', 'lenovo||pc-market-share']);
  });

  it('names each header after its company and counts its rows', () => {
    const rows = ['lenovo||revenue', 'alibaba||cash', 'lenovo||pc-market-share'].map((id) => seedRow(id));
    const headers = groupRows(rows, 'company').rows.filter(isGroupRow);
    expect(headers.map((h) => [h.id, h.key, h.label, h.rowCount])).toEqual([
      ['group:lenovo', 'lenovo', 'Lenovo', 2],
      ['group:alibaba', 'alibaba', 'Alibaba', 1],
    ]);
  });

  it('counts the disagreements (conflicts included) and the rows holding the analyst’s own value', () => {
    const conflict = seedRow('lenovo||revenue-growth');
    expect(conflict.status).toBe('conflict');
    const disagreement: ComparisonRow = { ...seedRow('lenovo||revenue'), status: 'disagreement' };
    const own = seedRow('lenovo||pc-market-share', { [NEWER]: assumed(0.2, '20%') });
    expect(own.hasAssumption).toBe(true);
    const rows = [conflict, disagreement, own, seedRow('lenovo||rd-spending'), seedRow('alibaba||cash')];
    const [lenovo, alibaba] = groupRows(rows, 'company').rows.filter(isGroupRow);
    expect(lenovo).toMatchObject({ rowCount: 4, disagreements: 2, ownValues: 1 });
    expect(alibaba).toMatchObject({ rowCount: 1, disagreements: 0, ownValues: 0 });
  });

  it('groups by company and segment, naming a segment’s group after both', () => {
    const rows = [
      'alibaba||cash',
      'alibaba|Cloud Intelligence Group|revenue-growth',
      'alibaba|International Digital Commerce Group|revenue-growth',
      'alibaba|Cloud Intelligence Group|industrial-ai-deployment-share',
    ].map((id) => seedRow(id));
    const grouped = groupRows(rows, 'company-segment');
    expect(ids(grouped.rows)).toEqual([
      'group:alibaba|',
      'alibaba||cash',
      'group:alibaba|Cloud Intelligence Group',
      'alibaba|Cloud Intelligence Group|revenue-growth',
      'alibaba|Cloud Intelligence Group|industrial-ai-deployment-share',
      'group:alibaba|International Digital Commerce Group',
      'alibaba|International Digital Commerce Group|revenue-growth',
    ]);
    expect(grouped.rows.filter(isGroupRow).map((h) => h.label)).toEqual([
      'Alibaba',
      'Alibaba · Cloud Intelligence Group',
      'Alibaba · International Digital Commerce Group',
    ]);
  });

  it('gives headers ids that no comparison row has', () => {
    const rows = ['lenovo||revenue', 'alibaba||cash'].map((id) => seedRow(id));
    const grouped = groupRows(rows, 'company');
    for (const row of grouped.rows) expect(isGroupRowId(row.id)).toBe(isGroupRow(row));
    expect(isGroupRowId(`${GROUP_ID_PREFIX}x`)).toBe(true);
    expect(isGroupRow(null)).toBe(false);
    expect(isGroupRow(undefined)).toBe(false);
  });

  it('returns no header for no rows', () => {
    expect(groupRows([], 'company').rows).toEqual([]);
  });
});

describe('groupKeyOf and summarizeGroup', () => {
  it('keys a row by company, or company and segment', () => {
    const row = seedRow('alibaba|Cloud Intelligence Group|revenue-growth');
    expect(groupKeyOf(row, 'none')).toBeNull();
    expect(groupKeyOf(row, 'company')).toBe('alibaba');
    expect(groupKeyOf(row, 'company-segment')).toBe('alibaba|Cloud Intelligence Group');
  });

  it('summarizes an empty group as nothing to scan', () => {
    expect(summarizeGroup('k', 'K', [])).toEqual({ kind: 'group', id: 'group:k', key: 'k', label: 'K', rowCount: 0, disagreements: 0, ownValues: 0 });
  });
});

describe('regroupSorted', () => {
  const groupOf = new Map([
    ['a1', 'a'],
    ['a2', 'a'],
    ['b1', 'b'],
    ['b2', 'b'],
  ]);
  const idOf = (item: { id?: string }) => item.id;
  const items = (...list: string[]) => list.map((id) => ({ id }));
  const ORDER = ['a', 'b'];
  const noHeader = () => undefined;

  it('puts sorted rows back under their headers, keeping the sorted order inside each group', () => {
    // A sort by value interleaves the companies and moves the headers.
    const sorted = items('b2', 'a2', 'group:b', 'b1', 'group:a', 'a1');
    expect(regroupSorted(sorted, idOf, groupOf, ORDER, noHeader).map((i) => i.id)).toEqual(['group:a', 'a2', 'a1', 'group:b', 'b2', 'b1']);
  });

  it('keeps the groups in their own order, whatever order the sort put their headers and rows in', () => {
    const sorted = items('group:b', 'group:a', 'b1', 'b2', 'a2', 'a1');
    expect(regroupSorted(sorted, idOf, groupOf, ORDER, noHeader).map((i) => i.id)).toEqual(['group:a', 'a2', 'a1', 'group:b', 'b1', 'b2']);
  });

  it('keeps a header whose rows were all filtered out, and puts rows of no group last', () => {
    const sorted = items('loose', 'group:a', 'a1', 'group:b');
    expect(regroupSorted(sorted, idOf, groupOf, ORDER, noHeader).map((i) => i.id)).toEqual(['group:a', 'a1', 'group:b', 'loose']);
  });

  it('brings back the header of a group whose rows passed a column filter its header did not', () => {
    const sorted = items('b1', 'a1');
    const headerFor = (key: string) => (key === 'b' ? { id: 'group:b' } : undefined);
    expect(regroupSorted(sorted, idOf, groupOf, ORDER, headerFor).map((i) => i.id)).toEqual(['a1', 'group:b', 'b1']);
    expect(regroupSorted(items('a1'), idOf, groupOf, ORDER, (key) => ({ id: `group:${key}` })).map((i) => i.id)).toEqual(['group:a', 'a1']);
  });

  it('works with keys that hold the segment separator', () => {
    const bySegment = new Map([
      ['x1', 'alibaba|Cloud'],
      ['x2', 'alibaba|'],
    ]);
    const sorted = items('x1', 'x2', 'group:alibaba|', 'group:alibaba|Cloud');
    expect(regroupSorted(sorted, idOf, bySegment, ['alibaba|', 'alibaba|Cloud'], noHeader).map((i) => i.id)).toEqual(['group:alibaba|', 'x2', 'group:alibaba|Cloud', 'x1']);
  });

  it('gives back the grouped order unchanged when nothing was re-sorted', () => {
    const rows = ['lenovo||revenue', 'alibaba||cash', 'lenovo||pc-market-share', 'alibaba||forward-pe'].map((id) => seedRow(id));
    const grouped = groupRows(rows, 'company');
    expect(regroupSorted(grouped.rows, (row) => row.id, grouped.groupOf, [...grouped.members.keys()], noHeader)).toEqual(grouped.rows);
  });
});
