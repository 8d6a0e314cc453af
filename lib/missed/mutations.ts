import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db, DbTx, Dialect } from "@/lib/db/create-client";
import { idIn, sqlTime } from "@/lib/db/sql";
import { bringFactsForward } from "@/lib/srs/bring-forward";
import { studyDayNumber, type StudyDay } from "@/lib/srs/day";
import { nextMissState, type MissState } from "./rules";

export interface GradedOutcome {
  questionId: string;
  /** A question left blank is a miss like a wrong answer (kept for callers that show the difference). */
  answered: boolean;
  correct: boolean;
}

/**
 * Update the student's missed questions from one submitted attempt, inside the
 * submission's transaction: a wrong or blank answer adds (or re-opens) a miss and brings
 * its fact's flashcards forward; a right answer moves a miss towards mastery, once per study day.
 */
export async function recordQuizOutcomes(
  tx: DbTx,
  dialect: Dialect,
  userId: string,
  outcomes: readonly GradedOutcome[],
  bank: Bank,
  now: Date,
  studyDay: StudyDay,
): Promise<void> {
  if (outcomes.length === 0) return;
  const rows = await tx.missedQuestion.findMany({
    where: { userId, questionId: { in: outcomes.map((outcome) => outcome.questionId) } },
    select: { id: true, questionId: true, missCount: true, streak: true, masteredAt: true, lastRightAt: true },
  });
  const byQuestion = new Map(rows.map((row) => [row.questionId, row]));
  const today = studyDayNumber(now, studyDay);
  // At most two writes for the whole attempt, whatever its length: the new misses, and the rest.
  const firstMisses: string[] = [];
  const missedAgain: string[] = [];
  const stepping: string[] = [];
  const mastering: string[] = [];
  for (const outcome of outcomes) {
    const row = byQuestion.get(outcome.questionId);
    const before = row ? toMissState(row, studyDay) : null;
    const after = nextMissState(before, outcome.correct, today);
    if (!after) continue;
    if (!outcome.correct) (row ? missedAgain : firstMisses).push(row?.id ?? outcome.questionId);
    else if (row && before && after !== before) (after.mastered ? mastering : stepping).push(row.id);
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
        "lastRightAt" = CASE WHEN ${again} THEN NULL ELSE ${time} END,
        "updatedAt" = ${time}
      WHERE ${idIn([...missedAgain, ...stepping, ...mastering])}`;
  }
  const missedFacts = outcomes
    .filter((outcome) => !outcome.correct)
    .flatMap((outcome) => bank.questions.get(outcome.questionId)?.factId ?? []);
  if (missedFacts.length > 0) await bringFactsForward(tx, userId, missedFacts, bank, now);
}

function toMissState(
  row: { missCount: number; streak: number; masteredAt: Date | null; lastRightAt: Date | null },
  studyDay: StudyDay,
): MissState {
  return {
    missCount: row.missCount,
    streak: row.streak,
    mastered: row.masteredAt !== null,
    lastRightDay: row.lastRightAt ? studyDayNumber(row.lastRightAt, studyDay) : null,
  };
}

/**
 * Rebuild one question's Missed row from every submitted answer the student gave it, after an
 * "I was right" claim (or its withdrawal) changed one verdict. Answers count in submission
 * order; a question never missed leaves the list; a mastery marked by hand after the last
 * answer stands.
 */
export async function replayMissed(tx: DbTx, userId: string, questionId: string, studyDay: StudyDay, now: Date): Promise<void> {
  const attempts = await tx.quizAttempt.findMany({
    where: { userId, submittedAt: { not: null }, questionIds: { contains: JSON.stringify(questionId) } },
    orderBy: { submittedAt: "asc" },
    select: { submittedAt: true, answers: { where: { questionId }, select: { isCorrect: true, overriddenAt: true } } },
  });
  let state: MissState | null = null;
  let firstMissedAt: Date | null = null;
  let lastMissedAt: Date | null = null;
  let lastRightAt: Date | null = null;
  let masteredAt: Date | null = null;
  for (const attempt of attempts) {
    const at = attempt.submittedAt!;
    const answer = attempt.answers[0];
    const correct = answer ? answer.isCorrect === true || answer.overriddenAt !== null : false;
    const after = nextMissState(state, correct, studyDayNumber(at, studyDay));
    if (!correct) {
      firstMissedAt ??= at;
      lastMissedAt = at;
      lastRightAt = null;
      masteredAt = null;
    } else if (after !== state) {
      lastRightAt = at;
      masteredAt = after?.mastered ? at : null;
    }
    state = after;
  }
  const existing = await tx.missedQuestion.findUnique({ where: { userId_questionId: { userId, questionId } } });
  if (!state || !firstMissedAt || !lastMissedAt) {
    if (existing) await tx.missedQuestion.delete({ where: { id: existing.id } });
    return;
  }
  const lastAnswer = attempts.at(-1)?.submittedAt ?? now;
  if (!masteredAt && existing?.masteredAt && existing.masteredAt > lastAnswer) masteredAt = existing.masteredAt;
  const data = { missCount: state.missCount, streak: state.streak, firstMissedAt, lastMissedAt, lastRightAt, masteredAt };
  await tx.missedQuestion.upsert({
    where: { userId_questionId: { userId, questionId } },
    create: { userId, questionId, ...data },
    update: data,
  });
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
