import { describe, expect, it } from 'vitest';
import { prepareArticle } from '@shared/intake/prepare-article';
import { articleTextHash } from '@shared/intake/text-hash';
import { readArticleFixture } from './article-fixtures';

describe('articleTextHash', () => {
  it('is "sha256:" and 64 hex digits, the SHA-256 of the UTF-8 words', () => {
    // SHA-256 of "abc", the standard test vector.
    expect(articleTextHash('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(articleTextHash('  a\n\n b\t')).toBe(articleTextHash('a b'));
  });

  it('gives one hash for the same article imported from HTML and pasted as text', () => {
    const fromHtml = prepareArticle('minimal-page.html', readArticleFixture('minimal-page.html'));
    const pasted = prepareArticle('pasted.txt', [
      'Copper fell 2% on Tuesday to $9,410 a tonne.  Traders cited weaker demand',
      'from China & a stronger dollar.',
      '',
      'Stocks at LME warehouses rose for a third week.\r\n',
    ].join('\r\n'));
    expect(pasted.text).not.toBe(fromHtml.text);
    expect(articleTextHash(pasted.text)).toBe(articleTextHash(fromHtml.text));
  });

  it('gives different hashes when a word or a figure differs', () => {
    const text = 'Copper fell 2% on Tuesday to $9,410 a tonne.';
    expect(articleTextHash(text.replace('9,410', '9,401'))).not.toBe(articleTextHash(text));
    expect(articleTextHash(text.replace('Copper', 'copper'))).not.toBe(articleTextHash(text));
    expect(articleTextHash('')).not.toBe(articleTextHash(text));
  });
});
