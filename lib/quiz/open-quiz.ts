import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db } from "@/lib/db/create-client";
import { isAppError } from "@/lib/errors";
import { submitAttempt } from "./mutations";
import { getOpenAttempt } from "./queries";
import type { OpenQuizView } from "./types";

/**
 * Before a new quiz starts: the student's quiz still open, which they must resume or abandon
 * first (B17: a new quiz used to leave it open for ever), or null when the new one may start.
 * `abandon` names the open quiz the student chose to give up, after being asked: it is submitted
 * as it stands (answers marked, the rest wrong), so what they did is kept in their history.
 *
 * @example
 * const open = await settleOpenQuiz(db, user.id, undefined, bank, now);
 * if (open) return { ...failure("quiz_open"), openQuiz: open };
 */
export async function settleOpenQuiz(
  db: Db,
  userId: string,
  abandon: string | undefined,
  bank: Bank,
  now: Date,
): Promise<OpenQuizView | null> {
  const open = await getOpenAttempt(db, userId, now);
  if (!open) return null;
  if (abandon !== open.attemptId) {
    const remainingMs = open.deadline === null ? null : Math.max(0, Date.parse(open.deadline) - now.getTime());
    return { attemptId: open.attemptId, answered: open.answered, total: open.total, remainingMs };
  }
  try {
    await submitAttempt(db, userId, open.attemptId, bank, now);
  } catch (error) {
    // Submitted or timed out meanwhile (another tab): it is closed either way.
    if (!isAppError(error, "attempt_submitted", "time_up", "attempt_not_found")) throw error;
  }
  return null;
}
