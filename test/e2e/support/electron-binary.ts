import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './host';

/**
 * Where Electron's runtime binary is, or why it cannot be used. Checked without calling
 * require('electron'), which would try to download the binary in the middle of a test run.
 */
export function findElectronBinary(): { path: string } | { reason: string } {
  const packageDir = path.join(PROJECT_ROOT, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    if (existsSync(candidate)) return withDisplay(candidate);
  }
  if (!existsSync(pathFile)) {
    return { reason: 'Electron runtime binary is not installed (node_modules/electron/path.txt is missing: Electron fetches it on first start, and that download has not happened on this machine)' };
  }
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { reason: `Electron runtime binary is missing at ${binary}` };
  return withDisplay(binary);
}

function withDisplay(binary: string): { path: string } | { reason: string } {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'Electron needs a display: no DISPLAY or WAYLAND_DISPLAY is set (run the tests under xvfb-run)' };
  }
  return { path: binary };
}
