import { studyDayNumber, type StudyDay } from "@/lib/srs/day";
import { State } from "@/lib/srs/scheduler";

/**
 * Anki's True Retention table: of the reviews of cards in review (not learning
 * or relearning), how many were recalled (Hard, Good or Easy) and how many
 * forgotten (Again), by period and by card maturity. Pure.
 */

/** A card whose interval before the review was this many days or more is mature (Anki's line). */
export const MATURE_INTERVAL_DAYS = 21;

export interface RetentionReview {
  reviewedAt: Date;
  rating: number;
  /** The card's state before the rating (ts-fsrs State). */
  state: number;
  /** The card's interval before the rating, in days. */
  scheduledDays: number;
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
export function computeTrueRetention(reviews: readonly RetentionReview[], now: Date, day: StudyDay): RetentionRow[] {
  const today = studyDayNumber(now, day);
  const counted = reviews
    .filter((r) => r.state === State.Review)
    .map((r) => ({ ago: today - studyDayNumber(r.reviewedAt, day), passed: r.rating > 1, mature: r.scheduledDays >= MATURE_INTERVAL_DAYS }));
  return PERIODS.map(({ period, label, from, to }) => {
    const inPeriod = counted.filter((r) => r.ago >= to && (from === null || r.ago <= from));
    const count = (mature: boolean | null) => {
      const rows = mature === null ? inPeriod : inPeriod.filter((r) => r.mature === mature);
      const passed = rows.filter((r) => r.passed).length;
      return cell(passed, rows.length - passed);
    };
    return { period, label, young: count(false), mature: count(true), total: count(null) };
  });
}
