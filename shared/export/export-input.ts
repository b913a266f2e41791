import { z } from 'zod';
import type { Article, Figure } from '../domain/dataset-schema';
import type { Workspace } from '../workspace/workspace-schema';
import type { ChartImage } from './export-contract';

/** What the analyst sees in the grid, in its order: the rows left by filters and sort, and the visible columns. */
export const ExportViewSchema = z
  .object({
    rowIds: z.array(z.string()).max(1_000_000),
    /** Grid column ids in display order: "entity", "value:<article id>", "delta", ... */
    columns: z.array(z.string()).max(1_000),
  })
  .strict();
export type ExportView = z.infer<typeof ExportViewSchema>;

/** "view": the comparison as shown; "all": every row and column in the default order. */
export const ExportScopeSchema = z.enum(['view', 'all']);
export type ExportScope = z.infer<typeof ExportScopeSchema>;

export interface ExportInput {
  readonly articles: readonly Article[];
  readonly figures: readonly Figure[];
  readonly workspace: Workspace;
  /** The workspace's name, for the workbook's record; null when none is open. */
  readonly workspaceName: string | null;
  readonly scope: ExportScope;
  readonly view: ExportView;
  /** ISO time of the export. */
  readonly exportedAt: string;
  /** Pictures of the window's charts, in order, for a Charts sheet; with none there is no Charts sheet, unless `chartsUnavailable` says why. */
  readonly charts?: readonly ChartImage[];
  /** Why there are no pictures, written on the Charts sheet instead (the command line has no window to draw them). */
  readonly chartsUnavailable?: string;
}

export { ARTICLE_DELTA_PREFIX, IDENTITY_COLUMNS, LATEST_COLUMN, SUMMARY_COLUMNS, VALUE_COLUMN_PREFIX } from '../domain/comparison-columns';
