import { performance } from "node:perf_hooks";

/** Latency summary of one measurement, in milliseconds. */
export interface Timing {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

/** The q-quantile (0..1) of sorted samples, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export interface MeasureOptions {
  iterations: number;
  /** Untimed runs first (JIT, statement caches, page cache). */
  warmup?: number;
  /** Stop early once this much time was spent on timed runs (keeps the whole bench bounded). */
  budgetMs?: number;
  /** Never stop before this many timed runs, whatever the budget. */
  minIterations?: number;
}

/**
 * Time `run` one call at a time; `run(i)` gets the iteration number so each
 * call can use fresh input (a new request id, the next student…).
 */
export async function measure(run: (i: number) => Promise<unknown> | unknown, options: MeasureOptions): Promise<Timing> {
  const warmup = options.warmup ?? Math.min(20, Math.ceil(options.iterations / 10));
  for (let i = 0; i < warmup; i++) await run(i);
  const samples: number[] = [];
  const minIterations = Math.min(options.iterations, options.minIterations ?? 5);
  let spent = 0;
  for (let i = 0; i < options.iterations; i++) {
    const start = performance.now();
    await run(warmup + i);
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    spent += elapsed;
    if (options.budgetMs !== undefined && spent > options.budgetMs && samples.length >= minIterations) break;
  }
  return summarize(samples);
}

/**
 * Time several operations in alternating rounds (A×k, B×k, A×k, …) so that a
 * noisy neighbour slows them alike and their ratio stays fair.
 */
export async function measureAlternating(
  runs: ReadonlyArray<(i: number) => Promise<unknown>>,
  options: { rounds: number; perRound: number; warmup?: number },
): Promise<Timing[]> {
  const samples: number[][] = runs.map(() => []);
  let counter = 0;
  for (const run of runs) for (let i = 0; i < (options.warmup ?? 10); i++) await run(counter++);
  for (let round = 0; round < options.rounds; round++) {
    for (const [r, run] of runs.entries()) {
      for (let i = 0; i < options.perRound; i++) {
        const start = performance.now();
        await run(counter++);
        samples[r]!.push(performance.now() - start);
      }
    }
  }
  return samples.map(summarize);
}

/** Seconds since `start` (a performance.now() value), for progress lines. */
export function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}
