/**
 * When a missed question counts as mastered: pure, shared by the domain code and its tests.
 * Two right answers in a row after the last miss, in separate attempts (a question
 * appears at most once per attempt, so "separate rounds" comes for free).
 */
export const RIGHT_IN_A_ROW_TO_MASTER = 2;

export interface MissState {
  missCount: number;
  streak: number;
  mastered: boolean;
}

/** The state after one graded answer; `null` before means the question was never missed. */
export function nextMissState(before: MissState | null, correct: boolean): MissState | null {
  if (!correct) return { missCount: (before?.missCount ?? 0) + 1, streak: 0, mastered: false };
  if (!before || before.mastered) return before;
  const streak = before.streak + 1;
  return { missCount: before.missCount, streak, mastered: streak >= RIGHT_IN_A_ROW_TO_MASTER };
}
