import { repetitions } from "../config";
import type { BenchContext } from "../context";
import { PROGRESS_PAGE, PROGRESS_QUERIES, type ProgressQuery } from "../progress-queries";
import { latencyRow, type BenchRow } from "../result";
import { measure } from "../stats";

/** (5)'s target, p95 in ms: the whole page's queries, and each chart's alone. */
export const PROGRESS_LIMIT_MS = 100;

/**
 * (5) the progress page for the heavy student (100,000 reviews): its whole
 * server work (row 5), then each chart's aggregate query alone (5a, 5b, …).
 */
export async function measureProgress(ctx: BenchContext, queries: readonly ProgressQuery[] = PROGRESS_QUERIES): Promise<BenchRow[]> {
  const { db, seeded, bank } = ctx;
  const run = (query: ProgressQuery) => () => query.run({ db, userId: seeded.heavyUserId, bank, now: new Date() });
  const options = { iterations: repetitions(ctx.config.scale, 30), warmup: 3, budgetMs: 15_000 };
  const rows = [latencyRow("5", PROGRESS_PAGE.name, await measure(run(PROGRESS_PAGE), options), PROGRESS_LIMIT_MS)];
  for (const [i, query] of queries.entries()) {
    rows.push(latencyRow(`5${String.fromCharCode(97 + i)}`, `progress: ${query.name}`, await measure(run(query), options), PROGRESS_LIMIT_MS));
  }
  return rows;
}
