import { repetitions } from "../config";
import type { BenchContext } from "../context";
import { measurePlanning, PLAN_LIMIT_MS } from "../exam/timing";
import { formatMs, latencyRow, type BenchRow } from "../result";

/**
 * (9) the exam planner for a student with 10,000 cards (no database: it is pure).
 * Timed in CPU time, as `npm run bench:exam` does: on a shared machine the wall
 * clock mostly measures the neighbours; the wall figure is in the result column.
 * The simulation study itself (students, strategies, prediction error) is
 * `npm run bench:exam`: too slow for this table.
 */
export function measureExamPlanning(ctx: BenchContext): BenchRow[] {
  const { cpu, wall } = measurePlanning(repetitions(ctx.config.scale, 40), repetitions(ctx.config.scale, 10));
  return [
    latencyRow("9", "exam plan for 10,000 cards (CPU time; simulation study: npm run bench:exam)", cpu, PLAN_LIMIT_MS, {
      result: `wall p95 ${formatMs(wall.p95)}`,
    }),
  ];
}
