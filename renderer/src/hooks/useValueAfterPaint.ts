import { startTransition, useEffect, useState } from 'react';

/**
 * The value as it was until the frame after it changed, then the new one, drawn as a transition
 * (which a key press interrupts). For panes that follow an edit: the grid's frame shows the edit,
 * and a pane as heavy as a row of 200 articles redraws after it, never inside it.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const catchUp = () => startTransition(() => setShown(value));
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(catchUp, 0);
    });
    // A hidden window draws no frames: it catches up anyway.
    const fallback = setTimeout(catchUp, 100);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, [value, shown]);
  return shown;
}
