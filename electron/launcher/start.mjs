// `npm start`: the desktop app where Electron can run, browser mode otherwise, always
// saying which and why. Plain JavaScript because it runs before anything is built for it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const passThrough = process.argv.slice(2);

function electronUnavailableReason() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)';
  }
  try {
    // Resolving the package fetches the Electron binary on first use; that fetch fails where
    // its download host cannot be reached.
    const electronPath = createRequire(import.meta.url)('electron');
    return typeof electronPath === 'string' ? { electronPath } : 'the electron package did not give a binary path';
  } catch (error) {
    return `its runtime binary is not installed and could not be downloaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}

const verdict = electronUnavailableReason();
if (typeof verdict === 'object') {
  console.log('Starting Crosscheck (desktop app).');
  run(verdict.electronPath, ['.', ...passThrough]);
} else {
  console.log(`Electron cannot start here: ${verdict}.`);
  console.log('Starting browser mode instead: the same app and data, served on 127.0.0.1.');
  run(process.execPath, [path.join(root, 'out', 'main', 'browser-host.js'), ...passThrough]);
}
