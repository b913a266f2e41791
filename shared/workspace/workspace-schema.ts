import { z } from 'zod';
import { CURRENCY_CODES, UNIT_KINDS } from '../domain/units';

/**
 * The analyst's workspace: everything the analyst adds on top of the articles, which are
 * never modified. One file per workspace; this is its current shape. Older shapes are
 * migrated on open (migrations.ts).
 */
export const WORKSPACE_SCHEMA_VERSION = 3;

/** The analyst's own value for a row, kept beside the articles' columns. */

const isoTimestamp = z.iso.datetime({ offset: true });

export const AssumptionSchema = z.object({
  value: z.number(),
  /** What the analyst typed. */
  input: z.string(),
  setAt: isoTimestamp,
  /** The currency typed into a cell no article fills (it may differ from the row's); absent otherwise. */
  currency: z.enum(CURRENCY_CODES).optional(),
});

/** An exchange rate the analyst uses: 1 `from` = `rate` `to`. */
export const FxRateSchema = z.object({
  from: z.enum(CURRENCY_CODES),
  to: z.enum(CURRENCY_CODES),
  rate: z.number().positive(),
  /** The date the rate is taken at (YYYY-MM-DD). */
  asOf: z.iso.date(),
  /** Where the rate comes from, for whoever checks the sheet. */
  note: z.string(),
  setAt: isoTimestamp,
});

export const ScenarioSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** By row id, then by column: an article id or ANALYST_COLUMN. */
  assumptions: z.record(z.string(), z.record(z.string(), AssumptionSchema)),
  /** By "FROM/TO", e.g. "CNY/USD". */
  fxRates: z.record(z.string(), FxRateSchema),
});

/** A row the analyst adds for a metric no article gives. */
export const CustomRowSchema = z
  .object({
    id: z.string().regex(/^custom:/, 'must start with "custom:"'),
    entity: z.string().min(1),
    entityName: z.string().min(1),
    segment: z.string().min(1).nullable(),
    metricLabel: z.string().min(1),
    unit: z.enum(UNIT_KINDS),
    currency: z.enum(CURRENCY_CODES).nullable(),
    createdAt: isoTimestamp,
  })
  .refine((row) => (row.unit === 'currency') === (row.currency !== null), {
    message: 'a currency is required exactly when unit is "currency"',
    path: ['currency'],
  });

export const NoteSchema = z.object({ text: z.string(), setAt: isoTimestamp });

/** One value a cell held, when, and what it replaced. null means the article's own value. */
export const HistoryEntrySchema = z.object({
  at: isoTimestamp,
  value: z.number().nullable(),
  previous: z.number().nullable(),
  input: z.string().nullable(),
  action: z.enum(['edit', 'reset', 'restore', 'undo', 'redo', 'import']),
});

/** Version 2: scenarios, rows, notes and history. Kept to read files written by it. */
export const WorkspaceV2Schema = z.object({
  schemaVersion: z.literal(2),
  createdAt: isoTimestamp,
  activeScenarioId: z.string().min(1),
  scenarios: z.array(ScenarioSchema).min(1),
  customRows: z.array(CustomRowSchema),
  /** By cell key (see cellKey). */
  notes: z.record(z.string(), NoteSchema),
  /** By scenario id, then cell key; append-only, not undone by undo. */
  history: z.record(z.string(), z.record(z.string(), z.array(HistoryEntrySchema))),
});

/** The analyst's reading of a figure's period where the article's is wrong or vague. */
export const PeriodOverrideSchema = z.object({ label: z.string().min(1), setAt: isoTimestamp });

export const WorkspaceSettingsSchema = z.object({
  /** Relative difference beyond which two values for the same period disagree (0.01 = 1%). */
  disagreementTolerance: z.number().min(0).max(10),
});

export const DEFAULT_SETTINGS: z.infer<typeof WorkspaceSettingsSchema> = { disagreementTolerance: 0.01 };

/** Version 3 (current): adds the analyst's period corrections and the disagreement tolerance. */
export const WorkspaceSchema = WorkspaceV2Schema.extend({
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  /** By figure id. */
  periodOverrides: z.record(z.string(), PeriodOverrideSchema),
  settings: WorkspaceSettingsSchema,
}).superRefine((workspace, ctx) => {
    const ids = workspace.scenarios.map((scenario) => scenario.id);
    if (!ids.includes(workspace.activeScenarioId)) {
      ctx.addIssue({ code: 'custom', path: ['activeScenarioId'], message: `no scenario has the id "${workspace.activeScenarioId}"` });
    }
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) ctx.addIssue({ code: 'custom', path: ['scenarios', index, 'id'], message: `duplicate scenario id "${id}"` });
    });
  });

export type Assumption = z.infer<typeof AssumptionSchema>;
export type FxRate = z.infer<typeof FxRateSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type CustomRow = z.infer<typeof CustomRowSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type Workspace = z.infer<typeof WorkspaceSchema>;
export type PeriodOverride = z.infer<typeof PeriodOverrideSchema>;
export type WorkspaceSettings = z.infer<typeof WorkspaceSettingsSchema>;

/** A cell of the grid: a row and a column (article id or ANALYST_COLUMN). */
export function cellKey(rowId: string, columnId: string): string {
  return `${rowId}#${columnId}`;
}

export function fxKey(from: string, to: string): string {
  return `${from}/${to}`;
}
