import { MONTH_PATTERN, type Span } from './words';

/**
 * Stretches whose digits only look like figures: dates and times, phone numbers, tickers and
 * stock codes, references to sections, pages or versions, and reading times. A number inside one
 * of them is never proposed. Rules are about the shape of the text, never about an article.
 */
const NON_FIGURE_PATTERNS: readonly RegExp[] = [
  // "May 26, 2025", "Monday, May 26", "Sept. 3rd 2024".
  new RegExp(`\\b(?:${MONTH_PATTERN})\\.? \\d{1,2}(?:st|nd|rd|th)?\\b(?:,? (?:19|20)\\d{2}\\b)?`, 'g'),
  // "26 May 2025", "3rd of June".
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH_PATTERN})\\b\\.?(?:,? (?:19|20)\\d{2}\\b)?`, 'g'),
  // "2025-05-26", "05/26/2025", "26.05.2025".
  /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g,
  // "12:33 am", "9:30", "10 p.m.", "7pm".
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.?m\.?(?![a-z])/gi,
  // "+852 2345 6789", "(555) 123-4567", "555-123-4567".
  /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\b\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}\b(?![%$.,]\d|\s?(?:%|per ?cent|[mb]n\b|billion|million))/g,
  // "NYSE: BABA", "(HKEX: 0992)", "Nasdaq: XPEV".
  /\b(?:NYSE|NASDAQ|Nasdaq|HKEX|HKSE|SEHK|HKG|SSE|SZSE|SHA|SHE|TSE|TYO|LSE|KRX|ASX|OTC|SGX|TWSE|NYSEARCA)\s?:\s?[A-Za-z0-9.]{1,10}/g,
  // "9988.HK", "0992.HK", "600519.SS".
  /\b\d{3,6}\.(?:HK|SS|SZ|SH|T|KS|KQ|TW|SI|L|AX|TO)\b/g,
  /\b(?:stock|ticker|share) code:? ?\d{3,6}\b/gi,
  // References: "Section 3.2", "Chapter 5", "page 12", "No. 7", "#1", "§ 4", "Phase 3", "Tier 1", "Version 2.0".
  /(?:\b(?:[Ss]ection|Sec\.|[Cc]hapter|Article|Item|Rule|Part|Note|Figure|Fig\.|Table|Exhibit|Appendix|Annex|[Pp]age|p\.|pp\.|Vol\.|Volume|No\.|Clause|Paragraph|Step|Phase|Tier|Stage|Version|Episode|Season)|§|#)\s?\d+(?:\.\d+)*[a-z]?\b/g,
  /\bv\d+(?:\.\d+)+\b/g,
  // A section number at a line start: "2.1 Overview", "3.4.1 Risks".
  /^[ \t]*\d+(?:\.\d+)+\.?(?=[ \t]+[A-Z])/gm,
  // Reading and viewing times: "3 min read", "5-minute read", "3min read".
  /\b\d+\s?-?(?:min|mins|minute|minutes)\s+(?:read|watch|listen)\b/gi,
];

/** Every non-figure stretch, sorted by start; they may overlap. */
export function findNonFigureSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of NON_FIGURE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (match[0].length > 0) spans.push({ start, end: start + match[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) overlaps any of the sorted spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  // Spans are sorted by start but may nest, so scan back from the first span that starts at or after `end`.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < end) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0; i -= 1) {
    if (spans[i].end > start) return true;
    // Long spans are rare and short; 64 steps back covers any nesting in real text.
    if (low - i > 64) break;
  }
  return false;
}
