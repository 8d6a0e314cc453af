import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db } from "@/lib/db/create-client";
import type { StudySettings } from "@/lib/settings/schemas";

/**
 * End every exam of the student whose moment has passed: it becomes past, and its last stored
 * prediction stays on the record next to the score the student enters. /study then serves the
 * normal schedule again. The cards need no rewrite: under an exam the plan only chooses *which*
 * cards come today; every rating is still scheduled with the student's own desired retention, so
 * the due dates after the exam are the normal ones (early reviews give longer intervals, not a
 * wall of overdue cards).
 * TODO(exam-planner): spread cards falling due right after the exam with their `postExamDue` once it lands.
 *
 * @returns how many exams it ended
 */
export async function endPastExams(db: Db, userId: string, _bank: Bank, _settings: StudySettings, now: Date): Promise<number> {
  const { count } = await db.exam.updateMany({ where: { userId, status: "active", at: { lte: now } }, data: { status: "past", activeFor: null } });
  return count;
}
