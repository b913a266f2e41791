import { useCrosscheckStore } from '../store/store';
import { MODIFIER } from '../grid/grid-command-table';
import { chooseArticleFileToImport } from './ArticleImportInput';
import { chooseExcelFileToImport } from './ExcelImportInput';
import { MenuButton, type MenuEntry } from './MenuButton';

// One empty list for every render: a fresh [] from a selector would re-render forever.
const NO_RECENT: readonly string[] = [];

/** File > New, Open, Save, Save As, import and export, the recent list; the Electron menu sends the same commands. */
export function FileMenu() {
  const openDialog = useCrosscheckStore((state) => state.openDialog);
  const save = useCrosscheckStore((state) => state.save);
  const openWorkspace = useCrosscheckStore((state) => state.openWorkspace);
  const loadDataset = useCrosscheckStore((state) => state.loadDataset);
  const fileName = useCrosscheckStore((state) => state.fileName);
  const recent = useCrosscheckStore((state) => state.folder?.state.recent ?? NO_RECENT);
  const others = recent.filter((name) => name !== fileName);
  const recentEntries: (MenuEntry | 'separator')[] = others.length > 0 ? ['separator', ...others.map((name) => ({ label: name, run: () => void openWorkspace(name) }))] : [];
  return (
    <MenuButton
      label="File"
      entries={[
        { label: 'New workspace…', run: () => openDialog('new') },
        { label: 'Open…', run: () => openDialog('open') },
        { label: 'Save', keys: `${MODIFIER}S`, run: save },
        { label: 'Save As…', run: () => openDialog('save-as') },
        'separator',
        { label: 'Import Article…', run: chooseArticleFileToImport },
        { label: 'Paste Article…', run: () => openDialog('paste-article') },
        { label: 'Export to Excel…', keys: `${MODIFIER}E`, run: () => openDialog('export') },
        { label: 'Import from Excel…', run: chooseExcelFileToImport },
        'separator',
        { label: 'Reload data', run: () => void loadDataset() },
        ...recentEntries,
      ]}
    />
  );
}
