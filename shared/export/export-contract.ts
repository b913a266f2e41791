import { z } from 'zod';
import { WorkspaceSchema } from '../workspace/workspace-schema';
import { ExportScopeSchema, ExportViewSchema } from './export-input';

/** The IPC inputs and outputs of Excel export and import; contract.ts puts them in the channel table. */

export const ExportStartSchema = z
  .object({
    /** A name, not a path: the file goes to the export folder (or where the desktop's save dialog says). */
    fileName: z.string(),
    overwrite: z.boolean(),
    scope: ExportScopeSchema,
    view: ExportViewSchema,
    /** The document as the window holds it, unsaved changes included: the export shows what the analyst sees. */
    workspace: WorkspaceSchema,
    workspaceName: z.string().nullable(),
  })
  .strict();

export const JobIdSchema = z.object({ jobId: z.string().regex(/^[a-z0-9-]{1,40}$/) }).strict();

/** The largest workbook import reads; the page refuses larger ones before reading them, the main side again. */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

export const ImportWorkbookSchema = z
  .object({
    fileName: z.string().max(300),
    // Base64 takes 4 characters for every 3 bytes.
    base64: z.string().max(Math.ceil(MAX_WORKBOOK_BYTES / 3) * 4),
  })
  .strict();

export type ExportError = { readonly kind: 'invalid-name' | 'exists' | 'locked' | 'write-failed' | 'cancelled' | 'no-data'; readonly message: string };

export type ExportStartOutcome = { readonly ok: true; readonly jobId: string; readonly file: string; readonly total: number } | { readonly ok: false; readonly error: ExportError };

export interface ExportJobStatus {
  readonly jobId: string;
  readonly state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Rows written, over all sheets, and how many there are. */
  readonly done: number;
  readonly total: number;
  /** Where the workbook is written. */
  readonly file: string;
  readonly error: ExportError | null;
  /** Comparison rows in the workbook. */
  readonly rows: number;
}

/** A cell as the workbook holds it, reduced to what import can use. */
export type ReadCell =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'empty' }
  /** An error value (#DIV/0!), or a formula saved without its result. */
  | { readonly kind: 'unreadable'; readonly reason: string };

export interface ReadRow {
  /** The row's number in the Comparison sheet, for messages. */
  readonly rowNumber: number;
  readonly rowId: string | null;
  /** One per value column of the record, in its order; null where that column was not found. */
  readonly cells: readonly (ReadCell | null)[];
}

export interface ReadWorkbook {
  readonly fileName: string;
  readonly scenarioId: string;
  readonly scenarioName: string;
  readonly exportedAt: string;
  readonly workspaceName: string | null;
  /** The exported value columns: article id (or the analyst's) with their header and, if found, their letter now. */
  readonly valueColumns: readonly { readonly id: string; readonly header: string; readonly letter: string | null }[];
  /** The values as exported, by row id, in the order of `valueColumns`. */
  readonly exported: Readonly<Record<string, readonly (number | null)[]>>;
  readonly rows: readonly ReadRow[];
  /** What could not be read at all: missing columns, a row without its ID. */
  readonly problems: readonly { readonly cell: string | null; readonly message: string }[];
}

export type ImportReadOutcome = { readonly ok: true; readonly workbook: ReadWorkbook } | { readonly ok: false; readonly message: string };
