import { studyDayCounter, studyDayNumber, type StudyDay } from "@/lib/srs/day";
import type { HourCount, HourRatingCount } from "./stats";

/**
 * Turning the hourly aggregates into what the charts show, by the student's
 * study days. Pure: everything takes `now` and the student's day.
 */

const DAY_MS = 86_400_000;

/** The calendar date a study-day number stands for ("2026-11-24"). */
export function dayLabel(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday (day 0, 1 January 1970, was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export interface DayRatings {
  day: number;
  date: string;
  again: number;
  hard: number;
  good: number;
  easy: number;
  total: number;
}

/** Reviews per study day for the last `days` days (today last), stacked by rating; days without reviews are zeros. */
export function reviewsPerDay(rows: readonly HourRatingCount[], now: Date, day: StudyDay, days: number): DayRatings[] {
  const today = studyDayNumber(now, day);
  const first = today - days + 1;
  const out: DayRatings[] = Array.from({ length: days }, (_, i) => ({
    day: first + i,
    date: dayLabel(first + i),
    again: 0,
    hard: 0,
    good: 0,
    easy: 0,
    total: 0,
  }));
  const keys = ["again", "hard", "good", "easy"] as const;
  const dayOf = studyDayCounter(day);
  for (const row of rows) {
    const index = dayOf(row.at) - first;
    const target = out[index];
    const key = keys[row.rating - 1];
    if (!target || !key) continue;
    target[key] += row.count;
    target.total += row.count;
  }
  return out;
}

export interface Streaks {
  current: number;
  longest: number;
  studyDays: number;
  /** True when today has no reviews yet but yesterday had: the streak is still alive. */
  pendingToday: boolean;
}

/** Study streaks over a run of days (oldest first); a streak survives until the end of today. */
export function streaks(perDay: readonly { total: number }[]): Streaks {
  let longest = 0;
  let run = 0;
  for (const day of perDay) {
    run = day.total > 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const last = perDay.length - 1;
  const pendingToday = (perDay[last]?.total ?? 0) === 0;
  let current = 0;
  for (let i = pendingToday ? last - 1 : last; i >= 0 && (perDay[i]?.total ?? 0) > 0; i -= 1) current += 1;
  return { current, longest, studyDays: perDay.filter((d) => d.total > 0).length, pendingToday: pendingToday && current > 0 };
}

export interface ForecastDay {
  day: number;
  date: string;
  count: number;
}

/** Cards coming due on each of the next `days` study days; today's bar includes the overdue ones. */
export function dueForecast(overdue: number, rows: readonly HourCount[], now: Date, day: StudyDay, days: number): ForecastDay[] {
  const today = studyDayNumber(now, day);
  const out: ForecastDay[] = Array.from({ length: days }, (_, i) => ({ day: today + i, date: dayLabel(today + i), count: 0 }));
  if (out[0]) out[0].count += overdue;
  const dayOf = studyDayCounter(day);
  for (const row of rows) {
    const target = out[dayOf(row.at) - today];
    if (target) target.count += row.count;
  }
  return out;
}
