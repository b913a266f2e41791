import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Where exported workbooks go: `--export-dir DIR`, or CROSSCHECK_EXPORT_DIR, or the given
 * default (Documents/Crosscheck exports). The desktop app asks with a save dialog that starts here.
 */
export function resolveExportDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback = path.join(homedir(), 'Documents', 'Crosscheck exports')): string {
  const flag = argv.indexOf('--export-dir');
  if (flag >= 0 && argv[flag + 1]) return path.resolve(argv[flag + 1]);
  if (env.CROSSCHECK_EXPORT_DIR) return path.resolve(env.CROSSCHECK_EXPORT_DIR);
  return fallback;
}
