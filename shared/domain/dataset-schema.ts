import { z } from 'zod';
import { METRICS, type MetricInfo } from './metrics';
import { CURRENCY_CODES, SCALES, UNIT_KINDS } from './units';

/**
 * The on-disk shape of one article in the dataset: `<id>.article.json` beside `<id>.txt`.
 * Offsets are indices into the article text as a JavaScript string (UTF-16 code units),
 * end exclusive, so `text.slice(start, end)` gives back the quoted text exactly.
 */
export const DATASET_SCHEMA_VERSION = 1;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/** A stretch of the article text. */
export const TextSpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().min(1),
  })
  .refine((span) => span.end - span.start === span.text.length, {
    message: 'end - start must equal the length of text',
  });
export type TextSpan = z.infer<typeof TextSpanSchema>;

/** How a period was established: written next to the figure, or read from its context. */
export const PERIOD_SOURCES = ['stated', 'inferred', 'unstated'] as const;

export const PeriodSchema = z
  .object({
    /** The period as the article writes it ("Q3 2024", "mid-term", "by 2026"); null if none. */
    label: z.string().min(1).nullable(),
    source: z.enum(PERIOD_SOURCES),
    /** Why an inferred period was inferred, for the analyst to judge. */
    note: z.string().optional(),
  })
  .refine((p) => (p.source === 'unstated') === (p.label === null), {
    message: 'label must be null exactly when source is "unstated"',
  });
export type Period = z.infer<typeof PeriodSchema>;

/** The measurement basis: how the number was computed. Two figures on different bases do not compare. */
export const BASES = ['yoy', 'qoq', 'non-hkfrs', 'gaap', 'non-gaap', 'adjusted', 'forward'] as const;
export type Basis = (typeof BASES)[number];

/** Hedges on the figure itself. */
export const QUALIFIERS = [
  'approximately',
  'over',
  'under',
  'up-to',
  'target',
  'range-low',
  'range-high',
  'estimate',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const FigureSchema = z
  .object({
    /** Stable id, unique across the dataset. */
    id: slug,
    articleId: slug,
    entity: slug,
    /** Business segment inside the entity (e.g. Lenovo's ISG), or null for the whole entity. */
    segment: z.string().min(1).nullable(),
    metric: slug,
    label: z.string().min(1),
    /** Value in base units (see units.ts). */
    value: z.number(),
    unit: z.enum(UNIT_KINDS),
    currency: z.enum(CURRENCY_CODES).nullable(),
    scale: z.enum(SCALES),
    /** The figure exactly as written, with its offsets. */
    asWritten: TextSpanSchema,
    /** The sentence or clause that states the figure, with its offsets. */
    quote: TextSpanSchema,
    period: PeriodSchema,
    basis: z.array(z.enum(BASES)),
    qualifiers: z.array(z.enum(QUALIFIERS)),
    note: z.string().optional(),
  })
  .superRefine((figure, ctx) => {
    if ((figure.unit === 'currency') !== (figure.currency !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: 'a currency code is required exactly when unit is "currency"',
      });
    }
    // A metric the catalog knows has one unit kind: "cash" in percent is a data-entry slip.
    // Metrics it does not know are allowed, so imported articles can bring new ones.
    const known: MetricInfo | undefined = Object.hasOwn(METRICS, figure.metric) ? (METRICS as Record<string, MetricInfo>)[figure.metric] : undefined;
    if (known && known.unitKind !== figure.unit) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `metric "${figure.metric}" is measured in ${known.unitKind}, not ${figure.unit}`,
      });
    }
    const isInsideQuote =
      figure.asWritten.start >= figure.quote.start && figure.asWritten.end <= figure.quote.end;
    if (!isInsideQuote) {
      ctx.addIssue({
        code: 'custom',
        path: ['asWritten'],
        message: 'the figure as written must lie inside its quote',
      });
    }
  });
export type Figure = z.infer<typeof FigureSchema>;

export const ArticleMetaSchema = z.object({
  id: slug,
  title: z.string().min(1),
  publisher: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  /** ISO date (YYYY-MM-DD), or only the month (YYYY-MM) when that is all that can be said. */
  date: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be YYYY-MM-DD or YYYY-MM')
    .nullable(),
  /** Whether `date` is printed in the article, inferred from its content, or unknown. */
  dateSource: z.enum(['stated', 'inferred', 'unknown']),
  /** What the date or its absence rests on. */
  dateNote: z.string().min(1),
  /** File name of the article text, beside the article file. */
  textFile: z.string().regex(/^[A-Za-z0-9_.-]+\.txt$/, 'must be a plain .txt file name, no folders'),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export const ArticleFileSchema = z
  .object({
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    article: ArticleMetaSchema,
    figures: z.array(FigureSchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.figures.forEach((figure, index) => {
      if (figure.articleId !== file.article.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', index, 'articleId'],
          message: `must be "${file.article.id}", the id of this file's article`,
        });
      }
      if (seen.has(figure.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', index, 'id'],
          message: `duplicate figure id "${figure.id}"`,
        });
      }
      seen.add(figure.id);
    });
  });
export type ArticleFile = z.infer<typeof ArticleFileSchema>;

/** An article as the app holds it: its metadata and full text. */
export interface Article extends ArticleMeta {
  readonly text: string;
}
