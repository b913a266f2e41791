import { describe, expect, it } from 'vitest';
import { peakRssMb, summarize, timeRuns } from '../bench/stats';

describe('summarize', () => {
  it('takes the middle sample as the median of an odd count, whatever the order', () => {
    const summary = summarize([9, 1, 5, 3, 7]);
    expect(summary.median).toBe(5);
    expect(summary.min).toBe(1);
    expect(summary.max).toBe(9);
    expect(summary.runs).toBe(5);
  });

  it('averages the two middle samples as the median of an even count', () => {
    const summary = summarize([10, 2, 4, 8]);
    expect(summary.median).toBe(6);
    expect(summary.min).toBe(2);
    expect(summary.max).toBe(10);
    expect(summary.runs).toBe(4);
  });

  it('gives the 95th percentile of 1..100 as 95 or 96', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    const summary = summarize(samples);
    expect([95, 96]).toContain(summary.p95);
    expect(summary.median).toBe(50.5);
    expect(summary.min).toBe(1);
    expect(summary.max).toBe(100);
    expect(summary.runs).toBe(100);
  });

  it('summarizes one sample as itself', () => {
    expect(summarize([3.5])).toEqual({ median: 3.5, min: 3.5, max: 3.5, p95: 3.5, runs: 1 });
  });

  it('does not reorder the samples it is given', () => {
    const samples = [3, 1, 2];
    summarize(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('throws on no samples, saying so', () => {
    expect(() => summarize([])).toThrow(/No samples/);
  });
});

describe('timeRuns', () => {
  it('runs the measure once to warm up and then once per run, returning the timings', async () => {
    let calls = 0;
    const samples = await timeRuns(3, () => {
      calls++;
    });
    expect(calls).toBe(4);
    expect(samples).toHaveLength(3);
    for (const sample of samples) {
      expect(typeof sample).toBe('number');
      expect(Number.isFinite(sample)).toBe(true);
      expect(sample).toBeGreaterThanOrEqual(0);
    }
  });

  it('waits for an async measure before starting the next', async () => {
    let running = 0;
    let overlapped = false;
    let calls = 0;
    await timeRuns(2, async () => {
      calls++;
      if (running > 0) overlapped = true;
      running++;
      await new Promise((resolve) => setTimeout(resolve, 1));
      running--;
    });
    expect(calls).toBe(3);
    expect(overlapped).toBe(false);
  });
});

describe('peakRssMb', () => {
  it('reads VmHWM from /proc/self/status text, in MB', () => {
    const status = ['Name:\tnode', 'VmPeak:\t 9999 kB', 'VmHWM:   2048 kB', 'VmRSS:\t 1024 kB'].join('\n');
    expect(peakRssMb(status)).toBe(2);
  });

  it('returns null without a VmHWM line', () => {
    expect(peakRssMb('Name:\tnode\nVmRSS:\t 1024 kB\n')).toBeNull();
    expect(peakRssMb('')).toBeNull();
  });
});
