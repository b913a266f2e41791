/** At most this many article texts side by side: beyond it the columns are too narrow to read, and each is a whole article of marks to draw. */
export const MAX_SIDE_BY_SIDE = 3;

/**
 * Which of the articles that state a row to show side by side, oldest first: all of them when
 * they fit; otherwise the baseline, the one the analyst chose to read, and the latest.
 */
export function shownArticles<A extends { readonly id: string }>(stating: readonly A[], baselineId: string | null, chosenId: string | null): readonly A[] {
  if (stating.length <= MAX_SIDE_BY_SIDE) return stating;
  const picked = new Set<string>();
  for (const id of [baselineId, chosenId]) if (id !== null && stating.some((article) => article.id === id)) picked.add(id);
  for (let index = stating.length - 1; index >= 0 && picked.size < MAX_SIDE_BY_SIDE; index--) picked.add(stating[index].id);
  return stating.filter((article) => picked.has(article.id));
}
