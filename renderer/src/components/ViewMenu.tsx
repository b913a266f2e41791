import { useCrosscheckStore } from '../store/store';
import { selectComparisonRows } from '../store/comparison-selectors';
import { groupKeyOf } from '../grid/groups/row-groups';
import { MenuButton } from './MenuButton';

/** View: rows grouped by company (and segment), and folding every group at once. */
export function ViewMenu() {
  const groupBy = useCrosscheckStore((state) => state.workspace.view.groupBy);
  const setGroupBy = useCrosscheckStore((state) => state.setGroupBy);
  const setGroupsCollapsed = useCrosscheckStore((state) => state.setGroupsCollapsed);
  const allGroups = () => {
    const state = useCrosscheckStore.getState();
    return [...new Set(selectComparisonRows(state).map((row) => groupKeyOf(row, state.workspace.view.groupBy) ?? ''))].filter(Boolean);
  };
  return (
    <MenuButton
      label="View"
      entries={[
        { label: 'No groups', isChecked: groupBy === 'none', run: () => setGroupBy('none') },
        { label: 'Group by company', isChecked: groupBy === 'company', run: () => setGroupBy('company') },
        { label: 'Group by company and segment', isChecked: groupBy === 'company-segment', run: () => setGroupBy('company-segment') },
        'separator',
        { label: 'Collapse all groups', run: () => setGroupsCollapsed(allGroups(), true) },
        { label: 'Expand all groups', run: () => setGroupsCollapsed(allGroups(), false) },
      ]}
    />
  );
}
