import { z } from 'zod';
import { formatIssuePath } from '../domain/issue-path';
import { AssumptionSchema, DEFAULT_SETTINGS, WORKSPACE_SCHEMA_VERSION, WorkspaceSchema, WorkspaceV2Schema, type Workspace } from './workspace-schema';

/**
 * Version 1 was the foundation's analyst layer written to disk as it stood: one flat set
 * of assumptions, no scenarios, notes, rows or history. It opens as a workspace whose
 * single "Base" scenario holds those assumptions.
 */
export const WorkspaceV1Schema = z.object({
  schemaVersion: z.literal(1),
  savedAt: z.iso.datetime({ offset: true }),
  assumptionsByRow: z.record(z.string(), z.record(z.string(), AssumptionSchema)),
});

function fromV1(v1: z.infer<typeof WorkspaceV1Schema>): z.infer<typeof WorkspaceV2Schema> {
  return {
    schemaVersion: 2,
    createdAt: v1.savedAt,
    activeScenarioId: 'base',
    scenarios: [{ id: 'base', name: 'Base', assumptions: v1.assumptionsByRow, fxRates: {} }],
    customRows: [],
    notes: {},
    history: {},
  };
}

/** Version 2 had no period corrections and a fixed disagreement tolerance (1%). */
function fromV2(v2: z.infer<typeof WorkspaceV2Schema>): Workspace {
  return { ...v2, schemaVersion: WORKSPACE_SCHEMA_VERSION, periodOverrides: {}, settings: DEFAULT_SETTINGS };
}

export type MigrationResult =
  | { ok: true; workspace: Workspace; migratedFrom: number | null }
  | { ok: false; location: string | null; message: string };

/**
 * Reads any known version of a parsed workspace file into the current shape, or says what
 * is wrong and where. A newer version than this app knows is refused, not guessed at.
 */
export function migrateWorkspace(json: unknown): MigrationResult {
  const version = typeof json === 'object' && json !== null && 'schemaVersion' in json ? json.schemaVersion : undefined;
  // Each older version is read by its own schema, then stepped up one version at a time.
  if (version === 1 || version === 2) {
    const v2 = version === 1 ? WorkspaceV1Schema.safeParse(json) : WorkspaceV2Schema.safeParse(json);
    if (!v2.success) return firstIssue(v2.error.issues);
    const current = WorkspaceSchema.safeParse(fromV2('assumptionsByRow' in v2.data ? fromV1(v2.data) : v2.data));
    if (!current.success) return firstIssue(current.error.issues);
    return { ok: true, workspace: current.data, migratedFrom: version };
  }
  if (typeof version === 'number' && version > WORKSPACE_SCHEMA_VERSION) {
    return { ok: false, location: 'schemaVersion', message: `this workspace was written by a newer Crosscheck (version ${version}; this app reads up to ${WORKSPACE_SCHEMA_VERSION})` };
  }
  const parsed = WorkspaceSchema.safeParse(json);
  if (!parsed.success) return firstIssue(parsed.error.issues);
  return { ok: true, workspace: parsed.data, migratedFrom: null };
}

function firstIssue(issues: readonly z.core.$ZodIssue[]): MigrationResult {
  const [issue] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return { ok: false, location: formatIssuePath(issue.path) || null, message: `${issue.message}${more}` };
}
