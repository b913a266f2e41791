import type { Figure } from '@shared/domain/dataset-schema';

/** The figure's sentence with the figure itself marked. Rendered as text: nothing in an article runs. */
export function QuoteView({ figure, testId = 'quote' }: { figure: Figure; testId?: string }) {
  const { quote, asWritten } = figure;
  const from = asWritten.start - quote.start;
  const to = asWritten.end - quote.start;
  return (
    <blockquote className="quote" data-testid={testId}>
      “{quote.text.slice(0, from)}
      <mark>{quote.text.slice(from, to)}</mark>
      {quote.text.slice(to)}”
      <span className="quote-position">
        characters {quote.start}–{quote.end}
      </span>
    </blockquote>
  );
}
