import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { version } from '../../package.json';
import { resolveDataDir } from '../data/data-dir';
import { createDatasetSource } from '../data/dataset-source';
import { resolveExportDir } from '../excel/export-dir';
import { createExportService } from '../excel/export-service';
import { nodeExportServiceFs } from '../excel/node-export-fs';
import { nodeDatasetFs } from '../data/node-dataset-fs';
import { createHandlers } from '../handlers/create-handlers';
import { createNodeWorkspaceRepository } from '../workspace/create-node-repository';
import { resolveWorkspaceDir } from '../workspace/workspace-dir';
import { createHostServer } from './server';

/**
 * Browser mode: `node out/main/browser-host.js [--port N] [--data-dir DIR] [--workspace-dir DIR] [--export-dir DIR] [--no-open]`.
 * Serves the built renderer and the main-process handlers on 127.0.0.1, prints the URL
 * (with this launch's token in its fragment) and opens it where a desktop browser exists.
 */
const argv = process.argv.slice(2);
const portFlag = argv.indexOf('--port');
const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : 0;
const dataDir = resolveDataDir(argv, process.env, __dirname);
const workspaceDir = resolveWorkspaceDir(argv, process.env);
const workspaces = createNodeWorkspaceRepository(workspaceDir);
const exportDir = resolveExportDir(argv, process.env);
const loadData = createDatasetSource(dataDir, nodeDatasetFs);
// Read and validate the data while the page is still on its way, not after it asks.
void loadData();
const token = randomBytes(24).toString('base64url');

const server = createHostServer({
  handlers: createHandlers({
    dataDir,
    loadDataset: loadData,
    workspaces,
    exports: createExportService({ exportDir, loadDataset: loadData, fs: nodeExportServiceFs }),
    mode: 'browser',
    version,
  }),
  rendererDir: path.join(__dirname, '../renderer'),
  token,
});

server.on('error', (error) => {
  console.error(`Crosscheck browser mode could not start: ${error.message}`);
  process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://127.0.0.1:${actualPort}/#token=${token}`;
  console.log(`Crosscheck (browser mode) is running at ${url}`);
  console.log(`Data folder: ${dataDir}`);
  console.log(`Workspace folder: ${workspaceDir}`);
  console.log(`Excel exports go to: ${exportDir}`);
  console.log('Press Ctrl+C to stop.');
  if (!argv.includes('--no-open')) openInBrowser(url);
});

// A clean stop lets go of the workspace locks, so the next start does not report a crash.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void workspaces.closeAll().finally(() => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  });
}

/** Opens the URL in the desktop's browser where there is a desktop; otherwise the printed URL is the way in. */
function openInBrowser(url: string): void {
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay) {
    console.log('No display found: open the URL above in a browser.');
    return;
  }
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`Could not run ${command}: open the URL above in a browser.`));
  child.unref();
}
