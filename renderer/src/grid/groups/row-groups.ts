import type { ComparisonRow } from '@shared/domain/comparison';
import type { GroupBy } from '@shared/workspace/workspace-schema';

/**
 * Company groups on AG Grid Community: each group is a full-width header row placed before its
 * rows in the grid's row list (Enterprise row grouping stays out). Sorting sorts inside the
 * groups (`regroupSortedNodes`), and a collapsed group's rows are filtered out.
 */
export interface GroupRow {
  readonly kind: 'group';
  /** `group:` + the key, so it never meets a comparison row's id. */
  readonly id: string;
  readonly key: string;
  readonly label: string;
  readonly rowCount: number;
  readonly disagreements: number;
  /** Rows where a value of the analyst's is in use. */
  readonly ownValues: number;
}

export type GridRow = ComparisonRow | GroupRow;

export const GROUP_ID_PREFIX = 'group:';

export function isGroupRow(row: GridRow | null | undefined): row is GroupRow {
  return !!row && 'kind' in row && row.kind === 'group';
}

export function isGroupRowId(rowId: string): boolean {
  return rowId.startsWith(GROUP_ID_PREFIX);
}

/** The group a row belongs to, or null when rows are not grouped. */
export function groupKeyOf(row: ComparisonRow, groupBy: GroupBy): string | null {
  switch (groupBy) {
    case 'none':
      return null;
    case 'company':
      return row.entity;
    case 'company-segment':
      return `${row.entity}|${row.segment ?? ''}`;
  }
}

function groupLabel(row: ComparisonRow, groupBy: GroupBy): string {
  return groupBy === 'company-segment' && row.segment ? `${row.entityName} · ${row.segment}` : row.entityName;
}

/** A group's header: its name and what an analyst scans for first. */
export function summarizeGroup(key: string, label: string, members: readonly ComparisonRow[]): GroupRow {
  let disagreements = 0;
  let ownValues = 0;
  for (const row of members) {
    if (row.status === 'disagreement' || row.status === 'conflict') disagreements++;
    if (row.hasAssumption) ownValues++;
  }
  return { kind: 'group', id: `${GROUP_ID_PREFIX}${key}`, key, label, rowCount: members.length, disagreements, ownValues };
}

export interface GroupedRows {
  /** Group headers, each followed by its rows; the rows alone when not grouped. */
  readonly rows: readonly GridRow[];
  /** Group key by comparison row id. */
  readonly groupOf: ReadonlyMap<string, string>;
  readonly members: ReadonlyMap<string, readonly ComparisonRow[]>;
}

/** The grid's row list: groups in the order their first row comes, rows in their own order inside. */
export function groupRows(rows: readonly ComparisonRow[], groupBy: GroupBy): GroupedRows {
  if (groupBy === 'none') return { rows, groupOf: new Map(), members: new Map() };
  const members = new Map<string, ComparisonRow[]>();
  const labels = new Map<string, string>();
  const groupOf = new Map<string, string>();
  for (const row of rows) {
    const key = groupKeyOf(row, groupBy) ?? '';
    groupOf.set(row.id, key);
    const list = members.get(key);
    if (list) list.push(row);
    else {
      members.set(key, [row]);
      labels.set(key, groupLabel(row, groupBy));
    }
  }
  const out: GridRow[] = [];
  for (const [key, list] of members) out.push(summarizeGroup(key, labels.get(key) ?? key, list), ...list);
  return { rows: out, groupOf, members };
}

/**
 * Puts sorted rows back into their groups: groups in their own order, each header first, then
 * its rows in the sorted order. A group whose rows passed a filter that its header did not (a
 * column filter knows nothing of headers) gets its header back from `headerFor`; a group with
 * no row left and no header stays out. Works on any items with an id.
 */
export function regroupSorted<T>(
  items: readonly T[],
  idOf: (item: T) => string | undefined,
  groupOf: ReadonlyMap<string, string>,
  groupOrder: readonly string[],
  headerFor: (key: string) => T | undefined,
): T[] {
  const headers = new Map<string, T>();
  const byGroup = new Map<string, T[]>();
  const loose: T[] = [];
  for (const item of items) {
    const id = idOf(item) ?? '';
    if (isGroupRowId(id)) {
      headers.set(id.slice(GROUP_ID_PREFIX.length), item);
      continue;
    }
    const key = groupOf.get(id);
    if (key === undefined) loose.push(item);
    else {
      const list = byGroup.get(key);
      if (list) list.push(item);
      else byGroup.set(key, [item]);
    }
  }
  const out: T[] = [];
  for (const key of groupOrder) {
    const members = byGroup.get(key) ?? [];
    const header = headers.get(key) ?? (members.length > 0 ? headerFor(key) : undefined);
    if (header !== undefined) out.push(header);
    out.push(...members);
  }
  return out.concat(loose);
}
