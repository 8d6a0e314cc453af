import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { jsonColumn } from "@/lib/db/json-column";
import { startOfStudyDay, startOfStudyDayNumber, studyDayCounter, type StudyDay } from "@/lib/srs/day";
import { State } from "@/lib/srs/scheduler";
import { retentionByHour, reviewsByHour, type HourRatingCount, type HourRetentionCount, type ReviewRange } from "./stats";
import { MATURE_INTERVAL_DAYS } from "./true-retention";

/**
 * A student's review history for the progress charts, without grouping every
 * review on every visit: the days before today are summed once per study day
 * and kept in ProgressRollup; a visit reads that row, groups only today's
 * reviews, and on a new day first adds the days since the rollup was made.
 *
 * Only three things change reviews before today: an undo (it deletes the
 * rollup when the review it takes back is in it), a guest's progress moving to
 * a new account (both rollups deleted), and scripts that write history
 * (scripts/seed-history.ts deletes it). A changed time zone or day start gives
 * a different `dayKey`, and the rollup is summed again.
 */

/** Review counts as the charts take them: by rating, and true-retention counts (lib/progress/stats.ts). */
export interface ReviewCounts {
  ratings: HourRatingCount[];
  retention: HourRetentionCount[];
}

/** Per study day: [day, rating, count] and [day, mature, passed, count] (0/1 flags). */
const storedDaysSchema = z.object({
  ratings: z.array(z.tuple([z.number().int(), z.number().int().min(1).max(4), z.number().int().nonnegative()])),
  retention: z.array(
    z.tuple([
      z.number().int(),
      z.union([z.literal(0), z.literal(1)]),
      z.union([z.literal(0), z.literal(1)]),
      z.number().int().nonnegative(),
    ]),
  ),
});
export type StoredDays = z.infer<typeof storedDaysSchema>;
/** ProgressRollup.days; a damaged value reads as no rollup (it is summed again). */
const daysColumn = jsonColumn(storedDaysSchema);

const EMPTY: StoredDays = { ratings: [], retention: [] };
/** Inside its study day whatever the day's length (23–25 hours across a clock change). */
const MIDDAY_MS = 12 * 3_600_000;

/** Counts of reviews in `range`, grouped by the hour of the student's clock. */
function countsIn(db: Db, userId: string, range: ReviewRange, subHourMinutes: number): Promise<ReviewCounts> {
  return Promise.all([
    reviewsByHour(db, userId, range, subHourMinutes),
    retentionByHour(db, userId, range, MATURE_INTERVAL_DAYS, State.Review, subHourMinutes),
  ]).then(([ratings, retention]) => ({ ratings, retention }));
}

/** Hourly counts summed per study day, added to `into` (pure). */
export function addByDay(into: StoredDays, counts: ReviewCounts, day: StudyDay): StoredDays {
  const dayOf = studyDayCounter(day);
  const ratings = new Map(into.ratings.map(([d, rating, count]) => [`${d}|${rating}`, count]));
  for (const row of counts.ratings) {
    const key = `${dayOf(row.at)}|${row.rating}`;
    ratings.set(key, (ratings.get(key) ?? 0) + row.count);
  }
  const retention = new Map(into.retention.map(([d, mature, passed, count]) => [`${d}|${mature}|${passed}`, count]));
  for (const row of counts.retention) {
    const key = `${dayOf(row.at)}|${Number(row.mature)}|${Number(row.passed)}`;
    retention.set(key, (retention.get(key) ?? 0) + row.count);
  }
  const split = (key: string) => key.split("|").map(Number);
  return {
    ratings: [...ratings].map(([key, count]) => [...split(key), count] as StoredDays["ratings"][number]),
    retention: [...retention].map(([key, count]) => [...split(key), count] as StoredDays["retention"][number]),
  };
}

/** Stored days back as counts the charts sum by study day: one row per day, at its midday (pure). */
export function daysToCounts(days: StoredDays, day: StudyDay): ReviewCounts {
  const starts = new Map<number, number>();
  const at = (n: number) => {
    let start = starts.get(n);
    if (start === undefined) starts.set(n, (start = startOfStudyDayNumber(n, day).getTime() + MIDDAY_MS));
    return start;
  };
  return {
    ratings: days.ratings.map(([n, rating, count]) => ({ at: at(n), rating, count })),
    retention: days.retention.map(([n, mature, passed, count]) => ({ at: at(n), mature: mature === 1, passed: passed === 1, count })),
  };
}

/** Which study day the sums are by. */
function dayKeyOf(day: StudyDay, subHourMinutes: number): string {
  return `${day.timeZone}|${day.dayStartsAtHour}|${subHourMinutes}`;
}

/** The student's rollup, if it is by this study day, not ahead of `today`, and readable. */
async function readRollup(db: Db, userId: string, dayKey: string, today: Date): Promise<{ upTo: Date; days: StoredDays } | null> {
  const row = await db.progressRollup.findUnique({ where: { userId } });
  if (!row || row.dayKey !== dayKey || row.upTo > today) return null;
  const days = daysColumn.safeParse(row.days);
  return days ? { upTo: row.upTo, days } : null;
}

/**
 * Every review's counts up to `now`: the days before today from the rollup
 * (made or brought up to date first), today's from the reviews themselves.
 */
export async function reviewCounts(db: Db, userId: string, day: StudyDay, subHourMinutes: number, now: Date): Promise<ReviewCounts> {
  const today = startOfStudyDay(now, day);
  const dayKey = dayKeyOf(day, subHourMinutes);
  const [stored, current] = await Promise.all([
    readRollup(db, userId, dayKey, today),
    countsIn(db, userId, { from: today, until: null }, subHourMinutes),
  ]);
  let days = stored?.days ?? EMPTY;
  if (!stored || stored.upTo < today) {
    const missing = await countsIn(db, userId, { from: stored?.upTo ?? null, until: today }, subHourMinutes);
    days = addByDay(days, missing, day);
    const data = { dayKey, upTo: today, days: daysColumn.serialize(days) };
    // A cache: if two visits race to write it, either one's sums are right.
    await db.progressRollup.upsert({ where: { userId }, create: { userId, ...data }, update: data }).catch(() => undefined);
  }
  const past = daysToCounts(days, day);
  return { ratings: [...past.ratings, ...current.ratings], retention: [...past.retention, ...current.retention] };
}

/** Forget a student's rollup: reviews before today changed (an undo reaching into it, moved or written history). */
export async function dropRollup(db: Pick<Db, "progressRollup">, userId: string | string[], reviewedBefore?: Date): Promise<void> {
  await db.progressRollup.deleteMany({
    where: { userId: { in: Array.isArray(userId) ? userId : [userId] }, ...(reviewedBefore ? { upTo: { gt: reviewedBefore } } : {}) },
  });
}
