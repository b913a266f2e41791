import { useEffect, useState } from 'react';

/**
 * The value once it has stayed the same for `delayMs`: a pane that follows the grid's cursor
 * draws the row the analyst stops on, not every row that Enter or an arrow passes through (the
 * sources pane lays out whole articles for each). The first value is taken at once.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
