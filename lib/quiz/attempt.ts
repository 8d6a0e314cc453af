import "server-only";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors";

/**
 * The attempt row of this student, or AppError "attempt_not_found". Found by (id, userId):
 * another student's attempt is "not found", exactly like a missing one.
 */
export async function findOwnAttempt(db: Db, userId: string, attemptId: string) {
  const attempt = await db.quizAttempt.findFirst({ where: { id: attemptId, userId } });
  if (!attempt) throw new AppError("attempt_not_found");
  return attempt;
}
