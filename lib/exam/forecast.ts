import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db } from "@/lib/db/create-client";
import type { StudySettings } from "@/lib/settings/schemas";
import { planExam } from "./plan";
import { getPlannerCards, type ExamRecord } from "./queries";
import type { ExamPlan, ExamPlanInput } from "./types";

/** The plan of an exam as it stands now, with the inputs it was made from (the mock exam's prediction reuses them). */
export interface ExamForecast {
  plan: ExamPlan;
  input: ExamPlanInput;
}

/**
 * Plan the student's exam from the database as it is now: the one call the Exam page, the study
 * queue and the mock exams share, so all three see the same plan.
 */
export async function getExamForecast(
  db: Db,
  userId: string,
  bank: Bank,
  settings: StudySettings,
  exam: ExamRecord,
  now: Date,
): Promise<ExamForecast> {
  const studyDay = { timeZone: settings.timeZone, dayStartsAtHour: settings.dayStartsAtHour };
  const fromDb = await getPlannerCards(db, userId, bank, exam.sectionIds, studyDay, now);
  const input: ExamPlanInput = {
    now,
    exam: {
      at: exam.at,
      sectionIds: exam.sectionIds,
      targetShare: exam.targetPercent === null ? null : exam.targetPercent / 100,
      dailyBudgetMinutes: exam.dailyMinutes,
    },
    ...fromDb,
    fsrsParameters: settings.fsrsParameters ?? null,
    desiredRetention: settings.desiredRetention,
    maximumInterval: settings.maximumInterval,
    studyDay,
  };
  return { plan: planExam(input), input };
}
