import { repetitions } from "../config";
import type { BenchContext } from "../context";
import { PROGRESS_QUERIES, type ProgressQuery } from "../progress-queries";
import { latencyRow, pending, type BenchRow } from "../result";
import { measure } from "../stats";

/** (5)'s target, p95 in ms: every chart's query together, as the page runs them. */
export const PROGRESS_LIMIT_MS = 100;

/**
 * (5) the progress page's aggregate queries for the heavy student (100,000
 * reviews): each on its own and, when there are several, all of them at once
 * as the page runs them.
 */
export async function measureProgress(ctx: BenchContext, queries: readonly ProgressQuery[] = PROGRESS_QUERIES): Promise<BenchRow[]> {
  if (queries.length === 0) return [pending("5", "progress aggregates (heavy student)", "no lib/progress queries on main yet")];
  const { db, seeded } = ctx;
  const userId = seeded.heavyUserId;
  const options = { iterations: repetitions(ctx.config.scale, 30), warmup: 3, budgetMs: 15_000 };
  if (queries.length === 1) {
    const [query] = queries as [ProgressQuery];
    const timing = await measure(() => query.run(db, userId, new Date()), options);
    return [latencyRow("5", `progress: ${query.name} (heavy student)`, timing, PROGRESS_LIMIT_MS)];
  }
  const rows: BenchRow[] = [];
  for (const [i, query] of queries.entries()) {
    const timing = await measure(() => query.run(db, userId, new Date()), options);
    rows.push(latencyRow(`5${String.fromCharCode(97 + i)}`, `progress: ${query.name}`, timing, PROGRESS_LIMIT_MS));
  }
  const all = await measure(() => Promise.all(queries.map((q) => q.run(db, userId, new Date()))), options);
  rows.push(latencyRow("5", `progress: all ${queries.length} charts' queries together (heavy student)`, all, PROGRESS_LIMIT_MS));
  return rows;
}
