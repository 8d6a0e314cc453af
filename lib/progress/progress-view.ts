import "server-only";
import type { Bank } from "@/lib/content/bank";
import { activeFlashcards } from "@/lib/content/retire";
import type { Db } from "@/lib/db/create-client";
import { openMissedIds } from "@/lib/missed/queries";
import { timeZoneOffsetMinutes, type StudyDay } from "@/lib/srs/day";
import { State } from "@/lib/srs/scheduler";
import { masteryBySection, type SectionMastery } from "./mastery";
import { dueForecast, reviewsPerDay, streaks, weekdayOf, type DayRatings, type ForecastDay, type Streaks } from "./series";
import { reviewCounts } from "./rollup";
import { dueByHour } from "./stats";
import { computeTrueRetention, MATURE_INTERVAL_DAYS, type RetentionRow } from "./true-retention";

export const PROGRESS_RANGES = [30, 90] as const;
export type ProgressRange = (typeof PROGRESS_RANGES)[number];
/** Days of history shown for streaks and the calendar. */
const HISTORY_DAYS = 365;
/** Days shown in the calendar heatmap (26 weeks fit a phone). */
export const HEATMAP_DAYS = 182;
export const FORECAST_DAYS = 30;

export interface ProgressView {
  range: ProgressRange;
  reviews: DayRatings[];
  reviewTotals: { reviews: number; days: number; again: number };
  streaks: Streaks;
  heatmap: { date: string; count: number; weekday: number }[];
  retention: RetentionRow[];
  desiredRetention: number;
  forecast: ForecastDay[];
  quizzes: { attemptId: string; date: string; percent: number; score: number; total: number }[];
  mastery: SectionMastery[];
  hasReviews: boolean;
}

/**
 * Everything the progress page draws, from aggregate queries (grouped by hour
 * in the database, then by the student's study day here; the days before today
 * come summed from the student's rollup, lib/progress/rollup.ts).
 *
 * Not a pure read: it writes the student's ProgressRollup row (the cache of the
 * days before today) when it is missing or a day behind, hence the name and this
 * file's own place next to the rollup rather than in a queries.ts.
 */
export async function updateRollupAndGetProgress(
  db: Db,
  userId: string,
  bank: Bank,
  settings: StudyDay & { desiredRetention: number },
  now: Date,
  range: ProgressRange = 30,
): Promise<ProgressView> {
  const offset = timeZoneOffsetMinutes(settings.timeZone, now);
  const subHour = ((offset % 60) + 60) % 60;
  const [counts, due, attempts, matureCards, missed] = await Promise.all([
    reviewCounts(db, userId, settings, subHour, now),
    dueByHour(db, userId, now, new Date(now.getTime() + (FORECAST_DAYS + 1) * 86_400_000), State.New, subHour, [...bank.retired.ids]),
    db.quizAttempt.findMany({
      // Quizzes only: a practice of missed questions is not a quiz score.
      where: { userId, submittedAt: { not: null }, mode: "standard" },
      orderBy: { submittedAt: "desc" },
      take: 30,
      select: { id: true, submittedAt: true, score: true, total: true },
    }),
    // Only the deck's studied (not retired) cards, and only mature ones: what mastery counts.
    db.card.findMany({
      where: {
        userId,
        flashcardId: { in: activeFlashcards(bank).map((card) => card.id) },
        state: State.Review,
        scheduledDays: { gte: MATURE_INTERVAL_DAYS },
      },
      select: { flashcardId: true, state: true, scheduledDays: true },
    }),
    openMissedIds(db, userId, bank),
  ]);
  const { ratings: ratingRows, retention: retentionRows } = counts;
  const history = reviewsPerDay(ratingRows, now, settings, HISTORY_DAYS);
  const reviews = history.slice(-range);
  return {
    range,
    reviews,
    reviewTotals: {
      reviews: reviews.reduce((sum, d) => sum + d.total, 0),
      days: reviews.filter((d) => d.total > 0).length,
      again: reviews.reduce((sum, d) => sum + d.again, 0),
    },
    streaks: streaks(history),
    heatmap: history.slice(-HEATMAP_DAYS).map((d) => ({ date: d.date, count: d.total, weekday: weekdayOf(d.day) })),
    retention: computeTrueRetention(retentionRows, now, settings),
    desiredRetention: settings.desiredRetention,
    forecast: dueForecast(due.overdue, due.hours, now, settings, FORECAST_DAYS),
    quizzes: attempts.reverse().map((a) => ({
      attemptId: a.id,
      date: a.submittedAt!.toISOString(),
      score: a.score ?? 0,
      total: a.total,
      percent: a.total ? Math.round(((a.score ?? 0) / a.total) * 100) : 0,
    })),
    mastery: masteryBySection(bank, matureCards, missed),
    hasReviews: ratingRows.length > 0 || retentionRows.length > 0,
  };
}
