import { z } from 'zod';
import { WorkspaceSchema } from '../workspace/workspace-schema';
import { ExportScopeSchema, ExportViewSchema } from './export-input';
import { pngBase64Problem } from './png-base64';

/** The IPC inputs and outputs of Excel export and import; contract.ts puts them in the channel table. */

/** Charts one export takes: the delta overview and the pinned charts. */
export const MAX_CHARTS = 12;
/** Base64 characters of one chart's PNG (about 4.5 MB of PNG): twelve of them still fit the browser host's request limit. */
export const MAX_CHART_BASE64_CHARS = 6 * 1024 * 1024;
const MIN_CHART_PX = 50;
const MAX_CHART_PX = 4_000;
const MAX_CAPTION_CHARS = 600;

const chartPixels = (side: 'width' | 'height') => {
  const message = `its ${side} must be a whole number of pixels from ${MIN_CHART_PX} to ${MAX_CHART_PX}`;
  return z.int({ error: message }).min(MIN_CHART_PX, message).max(MAX_CHART_PX, message);
};

/**
 * A chart the window drew, as a picture for the workbook's Charts sheet. Messages start with
 * "its": ChartListSchema names the chart in front of them.
 */
export const ChartImageSchema = z
  .object({
    /** What the chart shows, the scenario and the date, composed by the window; the picture's caption and alt text. */
    caption: z
      .string({ error: 'its caption is not text' })
      .trim()
      .min(1, 'its caption is empty; it should say what the chart shows')
      .max(MAX_CAPTION_CHARS, `its caption is longer than ${MAX_CAPTION_CHARS} characters`),
    /** A PNG file as base64, without the `data:image/png;base64,` of a data URL. */
    pngBase64: z
      .string({ error: 'its picture is not text' })
      .max(MAX_CHART_BASE64_CHARS, `its picture is larger than ${MAX_CHART_BASE64_CHARS / 1024 / 1024} MB of base64`)
      .superRefine((base64, ctx) => {
        const problem = pngBase64Problem(base64);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    /** The size the picture is shown at in the sheet, in CSS pixels; the PNG itself may have more (a 2x rendering stays sharp). */
    widthPx: chartPixels('width'),
    heightPx: chartPixels('height'),
  })
  .strict();
export type ChartImage = z.infer<typeof ChartImageSchema>;

/** “Chart 2 (“Delta overview, Base, …”)”: how a message names a chart, by its place and, if it has one, its caption. */
function chartLabel(chart: unknown, index: number): string {
  const caption = typeof chart === 'object' && chart !== null && 'caption' in chart && typeof chart.caption === 'string' ? chart.caption.trim() : '';
  const shown = caption.length > 60 ? `${caption.slice(0, 61).replace(/\s+\S*$/u, '')}…` : caption;
  return shown ? `Chart ${index + 1} (“${shown}”)` : `Chart ${index + 1}`;
}

function tooManyCharts(count: number): string {
  const extra = count === MAX_CHARTS + 1 ? `chart ${count} does` : `charts ${MAX_CHARTS + 1} to ${count} do`;
  return `An export takes at most ${MAX_CHARTS} charts; this one has ${count}, so ${extra} not fit. Unpin some charts and export again.`;
}

/**
 * The charts of an export, in order. Each is checked on its own so that a refusal names the
 * chart (“Chart 2 (“…”): its picture is not a PNG image”) rather than only its path.
 */
const ChartListSchema = z
  .array(z.unknown())
  .max(MAX_CHARTS, { error: (issue) => tooManyCharts(Array.isArray(issue.input) ? issue.input.length : MAX_CHARTS + 1) })
  .transform((charts, ctx): ChartImage[] =>
    charts.map((chart, index) => {
      const parsed = ChartImageSchema.safeParse(chart);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: [index, ...issue.path], message: `${chartLabel(chart, index)}: ${issue.message}.`, input: chart });
      return z.NEVER;
    }),
  );

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
    /** Pictures for the Charts sheet, in order; none (or an older caller that sends none) means no Charts sheet. */
    charts: ChartListSchema.default([]),
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
