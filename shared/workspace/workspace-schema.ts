import { z } from 'zod';
import { ArticleMetaSchema, FigureSchema } from '../domain/dataset-schema';
import { CURRENCY_CODES, UNIT_KINDS } from '../domain/units';
import { CANDIDATE_KINDS } from '../extract/candidate';
import { ARTICLE_FORMATS } from '../intake/prepared-article';

/**
 * The analyst's workspace: everything the analyst adds on top of the articles, which are
 * never modified. One file per workspace; this is its current shape. Older shapes are
 * migrated on open (migrations.ts).
 */
export const WORKSPACE_SCHEMA_VERSION = 4;

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

/** How copied numbers go out: in the row's display scale (83.6 for $83.6B, 22 for 22%), or in full (83600000000, 0.22). */
export const COPY_NUMBER_FORMATS = ['display-scale', 'full'] as const;
export type CopyNumberFormat = (typeof COPY_NUMBER_FORMATS)[number];

export const WorkspaceSettingsSchema = z.object({
  /** Relative difference beyond which two values for the same period disagree (0.01 = 1%). */
  disagreementTolerance: z.number().min(0).max(10),
  /** Added after version 4 was released: files without it read as the display scale. */
  copyNumbers: z.enum(COPY_NUMBER_FORMATS).default('display-scale'),
});

export const DEFAULT_SETTINGS: z.infer<typeof WorkspaceSettingsSchema> = { disagreementTolerance: 0.01, copyNumbers: 'display-scale' };

/** Version 3: adds the analyst's period corrections and the disagreement tolerance. Kept to read files written by it. */
export const WorkspaceV3Schema = WorkspaceV2Schema.extend({
  schemaVersion: z.literal(3),
  /** By figure id. */
  periodOverrides: z.record(z.string(), PeriodOverrideSchema),
  settings: WorkspaceSettingsSchema,
});

/** Where a candidate stands in the review queue; only accepted ones join the comparison. */
export const REVIEW_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A figure the extractor proposed, as the analyst has reviewed (and perhaps edited) it. */
export const ReviewedCandidateSchema = z.object({
  figure: FigureSchema,
  kind: z.enum(CANDIDATE_KINDS),
  confidence: z.number().min(0).max(1),
  metricWords: z.array(z.string()),
  status: z.enum(REVIEW_STATUSES),
  reviewedAt: isoTimestamp.nullable(),
});

/** An article the analyst imported: kept whole in the workspace, so its figures stay traceable. */
export const ImportedArticleSchema = z
  .object({
    article: ArticleMetaSchema.omit({ textFile: true }).extend({ url: z.string().min(1).nullable() }),
    /** The article text the figures' offsets index into. */
    text: z.string().min(1),
    /** articleTextHash(text): finds the same article imported twice. */
    textHash: z.string().min(1),
    format: z.enum([...ARTICLE_FORMATS, 'paste']),
    /** The file it came from, or "pasted text". */
    sourceName: z.string().min(1),
    importedAt: isoTimestamp,
    /** In text order. */
    candidates: z.array(ReviewedCandidateSchema),
  })
  .superRefine((imported, ctx) => {
    // Provenance is checked on every load, not trusted: a quote that no longer sits at its
    // offsets would point the analyst at the wrong words.
    const ids = new Set<string>();
    imported.candidates.forEach(({ figure }, index) => {
      const path = ['candidates', index, 'figure'];
      if (figure.articleId !== imported.article.id) ctx.addIssue({ code: 'custom', path: [...path, 'articleId'], message: `must be "${imported.article.id}", the id of this article` });
      if (ids.has(figure.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate figure id "${figure.id}"` });
      ids.add(figure.id);
      for (const span of ['quote', 'asWritten'] as const) {
        if (imported.text.slice(figure[span].start, figure[span].end) !== figure[span].text) {
          ctx.addIssue({ code: 'custom', path: [...path, span], message: `the text at characters ${figure[span].start}–${figure[span].end} is not “${figure[span].text}”` });
        }
      }
    });
  });

/** The charts of the chart pane: the delta overview, the selected row's values, one metric across companies. */
export const CHART_KINDS = ['deltas', 'row', 'metric'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** A workbook holds the delta overview and at most this many pinned charts besides. */
export const MAX_PINNED_CHARTS = 10;

/** A chart the analyst pinned: what it shows, not its picture, so the workbook draws it with the numbers of the day. */
export const PinnedChartSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('row'), rowId: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('metric'), metric: z.string().min(1) }).strict(),
]);

/** Rows grouped under a header per company, or per company and segment. */
export const GROUP_BY_CHOICES = ['none', 'company', 'company-segment'] as const;
export type GroupBy = (typeof GROUP_BY_CHOICES)[number];

/** How the analyst arranged the comparison: the baseline, the columns' order and visibility, and the grouping. */
export const ComparisonViewSchema = z.object({
  /** The article every other is compared against; null means the oldest. */
  baselineArticleId: z.string().min(1).nullable(),
  /** Grid column ids in the analyst's order; columns not listed keep their default place. */
  columnOrder: z.array(z.string()),
  hiddenColumns: z.array(z.string()),
  // The grouping was added after version 4 was released: files without it read as not grouped.
  groupBy: z.enum(GROUP_BY_CHOICES).default('none'),
  /** Keys of the groups the analyst collapsed. */
  collapsedGroups: z.array(z.string()).default([]),
  /** Charts the analyst pinned for the workbook's Charts sheet; added after version 4 was released. */
  pinnedCharts: z.array(PinnedChartSchema).max(MAX_PINNED_CHARTS).default([]),
});

export const DEFAULT_COMPARISON_VIEW: z.infer<typeof ComparisonViewSchema> = {
  baselineArticleId: null,
  columnOrder: [],
  hiddenColumns: [],
  groupBy: 'none',
  collapsedGroups: [],
  pinnedCharts: [],
};

/** The workbench's panes beside and below the grid. */
export const PANE_IDS = ['detail', 'sources', 'charts'] as const;
export type PaneId = (typeof PANE_IDS)[number];

/**
 * How the analyst arranged the window: pane sizes, which panes are closed, the chart shown.
 * Saved with the workspace but outside undo: dragging a splitter is not an edit to take back.
 */
export const WorkbenchLayoutSchema = z.object({
  /** Each panel's share of its group, in percent, by panel id, as the analyst last set it. */
  sizes: z.record(z.string(), z.number().min(0).max(100)).default({}),
  closedPanes: z.array(z.enum(PANE_IDS)).default([]),
  chartKind: z.enum(CHART_KINDS).default('deltas'),
  /** The metric of the "across companies" chart; null picks the one most companies report. */
  chartMetric: z.string().min(1).nullable().default(null),
});

export const DEFAULT_WORKBENCH_LAYOUT: z.infer<typeof WorkbenchLayoutSchema> = { sizes: {}, closedPanes: [], chartKind: 'deltas', chartMetric: null };

/** Version 4 (current): adds imported articles with their reviewed figures, and the comparison's view. */
export const WorkspaceSchema = WorkspaceV3Schema.extend({
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  articles: z.array(ImportedArticleSchema),
  view: ComparisonViewSchema,
  // Added after version 4 was released: files without it open with the default panes.
  layout: WorkbenchLayoutSchema.default(DEFAULT_WORKBENCH_LAYOUT),
}).superRefine((workspace, ctx) => {
    const articleIds = workspace.articles.map((imported) => imported.article.id);
    articleIds.forEach((id, index) => {
      if (articleIds.indexOf(id) !== index) ctx.addIssue({ code: 'custom', path: ['articles', index, 'article', 'id'], message: `duplicate article id "${id}"` });
    });
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
export type ReviewedCandidate = z.infer<typeof ReviewedCandidateSchema>;
export type ImportedArticle = z.infer<typeof ImportedArticleSchema>;
export type ComparisonView = z.infer<typeof ComparisonViewSchema>;
export type PinnedChart = z.infer<typeof PinnedChartSchema>;
export type WorkbenchLayout = z.infer<typeof WorkbenchLayoutSchema>;

/** A cell of the grid: a row and a column (article id or ANALYST_COLUMN). */
export function cellKey(rowId: string, columnId: string): string {
  return `${rowId}#${columnId}`;
}

export function fxKey(from: string, to: string): string {
  return `${from}/${to}`;
}
