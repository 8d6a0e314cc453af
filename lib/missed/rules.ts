/**
 * When a missed question counts as mastered: pure, shared by the domain code and its tests.
 * Two right answers after the last miss, on different study days: two practice rounds a
 * minute apart test short-term memory, not learning. A question left blank is a miss.
 */
export const RIGHT_IN_A_ROW_TO_MASTER = 2;

export interface MissState {
  missCount: number;
  streak: number;
  mastered: boolean;
  /** The study day number of the last right answer counted in `streak`. */
  lastRightDay: number | null;
}

/**
 * The state after one graded answer given on study day `day`; `null` before means the question
 * was never missed.
 * @example nextMissState(null, false, 100) // { missCount: 1, streak: 0, mastered: false, lastRightDay: null }
 */
export function nextMissState(before: MissState | null, correct: boolean, day: number): MissState | null {
  if (!correct) return { missCount: (before?.missCount ?? 0) + 1, streak: 0, mastered: false, lastRightDay: null };
  if (!before || before.mastered) return before;
  if (before.lastRightDay === day) return before;
  const streak = before.streak + 1;
  return { missCount: before.missCount, streak, mastered: streak >= RIGHT_IN_A_ROW_TO_MASTER, lastRightDay: day };
}
