import { describe, expect, it } from 'vitest';
import { findDate, findUrl, normaliseDate, readByline, textMetadata } from '@shared/intake/text-metadata';
import { readArticleFixture } from './article-fixtures';

describe('textMetadata', () => {
  it('reads title, dateline, byline and source URL from a plain-text article', () => {
    expect(textMetadata(readArticleFixture('dateline.txt'))).toEqual({
      title: 'Glacier Bank lifts dividend after strong first half',
      date: '2025-07-31',
      publisher: null,
      author: 'Ana de la Cruz',
      url: 'https://wire.example/glacier-bank-h1',
    });
  });

  it('caps the title at 200 characters and reads a publisher line', () => {
    const metadata = textMetadata(`\n\n  ${'x'.repeat(300)}  \nPublisher: Ledger Wire\n`);
    expect(metadata.title).toHaveLength(200);
    expect(metadata.publisher).toBe('Ledger Wire');
  });

  it('ignores dates and URLs beyond the top of the article', () => {
    expect(textMetadata(`Title\n${'word '.repeat(200)}\nMay 26, 2025 https://late.example/x`)).toMatchObject({ date: null, url: null });
  });
});

describe('findDate', () => {
  it.each([
    ['Monday, May 26, 2025', '2025-05-26'],
    ['May 26, 2025', '2025-05-26'],
    ['Sept. 3 2025', '2025-09-03'],
    ['26 May 2025', '2025-05-26'],
    ['1st of March, 2024', '2024-03-01'],
    ['posted 2025-05-26 at noon', '2025-05-26'],
    ['2025/5/6', '2025-05-06'],
  ])('reads %s', (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it.each([
    ['26/05/2025'], ['05/06/2025'], ['February 30, 2025'], ['May 2025'], ['2025-13-01'], ['revenue of 12 2025'],
  ])('does not guess from %s', (text) => {
    expect(findDate(text)).toBeNull();
  });

  it('returns the date written first', () => {
    expect(findDate('Updated 2025-06-02; first published May 30, 2025')).toBe('2025-06-02');
    expect(findDate('May 30, 2025 (updated 2025-06-02)')).toBe('2025-05-30');
    expect(findDate('February 30, 2025 is no date; March 3, 2025 is')).toBe('2025-03-03');
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2025-05-26T23:30:00-05:00', '2025-05-26'],
    ['2025-05-26', '2025-05-26'],
    ['2025-05', '2025-05'],
    ['20250526', '2025-05-26'],
    ['Mon, 26 May 2025 10:00:00 GMT', '2025-05-26'],
    ['soon', null],
    ['2025-02-29', null],
  ])('%s → %s', (value, date) => {
    expect(normaliseDate(value)).toBe(date);
  });
});

describe('readByline and findUrl', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['by Jane Doe and Raj Patel', 'Jane Doe and Raj Patel'],
    ['By Jane Doe, Reuters', 'Jane Doe, Reuters'],
    ['By comparison, revenue fell.', null],
    ['By 2030 the fleet doubles', null],
    ['Bypass road opens', null],
  ])('%s → %s', (line, author) => {
    expect(readByline(line)).toBe(author);
  });

  it('drops the punctuation that ends the sentence, but keeps a parenthesis the URL opened', () => {
    expect(findUrl('Source: https://wire.example/a-b?x=1.')).toBe('https://wire.example/a-b?x=1');
    expect(findUrl('(see https://en.wiki.example/Revenue_(accounting)).')).toBe('https://en.wiki.example/Revenue_(accounting)');
    expect(findUrl('no link here, just http://localhost')).toBeNull();
  });
});
