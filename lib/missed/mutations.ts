import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db, DbTx, Dialect } from "@/lib/db/create-client";
import { idIn, sqlTime } from "@/lib/db/sql";
import { bringFactsForward } from "@/lib/srs/bring-forward";
import { nextMissState } from "./rules";

export interface GradedOutcome {
  questionId: string;
  /** False for a question left blank: only answers given wrongly count as misses. */
  answered: boolean;
  correct: boolean;
}

/**
 * Update the student's missed questions from one submitted attempt, inside the
 * submission's transaction: a wrong answer adds (or re-opens) a miss and brings
 * its fact's flashcards forward; a right answer moves a miss towards mastery.
 */
export async function recordQuizOutcomes(
  tx: DbTx,
  dialect: Dialect,
  userId: string,
  outcomes: readonly GradedOutcome[],
  bank: Bank,
  now: Date,
): Promise<void> {
  const relevant = outcomes.filter((outcome) => outcome.answered);
  if (relevant.length === 0) return;
  const rows = await tx.missedQuestion.findMany({
    where: { userId, questionId: { in: relevant.map((outcome) => outcome.questionId) } },
    select: { id: true, questionId: true, missCount: true, streak: true, masteredAt: true },
  });
  const byQuestion = new Map(rows.map((row) => [row.questionId, row]));
  // At most two writes for the whole attempt, whatever its length: the new misses, and the rest.
  const firstMisses: string[] = [];
  const missedAgain: string[] = [];
  const stepping: string[] = [];
  const mastering: string[] = [];
  for (const outcome of relevant) {
    const row = byQuestion.get(outcome.questionId);
    const after = nextMissState(row ? { missCount: row.missCount, streak: row.streak, mastered: row.masteredAt !== null } : null, outcome.correct);
    if (!after) continue;
    if (!outcome.correct) (row ? missedAgain : firstMisses).push(row?.id ?? outcome.questionId);
    else if (row && row.masteredAt === null) (after.mastered ? mastering : stepping).push(row.id);
  }
  if (firstMisses.length > 0) {
    await tx.missedQuestion.createMany({
      data: firstMisses.map((questionId) => ({ userId, questionId, missCount: 1, streak: 0, firstMissedAt: now, lastMissedAt: now })),
    });
  }
  if (missedAgain.length + stepping.length + mastering.length > 0) {
    // Repeat misses, steps towards mastery and mastery reached: one statement for all three.
    const time = sqlTime(dialect, now);
    const again = idIn(missedAgain);
    await tx.$executeRaw`
      UPDATE "MissedQuestion" SET
        "missCount" = "missCount" + CASE WHEN ${again} THEN 1 ELSE 0 END,
        "streak" = CASE WHEN ${again} THEN 0 ELSE "streak" + 1 END,
        "masteredAt" = CASE WHEN ${again} THEN NULL WHEN ${idIn(mastering)} THEN ${time} ELSE "masteredAt" END,
        "lastMissedAt" = CASE WHEN ${again} THEN ${time} ELSE "lastMissedAt" END,
        "updatedAt" = ${time}
      WHERE ${idIn([...missedAgain, ...stepping, ...mastering])}`;
  }
  const missedFacts = relevant.filter((outcome) => !outcome.correct).flatMap((outcome) => bank.questions.get(outcome.questionId)?.factId ?? []);
  if (missedFacts.length > 0) await bringFactsForward(tx, userId, missedFacts, bank, now);
}

/** The student says they know it: off the Missed list now. False when it isn't one of their misses. */
export async function markMastered(db: Db, userId: string, questionId: string, now: Date): Promise<boolean> {
  const { count } = await db.missedQuestion.updateMany({ where: { userId, questionId, masteredAt: null }, data: { masteredAt: now } });
  return count > 0 || (await db.missedQuestion.count({ where: { userId, questionId } })) > 0;
}

/** Back on the Missed list with no progress: two fresh right answers are needed again. */
export async function resetMissed(db: Db, userId: string, questionId: string): Promise<boolean> {
  const { count } = await db.missedQuestion.updateMany({ where: { userId, questionId }, data: { masteredAt: null, streak: 0 } });
  return count > 0;
}
