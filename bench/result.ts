import type { Timing } from "./stats";

/**
 * One row of the bench's table (and of results.json).
 * - ok: measured; `pass` says whether it met its target (undefined: no target).
 * - pending: the code it measures is not on main yet.
 * - skipped: left out on purpose (BENCH_SKIP, or the part it needs was skipped).
 * - failed: the measurement itself broke; `note` says how.
 */
export interface BenchRow {
  id: string;
  name: string;
  status: "ok" | "pending" | "skipped" | "failed";
  timing?: Timing;
  /** What the row shows besides latency: "412 req/s", "152.1 kB gzip", "2.1× baseline". */
  result?: string;
  target?: string;
  pass?: boolean;
  note?: string;
  /** Anything else worth keeping in results.json (plans, counts, raw sizes). */
  details?: Record<string, unknown>;
}

export const pending = (id: string, name: string, note: string): BenchRow => ({ id, name, status: "pending", note });
export const skipped = (id: string, name: string, note: string): BenchRow => ({ id, name, status: "skipped", note });

/** A row for a measurement that threw: the bench goes on and the table says what broke. */
export function failed(id: string, name: string, error: unknown): BenchRow {
  const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
  return { id, name, status: "failed", pass: false, note: message };
}

/** A latency row with a "p95 below `limitMs`" target. */
export function latencyRow(id: string, name: string, timing: Timing, limitMs: number | null, extra: Partial<BenchRow> = {}): BenchRow {
  return {
    id,
    name,
    status: "ok",
    timing,
    ...(limitMs === null ? {} : { target: `p95 < ${formatMs(limitMs)}`, pass: timing.p95 < limitMs }),
    ...extra,
  };
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}
