import { useRef } from 'react';
import { useCrosscheckStore } from '../store/store';
import { chooseArticleFileToImport } from './ArticleImportInput';
import { chooseExcelFileToImport } from './ExcelImportInput';

// One empty list for every render: a fresh [] from a selector would re-render forever.
const NO_RECENT: readonly string[] = [];

/** File > New, Open, Save, Save As and the recent list; the Electron menu sends the same commands. */
export function FileMenu() {
  const menu = useRef<HTMLDetailsElement>(null);
  const openDialog = useCrosscheckStore((state) => state.openDialog);
  const save = useCrosscheckStore((state) => state.save);
  const openWorkspace = useCrosscheckStore((state) => state.openWorkspace);
  const fileName = useCrosscheckStore((state) => state.fileName);
  const recent = useCrosscheckStore((state) => state.folder?.state.recent ?? NO_RECENT);
  const close = () => menu.current?.removeAttribute('open');
  const run = (action: () => void) => () => {
    close();
    action();
  };
  return (
    <details className="menu" ref={menu}>
      <summary>File</summary>
      <ul role="menu" aria-label="File">
        <li role="menuitem"><button type="button" onClick={run(() => openDialog('new'))}>New workspace…</button></li>
        <li role="menuitem"><button type="button" onClick={run(() => openDialog('open'))}>Open…</button></li>
        <li role="menuitem"><button type="button" onClick={run(save)}>Save <kbd>Ctrl+S</kbd></button></li>
        <li role="menuitem"><button type="button" onClick={run(() => openDialog('save-as'))}>Save As…</button></li>
        <li role="menuitem"><button type="button" onClick={run(chooseArticleFileToImport)}>Import Article…</button></li>
        <li role="menuitem"><button type="button" onClick={run(() => openDialog('paste-article'))}>Paste Article…</button></li>
        <li role="menuitem"><button type="button" onClick={run(() => openDialog('export'))}>Export to Excel… <kbd>Ctrl+E</kbd></button></li>
        <li role="menuitem"><button type="button" onClick={run(chooseExcelFileToImport)}>Import from Excel…</button></li>
        {recent.filter((name) => name !== fileName).length > 0 && <li className="menu-heading">Recent</li>}
        {recent
          .filter((name) => name !== fileName)
          .map((name) => (
            <li role="menuitem" key={name}>
              <button type="button" onClick={run(() => void openWorkspace(name))}>{name}</button>
            </li>
          ))}
      </ul>
    </details>
  );
}
