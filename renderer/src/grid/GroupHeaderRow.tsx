import type { CustomCellRendererProps } from 'ag-grid-react';
import { useCrosscheckStore } from '../store/store';
import { isGroupRow, type GridRow } from './groups/row-groups';

/** A company group's header: name, rows, disagreements and own values; click or Enter to fold. */
export function GroupHeaderRow(props: CustomCellRendererProps<GridRow>) {
  const group = isGroupRow(props.data) ? props.data : null;
  const isCollapsed = useCrosscheckStore((state) => (group ? state.workspace.view.collapsedGroups.includes(group.key) : false));
  const setGroupsCollapsed = useCrosscheckStore((state) => state.setGroupsCollapsed);
  if (!group) return null;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return (
    <div className="group-header" data-testid="group-header" data-group={group.key} data-collapsed={isCollapsed ? 'true' : 'false'}>
      <button
        type="button"
        className="group-toggle"
        aria-expanded={!isCollapsed}
        aria-label={`${isCollapsed ? 'Expand' : 'Collapse'} ${group.label}`}
        tabIndex={-1}
        onClick={() => setGroupsCollapsed([group.key], !isCollapsed)}
      >
        {isCollapsed ? '▸' : '▾'}
      </button>
      <strong className="group-label">{group.label}</strong>
      <span className="group-facts">
        {plural(group.rowCount, 'row')}
        {group.disagreements > 0 && <span className="group-disagreements"> · {plural(group.disagreements, 'disagreement')}</span>}
        {group.ownValues > 0 && <span className="group-own"> · {plural(group.ownValues, 'own value')}</span>}
      </span>
    </div>
  );
}
