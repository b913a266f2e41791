import { ArticleImportInput } from './ArticleImportInput';
import { ArticlesBar } from './ArticlesBar';
import { ExcelImportInput } from './ExcelImportInput';
import { FileMenu } from './FileMenu';
import { EditMenu } from './EditMenu';
import { ViewMenu } from './ViewMenu';
import { HelpMenu } from './HelpMenu';
import { RowFilterBar } from './RowFilterBar';
import { SaveStatus } from './SaveStatus';
import { ScenarioBar } from './ScenarioBar';
import { UndoRedoButtons } from './UndoRedoButtons';
import { useCrosscheckStore } from '../store/store';

/**
 * One line, so a laptop screen keeps its height for rows: the choices an analyst changes while
 * reading (scenario, baseline, which rows, a search) stay here; the rest is in the menus, each
 * with its shortcut.
 */
export function Toolbar() {
  const quickFilter = useCrosscheckStore((state) => state.quickFilter);
  const setQuickFilter = useCrosscheckStore((state) => state.setQuickFilter);
  const openDialog = useCrosscheckStore((state) => state.openDialog);

  return (
    <header className="toolbar">
      <h1 className="visually-hidden">Crosscheck</h1>
      <nav className="menu-bar" aria-label="Menus">
        <FileMenu />
        <EditMenu />
        <ViewMenu />
        <HelpMenu />
      </nav>
      <SaveStatus />
      <UndoRedoButtons />
      <ScenarioBar />
      <ArticlesBar />
      <RowFilterBar />
      <input
        type="search"
        className="quick-filter"
        placeholder="Filter rows…"
        title="Show only rows whose company, metric or status contains this text"
        aria-label="Filter rows"
        value={quickFilter}
        onChange={(event) => setQuickFilter(event.target.value)}
      />
      <button type="button" className="primary-button" onClick={() => openDialog('export')} title="Export the comparison to an Excel workbook (Ctrl+E)">
        Export…
      </button>
      <ExcelImportInput />
      <ArticleImportInput />
    </header>
  );
}
