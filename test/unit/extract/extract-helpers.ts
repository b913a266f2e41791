import { expect } from 'vitest';
import { FigureSchema } from '@shared/domain/dataset-schema';
import type { Candidate } from '@shared/extract/candidate';
import { extractFigures } from '@shared/extract/extract-figures';

export const ARTICLE_ID = 'test-article';

/** Problems that would make a candidate unusable, empty when there are none. */
export function candidateProblems(text: string, candidate: Candidate): string[] {
  const problems: string[] = [];
  const { figure } = candidate;
  const parsed = FigureSchema.safeParse(figure);
  if (!parsed.success) problems.push(`schema: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  if (text.slice(figure.asWritten.start, figure.asWritten.end) !== figure.asWritten.text) problems.push('asWritten offsets');
  if (text.slice(figure.quote.start, figure.quote.end) !== figure.quote.text) problems.push('quote offsets');
  if (figure.asWritten.start < figure.quote.start || figure.asWritten.end > figure.quote.end) problems.push('asWritten outside quote');
  if (!(candidate.confidence >= 0 && candidate.confidence <= 1)) problems.push(`confidence ${candidate.confidence}`);
  return problems;
}

/** Extracts and checks every candidate against the schema and its offsets. */
export function extract(text: string): Candidate[] {
  const candidates = extractFigures(text, { articleId: ARTICLE_ID });
  for (const candidate of candidates) expect(candidateProblems(text, candidate), candidate.figure.asWritten.text).toEqual([]);
  return candidates;
}

/** The one candidate whose figure is written exactly as `asWritten`. */
export function only(text: string, asWritten: string): Candidate {
  const found = extract(text).filter((c) => c.figure.asWritten.text === asWritten);
  expect(found.map((c) => c.figure.asWritten.text), `candidates written “${asWritten}” in “${text}”`).toEqual([asWritten]);
  return found[0];
}

/** What was proposed, by the figure as written. */
export const writtenOf = (text: string): string[] => extract(text).map((c) => c.figure.asWritten.text);
