import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db } from "@/lib/db/create-client";
import type { StudySettings } from "@/lib/settings/schemas";
import { endPastExams } from "./after-exam";
import { getExamForecast } from "./forecast";
import { getActiveExam, type ExamRecord } from "./queries";
import type { ExamQueue } from "./queue";

/**
 * The student's active exam and today's share of its plan for /study, or null without one. An
 * exam whose moment has passed is ended first, so the plan ends by itself.
 */
export async function getExamStudy(
  db: Db,
  userId: string,
  bank: Bank,
  settings: StudySettings,
  now: Date,
): Promise<{ exam: ExamRecord; queue: ExamQueue } | null> {
  // Most students have no exam: one query says so (this runs on every rating).
  const active = await db.exam.findMany({ where: { userId, status: "active" }, select: { at: true } });
  if (active.length === 0) return null;
  if (active.some((e) => e.at <= now)) await endPastExams(db, userId, bank, settings, now);
  const exam = await getActiveExam(db, userId, now);
  if (!exam) return null;
  const { plan } = await getExamForecast(db, userId, bank, settings, exam, now);
  if (plan.status !== "active") return null;
  return {
    exam,
    queue: { sectionIds: exam.sectionIds, newFlashcardIds: plan.today.newFlashcardIds, reviewFlashcardIds: plan.today.reviewFlashcardIds },
  };
}
