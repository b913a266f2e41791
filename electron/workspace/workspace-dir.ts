import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Where workspaces live: `--workspace-dir DIR`, or CROSSCHECK_WORKSPACE_DIR, or the given
 * default (Electron's user-data folder; ~/.crosscheck/workspaces in browser mode).
 */
export function resolveWorkspaceDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback = path.join(homedir(), '.crosscheck', 'workspaces')): string {
  const flag = argv.indexOf('--workspace-dir');
  if (flag >= 0 && argv[flag + 1]) return path.resolve(argv[flag + 1]);
  if (env.CROSSCHECK_WORKSPACE_DIR) return path.resolve(env.CROSSCHECK_WORKSPACE_DIR);
  return fallback;
}
