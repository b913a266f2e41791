import { z } from 'zod';
import { formatIssuePath } from '../domain/issue-path';
import {
  AssumptionSchema,
  DEFAULT_COMPARISON_VIEW,
  DEFAULT_WORKBENCH_LAYOUT,
  DEFAULT_SETTINGS,
  WORKSPACE_SCHEMA_VERSION,
  WorkspaceSchema,
  WorkspaceV2Schema,
  WorkspaceV3Schema,
  type Workspace,
} from './workspace-schema';

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
function fromV2(v2: z.infer<typeof WorkspaceV2Schema>): z.infer<typeof WorkspaceV3Schema> {
  return { ...v2, schemaVersion: 3, periodOverrides: {}, settings: DEFAULT_SETTINGS };
}

/** Version 3 had no imported articles and compared the two articles it had, oldest as baseline. */
function fromV3(v3: z.infer<typeof WorkspaceV3Schema>): Workspace {
  return { ...v3, schemaVersion: WORKSPACE_SCHEMA_VERSION, articles: [], view: DEFAULT_COMPARISON_VIEW, layout: DEFAULT_WORKBENCH_LAYOUT };
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
  if (version === 1 || version === 2 || version === 3) {
    const old = version === 1 ? WorkspaceV1Schema.safeParse(json) : version === 2 ? WorkspaceV2Schema.safeParse(json) : WorkspaceV3Schema.safeParse(json);
    if (!old.success) return firstIssue(old.error.issues);
    const v2 = 'assumptionsByRow' in old.data ? fromV1(old.data) : old.data;
    const v3 = v2.schemaVersion === 3 ? v2 : fromV2(v2);
    const current = WorkspaceSchema.safeParse(fromV3(v3));
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
