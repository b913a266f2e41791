/**
 * Brings an element into view inside its own scroll box, and nothing else. Not
 * scrollIntoView: that also scrolls every scrollable ancestor, the window included.
 * `centre` centres it (the article text, where the context around a figure matters);
 * otherwise it moves only as far as needed (a list, which should not jump about).
 */
export function scrollIntoBox(container: HTMLElement, element: HTMLElement, centre: boolean): void {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  const top = container.scrollTop + target.top - box.top;
  let next: number;
  if (centre) {
    next = top - Math.max(8, (container.clientHeight - target.height) / 2);
  } else if (target.top < box.top) {
    next = top - 4;
  } else if (target.bottom > box.bottom) {
    next = top + target.height - container.clientHeight + 4;
  } else {
    return;
  }
  const isReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  container.scrollTo({ top: Math.max(0, next), behavior: centre && !isReducedMotion ? 'smooth' : 'auto' });
}
