import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SEED_DATA_DIR = path.join(PROJECT_ROOT, 'electron', 'seed-data');
const HOST_ENTRY = path.join(PROJECT_ROOT, 'out', 'main', 'browser-host.js');

export interface RunningHost {
  readonly url: string;
  readonly dataDir: string;
  readonly workspaceDir: string;
  /** Where Export to Excel writes. */
  readonly exportDir: string;
  readonly process: ChildProcess;
  readonly output: () => string;
  stop(): Promise<void>;
}

/** A fresh copy of the seed data in a temporary folder, for one test to change as it likes. */
export async function makeDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-e2e-'));
  await cp(SEED_DATA_DIR, dir, { recursive: true });
  return dir;
}

/** An empty temporary folder, e.g. for one test's workspaces. */
export async function makeEmptyDir(prefix = 'crosscheck-workspaces-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/**
 * Starts the browser-mode host on a free port and resolves with the URL it prints. Without
 * a workspace folder it gets a fresh one of its own, so no test touches the user's files.
 */
export async function startHost(dataDir: string, workspaceDir?: string, exportDir?: string): Promise<RunningHost> {
  const workspaces = workspaceDir ?? (await makeEmptyDir());
  const exports = exportDir ?? path.join(workspaces, 'exports');
  const child = spawn(process.execPath, [HOST_ENTRY, '--port', '0', '--data-dir', dataDir, '--workspace-dir', workspaces, '--export-dir', exports, '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise<RunningHost>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) {
        child.stdout?.off('data', onData);
        resolve({
          url: match[1],
          dataDir,
          workspaceDir: workspaces,
          exportDir: exports,
          process: child,
          output: () => output,
          stop: () => stopProcess(child),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`The host exited (code ${code}) before it was ready:\n${output}`)));
  });
}

/** Ends the host at once, as a crash or a forced kill would: no clean-up runs. */
export function killHost(host: RunningHost): Promise<void> {
  if (host.process.exitCode !== null || host.process.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    host.process.once('exit', () => resolve());
    host.process.kill('SIGKILL');
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
