import { describe, expect, it } from 'vitest';
import { MAX_SIDE_BY_SIDE, shownArticles } from '../../../renderer/src/panels/sources/shown-articles';

const articles = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `a${index + 1}` }));
const ids = (list: readonly { id: string }[]) => list.map((article) => article.id);

describe('the articles shown side by side', () => {
  it('are all of them when they fit', () => {
    expect(ids(shownArticles(articles(MAX_SIDE_BY_SIDE), 'a1', null))).toEqual(['a1', 'a2', 'a3']);
  });

  it('are the baseline and the latest, oldest first, when there are many', () => {
    expect(ids(shownArticles(articles(200), 'a1', null))).toEqual(['a1', 'a199', 'a200']);
  });

  it('include the article the analyst chose to read', () => {
    expect(ids(shownArticles(articles(200), 'a1', 'a50'))).toEqual(['a1', 'a50', 'a200']);
  });

  it('fill with the latest when the baseline does not state the row', () => {
    expect(ids(shownArticles(articles(10), 'elsewhere', null))).toEqual(['a8', 'a9', 'a10']);
  });
});
