import { VALUE_COLUMN_PREFIX } from '@shared/domain/comparison-columns';
import { cellAssumption } from '@shared/workspace/operations';
import { selectRowSourceById } from '../../store/row-source-selectors';
import type { CrosscheckState } from '../../store/store';
import { isGroupRowId } from '../groups/row-groups';
import type { CellRef } from '../selection/cell-range';
import { pasteParseContext, type PlanContext } from './write-plan';

/** Why a column takes no input, in words an analyst reads in the paste report. */
function notEditable(colId: string, header: string): string {
  if (colId === 'entity' || colId === 'segment' || colId === 'metric') return `${header} names the row; it takes no values`;
  if (colId === 'status') return 'Status is worked out from the values';
  return `${header} is computed from the values; only the articles’ columns and Your estimate take input`;
}

/** The plan context over the store's workspace and the grid as displayed. */
export function planContextOf(state: CrosscheckState, header: (colId: string) => string, setAt: string): PlanContext {
  const sources = selectRowSourceById(state);
  const scenarioId = state.workspace.activeScenarioId;
  return {
    layout: state.gridLayout,
    isDataRow: (rowId) => !isGroupRowId(rowId),
    editable: (cell: CellRef) => {
      if (!cell.colId.startsWith(VALUE_COLUMN_PREFIX)) return notEditable(cell.colId, header(cell.colId));
      const source = sources.get(cell.rowId);
      if (!source) return 'this row no longer exists';
      const columnId = cell.colId.slice(VALUE_COLUMN_PREFIX.length);
      return { columnId, parse: pasteParseContext(source, columnId, state.workspace.settings.copyNumbers), hasAssumption: cellAssumption(state.workspace, scenarioId, cell.rowId, columnId) !== null };
    },
    describe: (cell) => {
      const source = sources.get(cell.rowId);
      const row = source ? `${source.entityName}${source.segment ? ` · ${source.segment}` : ''} · ${source.metricLabel}` : cell.rowId;
      return `${row}, ${header(cell.colId)}`;
    },
    setAt,
  };
}
