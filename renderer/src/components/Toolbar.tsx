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
import { selectArticles } from '../store/dataset-selectors';

export function Toolbar() {
  const quickFilter = useCrosscheckStore((state) => state.quickFilter);
  const setQuickFilter = useCrosscheckStore((state) => state.setQuickFilter);
  const loadDataset = useCrosscheckStore((state) => state.loadDataset);
  const openDialog = useCrosscheckStore((state) => state.openDialog);
  const articleCount = useCrosscheckStore((state) => selectArticles(state).length);
  const dataDir = useCrosscheckStore((state) => state.dataDir);

  return (
    <header className="toolbar">
      <h1>Crosscheck</h1>
      <FileMenu />
      <EditMenu />
      <ViewMenu />
      <HelpMenu />
      <SaveStatus />
      <UndoRedoButtons />
      <ScenarioBar />
      <span className="toolbar-meta" title={dataDir ?? undefined}>
        {articleCount} article{articleCount === 1 ? '' : 's'}
      </span>
      <ArticlesBar />
      <RowFilterBar />
      <input
        type="search"
        className="quick-filter"
        placeholder="Filter rows (company, metric, status…)"
        aria-label="Filter rows"
        value={quickFilter}
        onChange={(event) => setQuickFilter(event.target.value)}
      />
      <button type="button" onClick={() => openDialog('add-row')}>
        Add row…
      </button>
      <button type="button" onClick={() => openDialog('fx-rates')}>
        FX rates…
      </button>
      <button type="button" onClick={() => openDialog('export')} title="Export the comparison to an Excel workbook (Ctrl+E)">
        Export to Excel…
      </button>
      <ExcelImportInput />
      <ArticleImportInput />
      <button type="button" onClick={() => void loadDataset()} title="Read the data folder again">
        Reload data
      </button>
    </header>
  );
}
