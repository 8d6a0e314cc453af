import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db, DbTx } from "@/lib/db/create-client";
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
export async function recordQuizOutcomes(tx: DbTx, userId: string, outcomes: readonly GradedOutcome[], bank: Bank, now: Date): Promise<void> {
  const relevant = outcomes.filter((outcome) => outcome.answered);
  if (relevant.length === 0) return;
  const rows = await tx.missedQuestion.findMany({ where: { userId, questionId: { in: relevant.map((outcome) => outcome.questionId) } } });
  const byQuestion = new Map(rows.map((row) => [row.questionId, row]));
  const missedFacts: string[] = [];
  for (const outcome of relevant) {
    const row = byQuestion.get(outcome.questionId);
    const before = row ? { missCount: row.missCount, streak: row.streak, mastered: row.masteredAt !== null } : null;
    const after = nextMissState(before, outcome.correct);
    if (!after || (before && after.streak === before.streak && after.missCount === before.missCount && after.mastered === before.mastered)) continue;
    if (!outcome.correct) {
      const factId = bank.questions.get(outcome.questionId)?.factId;
      if (factId) missedFacts.push(factId);
    }
    if (!row) {
      await tx.missedQuestion.create({
        data: { userId, questionId: outcome.questionId, missCount: after.missCount, streak: 0, firstMissedAt: now, lastMissedAt: now },
      });
      continue;
    }
    await tx.missedQuestion.update({
      where: { id: row.id },
      data: {
        missCount: after.missCount,
        streak: after.streak,
        masteredAt: after.mastered ? (row.masteredAt ?? now) : null,
        ...(outcome.correct ? {} : { lastMissedAt: now }),
      },
    });
  }
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
