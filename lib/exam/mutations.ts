import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { ExamInput } from "./schemas";

/**
 * Exam writes. Every function takes the student's id from the session and finds the exam by
 * (id, userId): another student's exam is "not found", exactly like a missing one.
 */

export type SetExamOutcome = { examId: string; changed: boolean };

/**
 * Set the student's exam, or change the active one in place (its mock exams stay with it).
 * One active exam per student holds through the unique `activeFor`: two tabs creating at once
 * make one row, and the second write becomes a change of it.
 */
export async function setExam(db: Db, userId: string, input: ExamInput, now: Date): Promise<SetExamOutcome> {
  // An exam whose moment has passed is not the active one any more: a new one is set instead.
  await db.exam.updateMany({ where: { userId, status: "active", at: { lte: now } }, data: { status: "past", activeFor: null } });
  const data = {
    at: input.at,
    timeZone: input.timeZone,
    sectionIds: JSON.stringify(input.sectionIds),
    targetPercent: input.targetPercent,
    dailyMinutes: input.dailyMinutes,
  };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const active = await db.exam.findUnique({ where: { activeFor: userId }, select: { id: true } });
    if (active) {
      // A change invalidates the stored prediction: the page stores a new one when it is next shown.
      await db.exam.update({ where: { id: active.id }, data: { ...data, predictedScore: null, predictedLow: null, predictedHigh: null } });
      return { examId: active.id, changed: true };
    }
    try {
      const created = await db.exam.create({ data: { ...data, userId, activeFor: userId, status: "active" }, select: { id: true } });
      return { examId: created.id, changed: false };
    } catch (error) {
      // Another request created the active exam between the read and the write: change that one.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`Could not set the exam of user ${userId}.`);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/** Cancel the student's active exam. False when it isn't their active exam. */
export async function cancelExam(db: Db, userId: string, examId: string): Promise<boolean> {
  const { count } = await db.exam.updateMany({
    where: { id: examId, userId, status: "active" },
    data: { status: "cancelled", activeFor: null },
  });
  return count > 0;
}

/** The score the student got, entered after the exam. False when it isn't one of their past exams. */
export async function enterActualScore(db: Db, userId: string, examId: string, actualPercent: number): Promise<boolean> {
  const { count } = await db.exam.updateMany({ where: { id: examId, userId, status: "past" }, data: { actualPercent } });
  return count > 0;
}

/** Store the prediction the student was shown, so it stays on the record once the exam is past. */
export async function storePrediction(
  db: Db,
  userId: string,
  examId: string,
  prediction: { score: number; low: number; high: number },
): Promise<void> {
  await db.exam.updateMany({
    where: { id: examId, userId, status: "active" },
    data: { predictedScore: prediction.score, predictedLow: prediction.low, predictedHigh: prediction.high },
  });
}
