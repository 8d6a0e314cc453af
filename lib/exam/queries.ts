import "server-only";
import type { Bank } from "@/lib/content/bank";
import { activeFlashcards } from "@/lib/content/retire";
import type { Db } from "@/lib/db/create-client";
import { startOfStudyDay, studyDaysBetween, type StudyDay } from "@/lib/srs/day";
import { State } from "@/lib/srs/scheduler";
import { calibrationReviewFromLog } from "./calibration";
import type { ExamCard, ExamPlanInput } from "./types";
import { storedExamSectionsSchema, type ExamStatus } from "./schemas";

/** An exam as the app uses it (the row, its sections parsed). */
export interface ExamRecord {
  id: string;
  at: Date;
  timeZone: string;
  sectionIds: string[];
  targetPercent: number | null;
  dailyMinutes: number | null;
  status: ExamStatus;
  predictedScore: number | null;
  predictedLow: number | null;
  predictedHigh: number | null;
  actualPercent: number | null;
  createdAt: Date;
}

type ExamRow = Omit<ExamRecord, "sectionIds" | "status"> & { sectionIds: string; status: string };

function toRecord(row: ExamRow): ExamRecord {
  return {
    id: row.id,
    at: row.at,
    timeZone: row.timeZone,
    sectionIds: storedExamSectionsSchema.parse(JSON.parse(row.sectionIds)),
    targetPercent: row.targetPercent,
    dailyMinutes: row.dailyMinutes,
    status: row.status === "cancelled" || row.status === "past" ? row.status : "active",
    predictedScore: row.predictedScore,
    predictedLow: row.predictedLow,
    predictedHigh: row.predictedHigh,
    actualPercent: row.actualPercent,
    createdAt: row.createdAt,
  };
}

const EXAM_SELECT = {
  id: true,
  at: true,
  timeZone: true,
  sectionIds: true,
  targetPercent: true,
  dailyMinutes: true,
  status: true,
  predictedScore: true,
  predictedLow: true,
  predictedHigh: true,
  actualPercent: true,
  createdAt: true,
} as const;

/**
 * The student's active exam whose moment is still ahead, or null. An active exam whose moment
 * has passed counts as over here even before `endPastExams (after-exam.ts)` marks it: the plan ends by itself.
 */
export async function getActiveExam(db: Db, userId: string, now: Date): Promise<ExamRecord | null> {
  const row = await db.exam.findFirst({ where: { userId, status: "active", at: { gt: now } }, select: EXAM_SELECT });
  return row ? toRecord(row) : null;
}

/** The student's past exams (and cancelled ones), latest first, with prediction and entered score. */
export async function getPastExams(db: Db, userId: string, limit = 20): Promise<ExamRecord[]> {
  const rows = await db.exam.findMany({
    where: { userId, status: { in: ["past", "cancelled"] } },
    orderBy: [{ at: "desc" }, { id: "asc" }],
    take: limit,
    select: EXAM_SELECT,
  });
  return rows.map(toRecord);
}

/** Reviews longer than this were a break, not a review: capped so one lunch doesn't double the mean. */
const MAX_REVIEW_MS = 120_000;
const TIMED_SAMPLE = 500;
const CALIBRATION_SAMPLE = 2000;
const MIN_TIMED_REVIEWS = 20;

/**
 * The planner's inputs read from the database (everything but the clock, the exam and the
 * settings): every flashcard of the exam's sections with the student's memory state, the
 * stability each had before today's first rating (so a burst of same-day repeats counts once),
 * the student's own seconds per review, seconds studied today, and their latest due reviews to
 * calibrate the model on.
 */
export async function getPlannerCards(
  db: Db,
  userId: string,
  bank: Bank,
  sectionIds: readonly string[],
  studyDay: StudyDay,
  now: Date,
): Promise<Pick<ExamPlanInput, "cards" | "secondsPerReview" | "secondsStudiedToday" | "calibration">> {
  const sections = new Set(sectionIds);
  const dayStart = startOfStudyDay(now, studyDay);
  const [rows, timed, today, due] = await Promise.all([
    db.card.findMany({ where: { userId } }),
    db.reviewLog.findMany({
      where: { userId, durationMs: { gt: 0 } },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      take: TIMED_SAMPLE,
      select: { durationMs: true },
    }),
    db.reviewLog.findMany({
      where: { userId, reviewedAt: { gte: dayStart } },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      select: { cardId: true, state: true, stability: true, durationMs: true },
    }),
    db.reviewLog.findMany({
      where: { userId, state: State.Review },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      take: CALIBRATION_SAMPLE,
      select: { rating: true, state: true, stability: true, due: true, reviewedAt: true },
    }),
  ]);
  // Per card rated today: how many ratings, whether the first was its first ever, and (ts-fsrs logs
  // the state before each rating) the second log's stability, i.e. the stability after the first.
  const todayByCard = new Map<string, { ratings: number; isNewToday: boolean; afterFirst: number | null }>();
  for (const log of today) {
    const seen = todayByCard.get(log.cardId);
    if (!seen) todayByCard.set(log.cardId, { ratings: 1, isNewToday: log.state === State.New, afterFirst: null });
    else {
      if (seen.ratings === 1) seen.afterFirst = log.stability;
      seen.ratings += 1;
    }
  }
  const byFlashcard = new Map(rows.map((row) => [row.flashcardId, row]));
  const cards: ExamCard[] = [];
  for (const flashcard of activeFlashcards(bank)) {
    if (!sections.has(flashcard.sectionId)) continue;
    const row = byFlashcard.get(flashcard.id);
    // A row still in state New (brought forward by a miss, reset, buried while new) has no memory yet.
    const memory = row && row.state !== State.New ? row : null;
    const ratedToday = row ? todayByCard.get(row.id) : undefined;
    cards.push({
      flashcardId: flashcard.id,
      factId: flashcard.factId,
      sectionId: flashcard.sectionId,
      memory,
      stabilityAfterFirstReviewToday: ratedToday?.afterFirst ?? null,
      isNewToday: ratedToday?.isNewToday ?? false,
      isSuspended: row?.isSuspended ?? false,
    });
  }
  const secondsPerReview =
    timed.length >= MIN_TIMED_REVIEWS
      ? timed.reduce((sum, r) => sum + Math.min(r.durationMs, MAX_REVIEW_MS), 0) / timed.length / 1000
      : null;
  return {
    cards,
    secondsPerReview,
    secondsStudiedToday: today.reduce((sum, r) => sum + Math.min(r.durationMs, MAX_REVIEW_MS), 0) / 1000,
    calibration: due.flatMap((r) => calibrationReviewFromLog(r, (from, to) => studyDaysBetween(from, to, studyDay)) ?? []),
  };
}

/** The mock exams the student started for this exam, by slot, with their attempt's result. */
export interface MockResult {
  slot: number;
  attemptId: string;
  predicted: number;
  startedAt: Date;
  submitted: boolean;
  score: number | null;
  total: number;
}

export async function getMockResults(db: Db, userId: string, examId: string): Promise<MockResult[]> {
  const mocks = await db.exam.findFirst({
    where: { id: examId, userId },
    select: { mocks: { orderBy: { slot: "asc" }, select: { slot: true, attemptId: true, predicted: true, startedAt: true } } },
  });
  if (!mocks || mocks.mocks.length === 0) return [];
  const attempts = await db.quizAttempt.findMany({
    where: { userId, id: { in: mocks.mocks.map((m) => m.attemptId) } },
    select: { id: true, submittedAt: true, score: true, total: true },
  });
  const byId = new Map(attempts.map((a) => [a.id, a]));
  return mocks.mocks.flatMap((mock) => {
    const attempt = byId.get(mock.attemptId);
    if (!attempt) return [];
    return [{ ...mock, submitted: attempt.submittedAt !== null, score: attempt.score, total: attempt.total }];
  });
}
