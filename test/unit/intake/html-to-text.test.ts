import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '@shared/intake/html-to-text';
import { readArticleFixture } from './article-fixtures';

describe('htmlToArticle on a news page', () => {
  const { text, suggested } = htmlToArticle(readArticleFixture('news-page.html'));
  const lines = text.split('\n');

  it('drops scripts, styles, navigation, header, footer, asides and page furniture', () => {
    for (const dropped of [
      'trackPageView', 'dataLayer', 'STYLE TEXT', // script and style
      'We use cookies', 'Accept all cookies', 'Skip to content', // cookie banner, screen-reader link
      'Markets', 'Opinion', 'Search', 'Home', // header navigation, search form, breadcrumbs
      'Share on', 'Related coverage', 'Rival freight firm', 'Advertisement', 'newsletter', // in-article furniture
      'Comments (12)', 'Great article', 'Most read', 'All rights reserved', 'Privacy', // comments, sidebar, footer
    ]) {
      expect(text, dropped).not.toContain(dropped);
    }
  });

  it('keeps the article header, paragraphs and caption in page order', () => {
    const order = [
      'Harbor Lane posts record quarter as freight volumes recover',
      'By Jane Doe and Raj Patel',
      'Harbor Lane Logistics reported first-quarter revenue of $1.42',
      'Operating margin widened to 9.8%.',
      'Quarterly results (US$ millions)',
      'The company raised its full-year outlook',
      'A Harbor Lane truck at the Memphis hub.',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('reads a paragraph as one line, whatever its source line breaks, with a blank line between paragraphs', () => {
    // The page writes "$1.42&nbsp;billion" and wraps the paragraph over two source lines.
    expect(lines).toContain('Harbor Lane Logistics reported first-quarter revenue of $1.42 billion, up 12% from a year earlier, as freight volumes in North America recovered faster than analysts had expected.');
    expect(text).not.toMatch(/\n{3}/);
    expect(text).not.toMatch(/ {2}/);
  });

  it('writes each table row on one line with cells joined by TAB', () => {
    expect(lines).toContain('Quarter\tRevenue\tOperating income');
    expect(lines).toContain('Q1 2025\t1,420\t139');
    expect(lines).toContain('Q4 2024\t1,305\t112');
    expect(lines.indexOf('Q1 2025\t1,420\t139')).toBe(lines.indexOf('Quarter\tRevenue\tOperating income') + 1);
  });

  it('decodes entities and drops a footnote marker that would fuse with the figure before it', () => {
    expect(text).toContain('“Demand came back in March,” Chief Executive Maria Santos said. “We didn’t expect it to be this strong.”');
    expect(text).toContain('on the news & analysts upgraded');
    expect(text).toContain('Operating margin widened to 9.8%.');
    expect(text).not.toContain('&amp;');
  });

  it('suggests the metadata the page states', () => {
    expect(suggested).toEqual({
      title: 'Harbor Lane posts record quarter as freight volumes recover',
      // Published late on the 26th in UTC-5: the page's own calendar date, not the UTC one.
      date: '2025-05-26',
      publisher: 'The Daily Ledger',
      author: 'Jane Doe, Raj Patel',
      url: 'https://www.dailyledger.example/companies/harbor-lane-q1-2025',
    });
  });
});

describe('htmlToArticle on a minimal page', () => {
  it('keeps each paragraph, separated by one blank line, and takes the title from <title>', () => {
    const { text, suggested } = htmlToArticle(readArticleFixture('minimal-page.html'));
    expect(text).toBe([
      'Copper fell 2% on Tuesday to $9,410 a tonne.',
      'Traders cited weaker demand from China & a stronger dollar.',
      'Stocks at LME warehouses rose for a third week.',
    ].join('\n\n'));
    expect(suggested.title).toBe('Copper prices slip');
  });
});

describe('htmlToArticle picks the content and the metadata', () => {
  it('prefers the largest <article> over the rest of the body', () => {
    const html = '<body><p>Outside</p><article><p>Teaser</p></article><article><p>The full story, which is long.</p></article></body>';
    expect(htmlToArticle(html).text).toBe('The full story, which is long.');
  });

  it('uses <main> or [role=main] when there is no <article>', () => {
    expect(htmlToArticle('<body><div>Chrome</div><main><p>Story</p></main></body>').text).toBe('Story');
    expect(htmlToArticle('<body><div>Chrome</div><div role="main"><p>Story</p></div></body>').text).toBe('Story');
  });

  it('drops elements by role, aria-hidden, the hidden attribute and inline display:none', () => {
    const html = '<div role="navigation">Menu</div><div aria-hidden="true">Icon</div><p hidden>Secret</p><p style="display: none">None</p><div role="complementary">More</div><p>Body</p>';
    expect(htmlToArticle(html).text).toBe('Body');
  });

  it('keeps a wrapper whose class merely mentions furniture ("has-sidebar", "layout-with-nav")', () => {
    const html = '<div class="layout-with-nav"><div class="sidebar">Side</div><p>The story holds most of the page text.</p></div>';
    expect(htmlToArticle(html).text).toBe('The story holds most of the page text.');
  });

  it('does not mistake "shareholder" for share buttons', () => {
    expect(htmlToArticle('<div class="shareholder-letter"><p>Dear shareholders</p></div><p>Rest</p>').text).toBe('Dear shareholders\n\nRest');
  });

  it('breaks lines at <br> and list items, and a paragraph at a double <br>', () => {
    expect(htmlToArticle('one<br>two<br><br>three<ul><li>a</li><li>b</li></ul>').text).toBe('one\ntwo\n\nthree\n\na\nb');
  });

  it('reads a layout table (tables nested in tables) as blocks, not as TAB-joined rows', () => {
    const html = '<table><tr><td><table><tr><td>Revenue</td><td>10</td></tr></table></td><td><p>Commentary</p></td></tr></table>';
    expect(htmlToArticle(html).text).toBe('Revenue\t10\n\nCommentary');
  });

  it('decodes &amp; &nbsp; &#8217; and numeric entities', () => {
    expect(htmlToArticle('<p>AT&amp;T&#8217;s $5&nbsp;billion deal &#x2014; done</p>').text).toBe('AT&T’s $5 billion deal — done');
  });

  it('strips a " | Site" suffix from <title>, and a dash suffix only when it names the publisher', () => {
    const page = (title: string, site = ''): string =>
      `<html><head><title>${title}</title>${site === '' ? '' : `<meta property="og:site_name" content="${site}">`}</head><body><p>x</p></body></html>`;
    expect(htmlToArticle(page('Profits jump | Markets | The Wire')).suggested).toMatchObject({ title: 'Profits jump', publisher: 'The Wire' });
    expect(htmlToArticle(page('Profits jump - The Wire', 'The Wire')).suggested.title).toBe('Profits jump');
    expect(htmlToArticle(page('Apple - what the results mean')).suggested.title).toBe('Apple - what the results mean');
  });

  it('reads meta author and date, a <time datetime>, and og:url when there is no canonical link', () => {
    const html = `<head><meta name="author" content="By Kim Lee"><meta property="og:url" content="https://news.example/a">
      <link rel="canonical" href="/relative-only"></head><body><article><h1>Headline</h1><time datetime="2024-02-29">Feb 29</time><p>x</p></article></body>`;
    expect(htmlToArticle(html).suggested).toEqual({
      title: 'Headline', date: '2024-02-29', publisher: null, author: 'Kim Lee', url: 'https://news.example/a',
    });
  });

  it('takes the headline from the article, not from a logo <h1> in the page header', () => {
    expect(htmlToArticle('<header><h1>Site Logo</h1></header><article><h1>Real headline</h1><p>x</p></article>').suggested.title).toBe('Real headline');
  });

  it('survives malformed markup and malformed JSON-LD', () => {
    const broken = '<p>Unclosed <b>bold <table><tr><td>1<td>2</table><div <<>> &bogus; </scr<script type="application/ld+json">{not json</script><p>end';
    expect(() => htmlToArticle(broken)).not.toThrow();
    expect(htmlToArticle(broken).text).toContain('Unclosed bold');
    expect(htmlToArticle('').text).toBe('');
    expect(htmlToArticle('<script>only()</script>').text).toBe('');
  });

  it('handles a page nested tens of thousands of levels deep without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(30_000)}deep text${'</div>'.repeat(10)}`;
    expect(htmlToArticle(deep).text).toBe('deep text');
  });
});
