import { bench, describe } from 'vitest';
import { appendHistory, newWorkspace, setCellAssumption } from '@shared/workspace/operations';
import { WorkspaceSchema, type Workspace } from '@shared/workspace/workspace-schema';

// A heavy workspace: 10,000 values, each with 3 history entries, in one scenario. Every
// autosave sends it whole and the main side validates it before writing.
function heavyWorkspace(): Workspace {
  const now = new Date('2026-11-21T10:00:00.000Z');
  let workspace = newWorkspace(now);
  for (let i = 0; i < 10_000; i++) {
    const assumption = { value: i * 1e6, input: `${i}M`, setAt: now.toISOString() };
    workspace = setCellAssumption(workspace, 'base', `row-${i}`, 'article', assumption);
    for (let h = 0; h < 3; h++) {
      workspace = appendHistory(workspace, 'base', `row-${i}#article`, { at: now.toISOString(), value: i + h, previous: null, input: null, action: 'edit' });
    }
  }
  return workspace;
}

const HEAVY = heavyWorkspace();
const TEXT = JSON.stringify(HEAVY);

describe(`workspace save path, 10,000 values (${(TEXT.length / 1e6).toFixed(1)} MB)`, () => {
  bench('serialize (renderer sends it)', () => {
    JSON.stringify(HEAVY);
  });
  bench('parse the request body', () => {
    JSON.parse(TEXT);
  });
  bench('validate with the workspace schema (main side)', () => {
    WorkspaceSchema.parse(HEAVY);
  });
});
