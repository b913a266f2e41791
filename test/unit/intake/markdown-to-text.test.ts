import { describe, expect, it } from 'vitest';
import { markdownToArticle } from '@shared/intake/markdown-to-text';
import { readArticleFixture } from './article-fixtures';

describe('markdownToArticle on a research note', () => {
  const { text, suggested } = markdownToArticle(readArticleFixture('earnings-note.md'));
  const lines = text.split('\n');

  it('turns front matter into metadata and leaves it out of the text', () => {
    expect(suggested).toEqual({
      title: 'Northwind Q2: margins hold despite FX',
      date: '2025-08-07',
      publisher: 'Northwind Research',
      author: 'Li Wei, Sam Carter',
      url: 'https://research.example/notes/northwind-q2-2025',
    });
    expect(text).not.toContain('publisher:');
    expect(text).not.toContain('earnings\n');
    expect(lines[0]).toBe('Northwind second-quarter results');
  });

  it('reads emphasis, links and images as their text', () => {
    // Two source lines of one paragraph: a soft wrap, read as a space as Markdown renders it.
    expect(lines).toContain('Northwind reported net sales of €2.3 billion, up 4% in constant currency. See the press release for details & more.');
    expect(lines).toContain('Chart of quarterly net sales');
    expect(text).not.toMatch(/[*_[\]]|https?:/);
  });

  it('writes the table header and rows as TAB-joined lines', () => {
    const header = lines.indexOf('Metric\tQ2 2025\tQ2 2024');
    expect(header).toBeGreaterThan(0);
    expect(lines.slice(header + 1, header + 3)).toEqual(['Net sales (€bn)\t2.3\t2.2', 'Gross margin\t41.2%\t40.8%']);
  });

  it('puts each list item (nested ones too) on its own line, and keeps quotes and code as text', () => {
    expect(text).toContain('What changed\n\nStore count rose to 1,204\nOnline share reached 31%\nup from 28%');
    expect(lines).toContain('Management kept its guidance of 3–5% growth.');
    expect(lines.at(-1)).toBe('EBIT margin: 7.9%');
  });
});

describe('markdownToArticle details', () => {
  it('takes the first heading as the title when there is no front matter', () => {
    expect(markdownToArticle('Intro line\n\n## Results day\n\nText').suggested.title).toBe('Results day');
    expect(markdownToArticle('Just text').suggested).toMatchObject({ title: null, date: null });
  });

  it('decodes entities in text but not in code, and reduces inline and block HTML to text', () => {
    const { text } = markdownToArticle('AT&amp;T &lt;3 `a &amp; b` x<sup>1</sup>\n\n<div class="box"><p>Boxed <script>bad()</script>text</p></div>');
    expect(text).toBe('AT&T <3 a &amp; b x1\n\nBoxed text');
  });

  it('reads image alt text and task-list items without their Markdown', () => {
    expect(markdownToArticle('![Net *sales* &amp; margin](c.png)\n\n- [x] Filed 10-Q\n- [ ] Call').text).toBe('Net sales & margin\n\nFiled 10-Q\nCall');
  });

  it('joins soft-wrapped lines and keeps hard breaks', () => {
    expect(markdownToArticle('one\ntwo  \nthree').text).toBe('one two\nthree');
  });

  it('reads a date written in words in front matter, and ignores a front-matter url that is not a web address', () => {
    const { suggested } = markdownToArticle('---\ndate: "May 26, 2025"\nurl: notes/local.md\n---\nBody');
    expect(suggested).toMatchObject({ date: '2025-05-26', url: null });
  });

  it('treats a lone "---" line that never closes as Markdown, not front matter', () => {
    expect(markdownToArticle('---\ntitle: no end\n\nBody').text).toContain('Body');
  });

  it('does not throw on Markdown nested deeper than marked handles', () => {
    expect(() => markdownToArticle(`${'>'.repeat(20_000)} deep`)).not.toThrow();
    expect(() => markdownToArticle(`${'- '.repeat(3_000)}x`)).not.toThrow();
  });
});
