import { useEffect, useRef } from 'react';
import { isTextEntry } from '../hooks/text-entry';
import { useCrosscheckStore } from '../store/store';

/** What the review queue's keys do; each is a plain key, so Ctrl/Cmd combinations stay the app's. */
export interface ReviewKeyHandlers {
  next(): void;
  previous(): void;
  accept(): void;
  reject(): void;
  backToPending(): void;
  edit(): void;
  focusMap(): void;
  /** 0-based: key 1 picks the first suggestion. */
  pickSuggestion(index: number): void;
}

/** The key map, shown as the view's hint line so it is never out of date with the code. */
export const REVIEW_KEY_HINTS: readonly (readonly [keys: string, action: string])[] = [
  ['↓ / j', 'next'],
  ['↑ / k', 'previous'],
  ['a', 'accept'],
  ['r', 'reject'],
  ['u', 'back to pending'],
  ['e', 'edit value'],
  ['m', 'map to a row'],
  ['1–5', 'map to that row and accept'],
  ['Enter', 'save edit'],
  ['Esc', 'leave editor'],
  ['Ctrl/⌘+Z', 'undo'],
];

/** Keys that change a figure: held down they would run through the queue, so repeats are ignored. */
const DECISION_KEYS = new Set(['a', 'r', 'u', '1', '2', '3', '4', '5']);

/**
 * The review queue's keyboard, on the window so it works wherever focus is, except while
 * typing in a field (which keeps its letters) or while a dialog is open over the view.
 */
export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  // The latest handlers, read at key time: they close over the current draft, and the
  // listener is registered once rather than on every keystroke in the editor.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextEntry(event.target) || useCrosscheckStore.getState().dialog !== null) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (event.repeat && DECISION_KEYS.has(key)) return;
      const run = latest.current;
      switch (key) {
        case 'ArrowDown':
        case 'j':
          run.next();
          break;
        case 'ArrowUp':
        case 'k':
          run.previous();
          break;
        case 'a':
          run.accept();
          break;
        case 'r':
          run.reject();
          break;
        case 'u':
          run.backToPending();
          break;
        case 'e':
          run.edit();
          break;
        case 'm':
          run.focusMap();
          break;
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
          run.pickSuggestion(Number(key) - 1);
          break;
        default:
          return;
      }
      // Arrows would also scroll the page, and "e" would type into the field it focuses.
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
