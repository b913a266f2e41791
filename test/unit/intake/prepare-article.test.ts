import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FORMATS } from '@shared/intake/prepared-article';
import {
  detectPastedFormat, formatFromFileName, normaliseArticleText, prepareArticle,
} from '@shared/intake/prepare-article';
import { FC_OPTIONS, readArticleFixture } from './article-fixtures';

const FILE_NAME_FOR_FORMAT = { html: 'page.html', markdown: 'note.md', text: 'article.txt' } as const;

describe('formatFromFileName', () => {
  it.each([
    ['story.html', 'html'], ['STORY.HTM', 'html'], ['feed/item.xhtml', 'html'], ['C:\\clips\\note.md', 'markdown'],
    ['note.markdown', 'markdown'], ['article.txt', 'text'], ['article.text', 'text'], ['report.pdf', 'text'],
    ['README', 'text'], ['.md', 'text'],
  ])('%s is %s', (fileName, format) => {
    expect(formatFromFileName(fileName)).toBe(format);
  });
});

describe('prepareArticle', () => {
  it('reads a .txt holding a whole HTML document as HTML', () => {
    const prepared = prepareArticle('saved.txt', '\uFEFF<!DOCTYPE html><html><body><nav>Menu</nav><p>Story</p></body></html>');
    expect(prepared).toMatchObject({ format: 'html', text: 'Story' });
    expect(prepareArticle('notes.txt', 'Use <html> tags sparingly').format).toBe('text');
  });

  it('prepares each fixture with the metadata its format states, falling back to what the text says', () => {
    const news = prepareArticle('news-page.html', readArticleFixture('news-page.html'));
    expect(news.format).toBe('html');
    expect(news.suggested.date).toBe('2025-05-26');
    const minimal = prepareArticle('minimal-page.htm', readArticleFixture('minimal-page.html'));
    expect(minimal.suggested).toEqual({ title: 'Copper prices slip', date: null, publisher: null, author: null, url: null });
    const note = prepareArticle('earnings-note.md', readArticleFixture('earnings-note.md'));
    expect(note.format).toBe('markdown');
    expect(note.suggested.author).toBe('Li Wei, Sam Carter');
    const plain = prepareArticle('dateline.txt', readArticleFixture('dateline.txt'));
    expect(plain).toMatchObject({ format: 'text', suggested: { date: '2025-07-31', author: 'Ana de la Cruz' } });
  });

  it('fills a page’s missing byline and date from its text', () => {
    const prepared = prepareArticle('a.html', '<article><h1>Rates on hold</h1><p>By Kim Lee</p><p>June 4, 2025</p><p>Body</p></article>');
    expect(prepared.suggested).toMatchObject({ title: 'Rates on hold', author: 'Kim Lee', date: '2025-06-04' });
  });

  it('normalises line endings, BOM, NBSP and trailing spaces, with at most one blank line', () => {
    const prepared = prepareArticle('a.txt', '\uFEFF\r\n\r\nTitle  \r\nRevenue $5\u00A0billion\t\r\n\r\n\r\n\r\nEnd \u0007\n\n');
    expect(prepared.text).toBe('Title\nRevenue $5 billion\n\nEnd');
  });

  it('keeps TABs inside table lines', () => {
    expect(prepareArticle('t.html', '<table><tr><td>Q1</td><td></td><td>9</td></tr></table>').text).toBe('Q1\t\t9');
  });

  it('returns empty text when nothing is left, for the caller to report', () => {
    expect(prepareArticle('a.html', '<nav>Home</nav><script>x()</script>').text).toBe('');
    expect(prepareArticle('a.txt', ' \n\t\r\n').text).toBe('');
    expect(prepareArticle('a.md', '---\ntitle: Only metadata\n---\n').suggested.title).toBe('Only metadata');
  });

  it('never throws, and gives normalised text, for any string in any format', () => {
    for (const format of ARTICLE_FORMATS) {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), markupLike()), (content) => {
          const prepared = prepareArticle(FILE_NAME_FOR_FORMAT[format], content);
          expect(normaliseArticleText(prepared.text)).toBe(prepared.text);
          expect(prepared.text).not.toMatch(/\r|\u00A0|[ \t]$|\n{3}/m);
        }),
        FC_OPTIONS,
      );
    }
  });

  it('stays linear on inputs built to make patterns backtrack (the test timeout is the bound)', () => {
    const inputs = [
      `${'<!--a-->'.repeat(5_000)}x`, `${'['.repeat(50_000)}x`, '<a'.repeat(100_000), `${'*'.repeat(50_000)}x`,
      `---\ntitle: ${' '.repeat(100_000)}x\n---\nbody`, `${'| a '.repeat(20_000)}\n${'|---'.repeat(20_000)}`,
    ];
    for (const content of inputs) {
      expect(() => detectPastedFormat(content)).not.toThrow();
      for (const format of ARTICLE_FORMATS) expect(() => prepareArticle(FILE_NAME_FOR_FORMAT[format], content)).not.toThrow();
    }
  });
});

/** Strings assembled from pieces of markup and Markdown, which reach far more of the parsers than random text. */
function markupLike(): fc.Arbitrary<string> {
  const pieces = [
    '<p>', '</p>', '<div class="share">', '</div>', '<table>', '<tr>', '<td>', '</td>', '<br>', '<pre>', '<script>',
    '</script>', '<article>', '<nav>', '&amp;', '&nbsp;', '&#8217;', '<!--', '-->', '# ', '## ', '- ', '> ', '| a |',
    '|---|', '```', '[x](http://a.example)', '![i](p.png)', '**', '_', '---\n', 'title: T\n', '\n', '\r\n', ' ', '\t',
    'May 26, 2025', 'By Jane Doe', 'https://x.example/a', '$5 billion', 'é', 'e\u0301', '\u00A0', '\uFEFF',
  ];
  return fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 40 }).map((parts) => parts.join(''));
}

describe('normaliseArticleText', () => {
  it('composes accents (NFC), so the same word typed two ways is the same text', () => {
    expect(normaliseArticleText('Nestle\u0301')).toBe('Nestlé');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const once = normaliseArticleText(text);
      expect(normaliseArticleText(once)).toBe(once);
    }), FC_OPTIONS);
  });
});

describe('detectPastedFormat', () => {
  it.each([
    ['<!doctype html><html><body><p>x</p></body></html>', 'html'],
    ['<meta charset="utf-8"><span>Copied from a browser</span>', 'html'],
    ['<p>One</p><p>Two</p>', 'html'],
    ['Text with <b>one</b> tag pair, and more <i>prose</i> and <a href="#">a link</a>.', 'html'],
    ['# Results\n\nRevenue rose.', 'markdown'],
    ['Results\n=======\n\nRevenue rose.', 'markdown'],
    ['See the [filing](https://sec.example/10-q) for details.', 'markdown'],
    ['| Q | Rev |\n|---|---|\n| Q1 | 5 |', 'markdown'],
    ['Revenue rose 5% to $2 billion.\nMargins held.', 'text'],
    ['A <b>bold</b> claim in prose', 'text'],
    ['#1 retailer by sales', 'text'],
    ['Total: 5 - 3 = 2', 'text'],
  ])('%j is %s', (content, format) => {
    expect(detectPastedFormat(content)).toBe(format);
  });
});
