import { repetitions } from "../config";
import type { BenchContext } from "../context";
import { dropRollup } from "../../lib/progress/rollup";
import { PROGRESS_FIRST_VISIT, PROGRESS_PAGE, PROGRESS_QUERIES, type ProgressQuery } from "../progress-queries";
import { latencyRow, type BenchRow } from "../result";
import { measure, summarize } from "../stats";

/** (5)'s target, p95 in ms: the whole page's queries, and each chart's alone. */
export const PROGRESS_LIMIT_MS = 100;

/**
 * (5) the progress page for the heavy student (100,000 reviews): its whole
 * server work on a usual visit, with the student's rollup in place (row 5);
 * the first visit, which builds the rollup (5 first, no target: once per
 * student, and again only after a time zone change); then each query alone
 * (5a, 5b, …), so a slow chart shows which.
 */
export async function measureProgress(ctx: BenchContext, queries: readonly ProgressQuery[] = PROGRESS_QUERIES): Promise<BenchRow[]> {
  const { db, seeded, bank } = ctx;
  const userId = seeded.heavyUserId;
  const run = (query: ProgressQuery) => () => query.run({ db, userId, bank, now: new Date() });
  const options = { iterations: repetitions(ctx.config.scale, 30), warmup: 3, budgetMs: 15_000 };
  const rows = [latencyRow("5", PROGRESS_PAGE.name, await measure(run(PROGRESS_PAGE), options), PROGRESS_LIMIT_MS)];

  // First visits: the rollup deleted before each (untimed).
  const firstVisits: number[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(options.iterations / 3)); i++) {
    await dropRollup(db, userId);
    const start = performance.now();
    await run(PROGRESS_FIRST_VISIT)();
    firstVisits.push(performance.now() - start);
  }
  rows.push(
    latencyRow("5 first", PROGRESS_FIRST_VISIT.name, summarize(firstVisits), null, {
      result: "once per student (and after a time zone change)",
    }),
  );

  for (const [i, query] of queries.entries()) {
    rows.push(
      latencyRow(
        `5${String.fromCharCode(97 + i)}`,
        `progress: ${query.name}`,
        await measure(run(query), options),
        query.once ? null : PROGRESS_LIMIT_MS,
      ),
    );
  }
  return rows;
}
