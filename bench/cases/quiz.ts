import type { BenchContext } from "../context";
import { pending, type BenchRow } from "../result";

/** (4)'s target, p95 in ms. */
export const QUIZ_SCORING_LIMIT_MS = 10;

/**
 * (4) scoring the heavy student's open 50-question attempt on the server.
 * Pending until the quiz grading (lib/quiz/grading.ts) is on main.
 */
export async function measureQuizScoring(_ctx: BenchContext): Promise<BenchRow[]> {
  return [pending("4", "quiz scoring: a 50-question attempt", "lib/quiz/grading.ts is not on main yet")];
}
