import { app, BrowserWindow, ipcMain } from 'electron';
import path from 'node:path';
import { resolveDataDir } from './data/data-dir';
import { nodeDatasetFs } from './data/node-dataset-fs';
import { createDatasetSource } from './data/dataset-source';
import { chooseExportFile } from './excel/choose-export-file';
import { resolveExportDir } from './excel/export-dir';
import { createExportService } from './excel/export-service';
import { nodeExportServiceFs } from './excel/node-export-fs';
import { createHandlers } from './handlers/create-handlers';
import { createNodeWorkspaceRepository } from './workspace/create-node-repository';
import { resolveWorkspaceDir } from './workspace/workspace-dir';
import { isAppPage, registerIpc } from './ipc/register-ipc';
import { installAppMenu } from './menu';
import { isAllowedPermission, isAppUrl } from './security';
import { createMainWindow, hardenSession } from './window';

// Lifecycle only: the handlers, the window and the security rules live in their own modules.
const rendererIndex = path.join(__dirname, '../renderer/index.html');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

app.enableSandbox();

void app.whenReady().then(() => {
  hardenSession((permission, url) => isAllowedPermission(permission, url, path.dirname(rendererIndex), devServerUrl));
  const workspaces = createNodeWorkspaceRepository(resolveWorkspaceDir(process.argv, process.env, path.join(app.getPath('userData'), 'workspaces')));
  // Let go of workspace locks on a clean quit; a crash leaves them for the next start to recover.
  app.on('will-quit', (event) => {
    event.preventDefault();
    void workspaces.closeAll().finally(() => app.exit(0));
  });
  const dataDir = resolveDataDir(process.argv, process.env, __dirname);
  const loadData = createDatasetSource(dataDir, nodeDatasetFs);
  // Read and validate the data while the window is still being made, not after it asks.
  void loadData();
  const exports = createExportService({
    exportDir: resolveExportDir(process.argv, process.env, path.join(app.getPath('documents'), 'Crosscheck exports')),
    loadDataset: loadData,
    fs: nodeExportServiceFs,
    chooseTarget: (suggestedPath) => chooseExportFile(BrowserWindow.getFocusedWindow(), suggestedPath),
  });
  const handlers = createHandlers({
    dataDir,
    loadDataset: loadData,
    workspaces,
    exports,
    mode: 'electron',
    version: app.getVersion(),
  });
  registerIpc(ipcMain, handlers, (event) =>
    isAppPage(event, (url) => isAppUrl(url, path.dirname(rendererIndex), devServerUrl)),
  );
  const paths = { preload: path.join(__dirname, '../preload/index.js'), rendererIndex, devServerUrl };
  installAppMenu(() => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null, process.platform);
  createMainWindow(paths);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(paths);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
