/** Several runs of one measure: the median, with the spread the reader needs to trust it. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p95: number;
  readonly runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarize: the measure never ran.');
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: the smallest sample with at least q of the samples at or below it.
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], p95: at(0.95), runs: sorted.length };
}

/** Runs `measure` `runs` times after one warm-up run, and returns the timings in ms. */
export async function timeRuns(runs: number, measure: () => unknown): Promise<number[]> {
  await measure();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await measure();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** This process's peak resident memory so far (Linux), in MB; null where /proc is not there. */
export function peakRssMb(status: string): number | null {
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : null;
}
