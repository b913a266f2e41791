import { PANE_IDS } from '@shared/workspace/workspace-schema';
import { useCrosscheckStore } from '../store/store';
import { selectComparisonRows } from '../store/comparison-selectors';
import { groupKeyOf } from '../grid/groups/row-groups';
import { PANES } from '../layout/pane-commands';
import { MenuButton } from './MenuButton';

/** View: the columns, rows grouped by company (and segment), folding every group at once, and the panes. */
export function ViewMenu() {
  const groupBy = useCrosscheckStore((state) => state.workspace.view.groupBy);
  const closedPanes = useCrosscheckStore((state) => state.workspace.layout.closedPanes);
  const setGroupBy = useCrosscheckStore((state) => state.setGroupBy);
  const setGroupsCollapsed = useCrosscheckStore((state) => state.setGroupsCollapsed);
  const togglePane = useCrosscheckStore((state) => state.togglePane);
  const openDialog = useCrosscheckStore((state) => state.openDialog);
  const allGroups = () => {
    const state = useCrosscheckStore.getState();
    return [...new Set(selectComparisonRows(state).map((row) => groupKeyOf(row, state.workspace.view.groupBy) ?? ''))].filter(Boolean);
  };
  return (
    <MenuButton
      label="View"
      entries={[
        { label: 'Columns…', run: () => openDialog('columns') },
        'separator',
        { label: 'No groups', isChecked: groupBy === 'none', run: () => setGroupBy('none') },
        { label: 'Group by company', isChecked: groupBy === 'company', run: () => setGroupBy('company') },
        { label: 'Group by company and segment', isChecked: groupBy === 'company-segment', run: () => setGroupBy('company-segment') },
        'separator',
        { label: 'Collapse all groups', run: () => setGroupsCollapsed(allGroups(), true) },
        { label: 'Expand all groups', run: () => setGroupsCollapsed(allGroups(), false) },
        'separator',
        ...PANE_IDS.map((pane) => ({
          label: `${PANES[pane].label} pane`,
          keys: PANES[pane].keys,
          isChecked: !closedPanes.includes(pane),
          isToggle: true,
          run: () => togglePane(pane),
        })),
      ]}
    />
  );
}
