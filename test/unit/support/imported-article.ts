import type { Figure } from '@shared/domain/dataset-schema';
import type { ImportedArticle } from '@shared/workspace/workspace-schema';

/** One sentence of a made-up article and the figure it states, written as the figure is. */
export interface StatedFigure {
  readonly entity: string;
  readonly metric: string;
  readonly label: string;
  readonly value: number;
  readonly unit: Figure['unit'];
  readonly currency: Figure['currency'];
  readonly scale: Figure['scale'];
  /** The figure as written; the sentence is "<lead><asWritten>.". */
  readonly asWritten: string;
  readonly lead: string;
  readonly period?: string;
  readonly status?: 'pending' | 'accepted' | 'rejected';
}

/**
 * An imported article as the workspace keeps it, with its text built from the sentences so
 * every quote sits at its offsets (the workspace schema checks that on load).
 */
export function importedArticle(id: string, title: string, date: string | null, stated: readonly StatedFigure[]): ImportedArticle {
  let text = `${title}\n`;
  const candidates = stated.map((entry, index) => {
    const start = text.length;
    const sentence = `${entry.lead}${entry.asWritten}.`;
    text += `${sentence}\n`;
    const figure: Figure = {
      id: `${id}-x${index + 1}`,
      articleId: id,
      entity: entry.entity,
      segment: null,
      metric: entry.metric,
      label: entry.label,
      value: entry.value,
      unit: entry.unit,
      currency: entry.currency,
      scale: entry.scale,
      asWritten: { start: start + entry.lead.length, end: start + entry.lead.length + entry.asWritten.length, text: entry.asWritten },
      quote: { start, end: start + sentence.length, text: sentence },
      period: entry.period ? { label: entry.period, source: 'stated' } : { label: null, source: 'unstated' },
      basis: [],
      qualifiers: [],
    };
    return { figure, kind: 'amount' as const, confidence: 0.9, metricWords: [], status: entry.status ?? ('accepted' as const), reviewedAt: entry.status === 'pending' ? null : '2026-11-21T10:00:00.000Z' };
  });
  return {
    article: { id, title, publisher: 'Test Wire', author: null, date, dateSource: date ? 'stated' : 'unknown', dateNote: 'Made up for tests.', url: null },
    text,
    textHash: `sha256:${id}`,
    format: 'text',
    sourceName: `${id}.txt`,
    importedAt: '2026-11-21T10:00:00.000Z',
    candidates,
  };
}

/** A third article on the seed companies, from September 2025: Alibaba's cash, Lenovo's P/E and a new metric. */
export function septemberArticle(): ImportedArticle {
  return importedArticle('alibaba-update-2025-09-01', 'Alibaba update', '2025-09-01', [
    { entity: 'alibaba', metric: 'cash', label: 'Cash reserves', value: 9e10, unit: 'currency', currency: 'USD', scale: 'billion', lead: 'Alibaba now holds cash of ', asWritten: '$90 billion' },
    { entity: 'lenovo', metric: 'forward-pe', label: 'Forward P/E', value: 15, unit: 'multiple', currency: null, scale: 'one', lead: 'Lenovo trades at ', asWritten: '15x' },
    { entity: 'alibaba', metric: 'quick-commerce-orders', label: 'Quick commerce orders', value: 4e7, unit: 'count', currency: null, scale: 'million', lead: 'Daily quick commerce orders reached ', asWritten: '40 million' },
    { entity: 'alibaba', metric: 'dividends', label: 'Dividends', value: 5e9, unit: 'currency', currency: 'USD', scale: 'billion', lead: 'Dividends may reach ', asWritten: '$5 billion', status: 'pending' },
  ]);
}
