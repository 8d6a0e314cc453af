import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors";
import { replayMissed } from "@/lib/missed/mutations";
import { getStudySettings } from "@/lib/settings/queries";
import { isAnswered } from "./grading";
import { findOwnAttempt } from "./attempt";
import { isPastDeadline } from "./attempt-status";
import { storedAnswerSchema } from "./schemas";

/**
 * "I was right": after submission, a student may claim that a typed answer (written or
 * numeric) the grader marked wrong was right, and take the claim back. The claim is stored
 * with the answer (`overriddenAt`); the attempt's score and the question's Missed row follow
 * it. The grader's own verdict (`isCorrect`) is kept, so authors see what was claimed
 * (`content:report`). Another student's attempt is "not found", like a missing one.
 */

export interface ClaimResult {
  score: number;
  total: number;
  overridden: boolean;
}

/** Claim (`claimed` true) or withdraw the claim on one answer of a submitted attempt of the student's. */
export async function claimAnswer(
  db: Db,
  userId: string,
  attemptId: string,
  questionId: string,
  claimed: boolean,
  bank: Bank,
  now: Date,
): Promise<ClaimResult> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  const row = await db.attemptAnswer.findUnique({ where: { attemptId_questionId: { attemptId, questionId } } });
  const question = bank.questions.get(questionId);
  const answer = row ? storedAnswerSchema.safeParse(JSON.parse(row.answer)) : null;
  const isTyped =
    answer?.success &&
    answer.data !== null &&
    (answer.data.kind === "written" || answer.data.kind === "numeric") &&
    isAnswered(answer.data);
  // An answer saved after the deadline was never counted: there is nothing to claim.
  const counted = row !== null && !isPastDeadline(attempt.deadline, row.answeredAt);
  if (!attempt.submittedAt || !row || !counted || row.isCorrect !== false || !question || !isTyped) throw new AppError("not_overridable");
  const { timeZone, dayStartsAtHour } = await getStudySettings(db, userId);
  return db.$transaction(async (tx) => {
    await tx.attemptAnswer.update({ where: { id: row.id }, data: { overriddenAt: claimed ? (row.overriddenAt ?? now) : null } });
    const score = await tx.attemptAnswer.count({ where: { attemptId, OR: [{ isCorrect: true }, { overriddenAt: { not: null } }] } });
    await tx.quizAttempt.update({ where: { id: attemptId }, data: { score } });
    await replayMissed(tx, userId, questionId, { timeZone, dayStartsAtHour }, now);
    return { score, total: attempt.total, overridden: claimed };
  });
}
