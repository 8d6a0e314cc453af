import "server-only";
import type { ActionResult } from "@/lib/action-result";
import type { Bank } from "@/lib/content/bank";
import type { Db } from "@/lib/db/create-client";
import { isAppError } from "@/lib/errors";
import { startAttempt } from "@/lib/quiz/mutations";
import { SECONDS_PER_QUESTION } from "@/lib/quiz/limits";
import type { QuizSettings } from "@/lib/quiz/schemas";
import { QUESTION_KINDS } from "@/lib/content/schemas";
import { getStudySettings } from "@/lib/settings/queries";
import { getExamForecast } from "./forecast";
import { MOCK_QUESTIONS } from "./limits";
import { predictFactRecall } from "./mock";
import { getActiveExam } from "./queries";

/** The quiz a mock exam is: questions of every kind and difficulty from the exam's sections, 45 s each. */
export function mockQuizSettings(sectionIds: readonly string[]): QuizSettings {
  return {
    count: MOCK_QUESTIONS,
    sectionIds: [...sectionIds],
    kinds: [...QUESTION_KINDS],
    difficulties: [1, 2, 3],
    timeLimitSeconds: MOCK_QUESTIONS * SECONDS_PER_QUESTION,
    mode: "standard",
  };
}

/**
 * Start one of the plan's mock exams: it must be the student's active exam, the slot must be
 * scheduled for today or earlier, and not taken yet. Stores what the model predicts for the drawn
 * questions' facts at the start, so the result is shown next to it.
 */
export async function startMockExam(
  db: Db,
  userId: string,
  bank: Bank,
  /** slot: the mock exam's days before the exam (7, 3, 1): stable while the days pass. */
  input: { examId: string; slot: number },
  now: Date,
): Promise<ActionResult<{ attemptId: string }>> {
  const exam = await getActiveExam(db, userId, now);
  if (!exam || exam.id !== input.examId) return { ok: false, error: "That exam isn't your active exam. Reload the page." };
  const settings = await getStudySettings(db, userId);
  const { plan, input: planInput } = await getExamForecast(db, userId, bank, settings, exam, now);
  if (plan.status !== "active") return { ok: false, error: "That exam is over." };
  const mock = plan.mockExams.find((m) => m.daysBefore === input.slot);
  if (!mock || mock.startsAt > now) return { ok: false, error: "That mock exam isn't scheduled yet: it opens on its day." };
  if (await db.examMock.findUnique({ where: { examId_slot: { examId: exam.id, slot: input.slot } }, select: { id: true } })) {
    return { ok: false, error: "You took that mock exam already: its result is on the Exam page." };
  }
  let attemptId: string;
  try {
    ({ attemptId } = await startAttempt(db, userId, mockQuizSettings(exam.sectionIds), bank, now));
  } catch (error) {
    if (isAppError(error, "no_questions")) return { ok: false, error: "The exam's sections have no quiz questions." };
    throw error;
  }
  const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { questionIds: true } });
  const factIds = (JSON.parse(attempt.questionIds) as string[]).flatMap((id) => bank.questions.get(id)?.factId ?? []);
  const predicted = predictFactRecall(planInput.cards, factIds, now, planInput.fsrsParameters, plan.calibration.stabilityFactor);
  try {
    await db.examMock.create({ data: { examId: exam.id, attemptId, slot: input.slot, predicted, startedAt: now } });
  } catch (error) {
    // Two clicks at once: the first one's mock stands; this attempt is dropped.
    await db.quizAttempt.deleteMany({ where: { id: attemptId, userId } });
    if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") {
      return { ok: false, error: "You took that mock exam already: its result is on the Exam page." };
    }
    throw error;
  }
  return { ok: true, data: { attemptId } };
}
