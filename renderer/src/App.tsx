import { useEffect } from 'react';
import { GridContextMenu } from './components/GridContextMenu';
import { CellErrorMessage } from './components/CellErrorMessage';
import { DataProblems } from './components/DataProblems';
import { NoticeBanner } from './components/NoticeBanner';
import { DialogHost } from './components/dialogs/DialogHost';
import { DocumentTitle } from './components/DocumentTitle';
import { useMenuCommands } from './hooks/useMenuCommands';
import { useShortcuts } from './hooks/useShortcuts';
import { useArticleDrop } from './hooks/useArticleDrop';
import { ArticleImportError } from './components/ArticleImportError';
import { ReviewView } from './review/ReviewView';
import { useUnsavedGuard } from './hooks/useUnsavedGuard';
import { Toolbar } from './components/Toolbar';
import { Workbench } from './layout/Workbench';
import { useEscapeClosesMenus } from './hooks/useEscapeClosesMenus';
import { useCrosscheckStore } from './store/store';

/** The window: toolbar, data problems, and the workbench (the comparison grid with its panes). */
export function App() {
  const loadState = useCrosscheckStore((state) => state.loadState);
  const loadError = useCrosscheckStore((state) => state.loadError);
  const loadDataset = useCrosscheckStore((state) => state.loadDataset);
  const startWorkspace = useCrosscheckStore((state) => state.startWorkspace);
  const fileName = useCrosscheckStore((state) => state.fileName);
  const isReviewing = useCrosscheckStore((state) => state.reviewArticleId !== null);
  const isDraggingFile = useArticleDrop();
  useShortcuts();
  useMenuCommands();
  useUnsavedGuard();
  useEscapeClosesMenus();

  useEffect(() => {
    // The workspace does not depend on the dataset: both are fetched at once, so a large data
    // folder and the workspace file load side by side instead of one after the other.
    void loadDataset({ applyAfter: startWorkspace() });
  }, [loadDataset, startWorkspace]);

  return (
    // data-app-state is the readiness marker end-to-end tests wait on.
    <div className="app" data-app-state={loadState} data-workspace={fileName ?? ''}>
      <DocumentTitle />
      <Toolbar />
      {loadError && (
        <div className="banner banner-error" role="alert" data-testid="load-error">
          <strong>The data could not be loaded.</strong> {loadError}{' '}
          <button type="button" onClick={() => void loadDataset()}>
            Try again
          </button>
        </div>
      )}
      <NoticeBanner />
      <DataProblems />
      <CellErrorMessage />
      <ArticleImportError />
      {isReviewing ? (
        <main className="workspace">
          <ReviewView />
        </main>
      ) : (
        <>
          <main className="workspace">
            <Workbench />
          </main>
          <GridContextMenu />
        </>
      )}
      {isDraggingFile && (
        <div className="drop-overlay" data-testid="drop-overlay">
          Drop an article (text, Markdown or HTML) to import it
        </div>
      )}
      <DialogHost />
    </div>
  );
}
