import { readFileSync } from 'node:fs';
import path from 'node:path';

const ARTICLES_DIR = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'articles');

/** A hand-written article file from test/fixtures/articles, as an import would read it. */
export function readArticleFixture(name: string): string {
  return readFileSync(path.join(ARTICLES_DIR, name), 'utf8');
}

/** Fixed, so a failure found once is found again on every machine. */
export const FC_OPTIONS = { seed: 20250526, numRuns: 300 } as const;
