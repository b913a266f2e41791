/** Local wall-clock time, "2026-11-21 10:04:05": what the analyst's own clock showed. */
export function formatLocalTime(time: Date | string): string {
  const date = typeof time === 'string' ? new Date(time) : time;
  if (Number.isNaN(date.getTime())) return String(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** A thrown value's message without its final full stop, to embed in a sentence of ours. */
export function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/u, '');
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The text with a full stop at the end, unless it already ends a sentence. */
export function sentence(text: string): string {
  return /[.?!]$/u.test(text) ? text : `${text}.`;
}
