import { describe, expect, it } from 'vitest';
import { writtenOf } from './extract-helpers';

// Numbers that only look like figures. Each sentence is made up for the trap it sets.

describe('numbers that are not figures', () => {
  it.each([
    ['model names', 'The lab open-sourced Qwen3-235B-A22B and Qwen 2.5 for developers.'],
    ['model and product names', 'OpenAI shipped GPT-4 while Apple launched the iPhone 16 and Llama 3.1 405B appeared.'],
    ['tickers and stock codes', 'Alibaba (NYSE: BABA) also lists as 9988.HK, and Lenovo trades as 0992 in Hong Kong (HKEX: 0992).'],
    ['a date and a time', 'Monday, May 26, 2025 12:33 am ET'],
    ['dates written other ways', 'The filing is dated 2025-05-26, or 05/26/2025, or 26 May 2025.'],
    ['reading times', 'Clyde Morgan3min read · 5 min read'],
    ['list numbering', '1. Gulf markets are booming.\n2. South Asia is next.\n3) Europe follows.'],
    ['event names', 'Qatar hosted the World Cup 2022, COP28 met in Dubai, and the G20 met after Expo 2025.'],
    ['phone numbers', 'Call +852 2345 6789 or (555) 123-4567 for details.'],
    ['section and page numbers', 'See Section 4.2 on page 12, and item #3 in Chapter 5.'],
    ['a numbered heading', '2.1 Overview of the market'],
    ['years as periods', 'The company has grown since 2023, aims to double by 2027 and will invest through 2026.'],
    ['a bare year', 'In 2023 the firm was founded, and 2024 was quieter.'],
    ['a quarter as a period', 'Q4 2025 was strong, and FY2024/25 and H1 2025 were too.'],
    ['plain small numbers', 'Analysts gave 3 reasons for the rally and listed 2 risks.'],
    ['ordinals and glued units', 'It is the 21st year of a 5G rollout with 16GB phones and 4K screens.'],
    ['a span of years', 'The plan runs over the next 5 years on a 3-year schedule.'],
    ['versions and fractions', 'Version 2.0 shipped 24/7 with a 3/4 share of the 1.5.2 release.'],
  ])('%s', (_name, text) => {
    expect(writtenOf(text)).toEqual([]);
  });

  it('never reads a bare year as a figure, even under a unit in a table', () => {
    expect(writtenOf('Metric\tQ3\tQ4\nRevenue ($m)\t2024\t1,456\n')).toEqual(['1,456']);
  });

  it('keeps the figure next to a trap', () => {
    expect(writtenOf('In Q4 2025, Qwen3 helped cloud revenue grow 18% (NYSE: BABA).')).toEqual(['18%']);
    expect(writtenOf('By 2027 the company expects $5 billion in sales, May 26, 2025.')).toEqual(['$5 billion']);
  });
});
