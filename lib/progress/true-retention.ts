import { studyDayCounter, studyDayNumber, type StudyDay } from "@/lib/srs/day";

/**
 * Anki's True Retention table: of the reviews of cards in review (not learning
 * or relearning), how many were recalled (Hard, Good or Easy) and how many
 * forgotten (Again), by period and by card maturity. Pure.
 */

/** A card whose interval before the review was this many days or more is mature (Anki's line). */
export const MATURE_INTERVAL_DAYS = 21;

/** Reviews of cards in review within one hour of the student's clock, by maturity and recall (from lib/progress/stats.ts). */
export interface RetentionCount {
  /** The hour's start (a UTC instant, ms). */
  at: number;
  /** The card's interval before the review was MATURE_INTERVAL_DAYS or more. */
  mature: boolean;
  /** Rated Hard, Good or Easy (not Again). */
  passed: boolean;
  count: number;
}

export interface RetentionCell {
  passed: number;
  failed: number;
  /** passed / (passed + failed), or null with no reviews. */
  retention: number | null;
}

export type RetentionPeriod = "today" | "yesterday" | "week" | "month" | "year" | "all";

export interface RetentionRow {
  period: RetentionPeriod;
  label: string;
  young: RetentionCell;
  mature: RetentionCell;
  total: RetentionCell;
}

/** Each period as the study days it covers, counted back from today (0 = today); null = all time. */
const PERIODS: { period: RetentionPeriod; label: string; from: number | null; to: number }[] = [
  { period: "today", label: "Today", from: 0, to: 0 },
  { period: "yesterday", label: "Yesterday", from: 1, to: 1 },
  { period: "week", label: "Last 7 days", from: 6, to: 0 },
  { period: "month", label: "Last 30 days", from: 29, to: 0 },
  { period: "year", label: "Last 365 days", from: 364, to: 0 },
  { period: "all", label: "All time", from: null, to: 0 },
];

function cell(passed: number, failed: number): RetentionCell {
  return { passed, failed, retention: passed + failed === 0 ? null : passed / (passed + failed) };
}

/**
 * The True Retention rows at `now`; days are the student's study days.
 *
 * @example computeTrueRetention(reviews, new Date(), { timeZone: "Europe/Berlin", dayStartsAtHour: 4 })[0].mature.retention
 */
export function computeTrueRetention(counts: readonly RetentionCount[], now: Date, day: StudyDay): RetentionRow[] {
  const today = studyDayNumber(now, day);
  const dayOf = studyDayCounter(day);
  const counted = counts.map((c) => ({ ...c, ago: today - dayOf(c.at) }));
  return PERIODS.map(({ period, label, from, to }) => {
    const inPeriod = counted.filter((c) => c.ago >= to && (from === null || c.ago <= from));
    const count = (mature: boolean | null) => {
      const rows = mature === null ? inPeriod : inPeriod.filter((c) => c.mature === mature);
      const passed = rows.filter((c) => c.passed).reduce((sum, c) => sum + c.count, 0);
      const all = rows.reduce((sum, c) => sum + c.count, 0);
      return cell(passed, all - passed);
    };
    return { period, label, young: count(false), mature: count(true), total: count(null) };
  });
}
