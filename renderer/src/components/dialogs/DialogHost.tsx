import { activeScenario } from '@shared/workspace/operations';
import { useCrosscheckStore } from '../../store/store';
import { AddRowDialog } from './AddRowDialog';
import { ArticleImportDialog } from './ArticleImportDialog';
import { ColumnsDialog } from './ColumnsDialog';
import { PasteArticleDialog } from './PasteArticleDialog';
import { ExportDialog } from './ExportDialog';
import { ExportProgressDialog } from './ExportProgressDialog';
import { FxRatesDialog } from './FxRatesDialog';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { NameDialog } from './NameDialog';
import { OpenWorkspaceDialog } from './OpenWorkspaceDialog';
import { WorkspaceProblemDialog } from './WorkspaceProblemDialog';
import { KeyboardMapDialog } from './KeyboardMapDialog';
import { PasteReportDialog } from './PasteReportDialog';
import { SettingsDialog } from './SettingsDialog';

/** Renders whichever dialog is open; problems with a workspace file come first. */
export function DialogHost() {
  const dialog = useCrosscheckStore((state) => state.dialog);
  const hasProblem = useCrosscheckStore((state) => state.workspaceProblem !== null);
  const fileName = useCrosscheckStore((state) => state.fileName);
  const scenario = useCrosscheckStore((state) => activeScenario(state.workspace));
  const openDialog = useCrosscheckStore((state) => state.openDialog);
  const createWorkspace = useCrosscheckStore((state) => state.createWorkspace);
  const saveWorkspaceAs = useCrosscheckStore((state) => state.saveWorkspaceAs);
  const duplicateScenario = useCrosscheckStore((state) => state.duplicateScenario);
  const renameScenario = useCrosscheckStore((state) => state.renameScenario);
  const close = () => openDialog(null);
  // A failed create or Save As shows its reason in the problem dialog; the name dialog just closes.
  const viaProblem = (action: (name: string) => Promise<boolean>) => async (name: string) => {
    await action(name);
    return null;
  };

  const hasPendingPlan = useCrosscheckStore((state) => state.pendingPlan !== null);
  if (hasProblem) return <WorkspaceProblemDialog />;
  if (hasPendingPlan) return <PasteReportDialog />;
  switch (dialog) {
    case 'open':
      return <OpenWorkspaceDialog onClose={close} />;
    case 'new':
      return <NameDialog title="New workspace" label="Name" initial="" confirm="Create" onSubmit={viaProblem(createWorkspace)} onClose={close} />;
    case 'save-as':
      return <NameDialog title="Save workspace as" label="Name" initial={fileName ? `${fileName} copy` : ''} confirm="Save" onSubmit={viaProblem(saveWorkspaceAs)} onClose={close} />;
    case 'new-scenario':
      return <NameDialog title={`Duplicate “${scenario.name}”`} label="Name of the new scenario" initial="" confirm="Create" onSubmit={(name) => (duplicateScenario(name), null)} onClose={close} />;
    case 'rename-scenario':
      return <NameDialog title="Rename scenario" label="Name" initial={scenario.name} confirm="Rename" onSubmit={(name) => (renameScenario(scenario.id, name), null)} onClose={close} />;
    case 'add-row':
      return <AddRowDialog onClose={close} />;
    case 'export':
      return <ExportDialog onClose={close} today={new Date().toISOString().slice(0, 10)} />;
    case 'export-progress':
      return <ExportProgressDialog />;
    case 'import-preview':
      return <ImportPreviewDialog />;
    case 'article-import':
      return <ArticleImportDialog />;
    case 'paste-article':
      return <PasteArticleDialog onClose={close} />;
    case 'columns':
      return <ColumnsDialog onClose={close} />;
    case 'keyboard-map':
      return <KeyboardMapDialog onClose={close} />;
    case 'settings':
      return <SettingsDialog onClose={close} />;
    case 'fx-rates':
      return <FxRatesDialog onClose={close} today={new Date().toISOString().slice(0, 10)} />;
    default:
      return null;
  }
}
