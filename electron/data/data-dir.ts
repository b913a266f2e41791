import path from 'node:path';

/**
 * The seed data ships in the repository beside the code (electron/seed-data). Built code
 * runs from out/main, two levels below the project root.
 */
export function defaultDataDir(builtFileDir: string): string {
  return path.resolve(builtFileDir, '..', '..', 'electron', 'seed-data');
}

/** `--data-dir DIR` on the command line, or CROSSCHECK_DATA_DIR, or the embedded seed data. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, builtFileDir: string): string {
  const flag = argv.indexOf('--data-dir');
  if (flag >= 0 && argv[flag + 1]) return path.resolve(argv[flag + 1]);
  if (env.CROSSCHECK_DATA_DIR) return path.resolve(env.CROSSCHECK_DATA_DIR);
  return defaultDataDir(builtFileDir);
}
