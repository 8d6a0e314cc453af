import type { MemoryModel } from "./model";
import type { CalibrationReview, CalibrationSummary } from "./types";

/**
 * Calibration: does the student forget as fast as the model (default or trained
 * FSRS parameters) says? On their due reviews we compare the share they recalled
 * with the share the model expected, and find the factor on every stability that
 * makes the model expect what was observed. Few reviews say little, so the
 * observation is shrunk towards the model (PRIOR_REVIEWS pseudo-reviews at the
 * model's own expectation), and the factor's range comes from the observed
 * share's standard error, widened by how far the student is from the model.
 */

/** Pseudo-reviews at the model's expectation: with 20 real ones the observation counts half. */
export const PRIOR_REVIEWS = 20;
/** The most reviews used (the newest first, as given): enough for a tight estimate, cheap to solve. */
const MAX_REVIEWS = 3000;
const FACTOR_MIN = 1 / 16;
const FACTOR_MAX = 16;

/** The shape of a ReviewLog row that calibration reads (the card's state before the rating, as ts-fsrs logs it). */
export interface CalibrationLogRow {
  /** ts-fsrs State at the review: 2 = Review (a due review; learning steps don't count). */
  state: number;
  rating: number;
  stability: number;
  /** When the card was reviewed before (ReviewLog.due holds the previous review for a reviewed card). */
  due: Date;
  reviewedAt: Date;
}

/**
 * A ReviewLog row → a calibration review, or null when it wasn't a due review
 * (learning steps, same-day repeats, a card without stability).
 *
 * @param studyDaysBetween lib/srs/day.ts `studyDaysBetween` bound to the student's study day.
 * @example calibrationReviewFromLog(row, (a, b) => studyDaysBetween(a, b, studyDay))
 */
export function calibrationReviewFromLog(
  row: CalibrationLogRow,
  studyDaysBetween: (from: Date, to: Date) => number,
): CalibrationReview | null {
  if (row.state !== 2 || !(row.stability > 0)) return null;
  const elapsedDays = studyDaysBetween(row.due, row.reviewedAt);
  if (elapsedDays < 1) return null;
  return { elapsedDays, stability: row.stability, isRecalled: row.rating !== 1 };
}

/**
 * The stability factor (and its range) that fits the student's due reviews.
 *
 * @example calibrate([{ elapsedDays: 3, stability: 3, isRecalled: false }], model).stabilityFactor < 1
 */
export function calibrate(reviews: readonly CalibrationReview[], model: MemoryModel): CalibrationSummary {
  const used = reviews.slice(0, MAX_REVIEWS).filter((r) => r.elapsedDays > 0 && r.stability > 0);
  const n = used.length;
  if (n === 0) {
    // Nothing observed: the model as it is, with the spread students have around default parameters.
    return {
      reviews: 0,
      observedRecall: null,
      expectedRecall: null,
      stabilityFactor: 1,
      stabilityFactorLow: 0.5,
      stabilityFactorHigh: 1.6,
    };
  }
  // Reviews grouped by elapsed days and stability (a quarter of a natural-log step: within 13 %), so
  // the bisections below weigh a few hundred groups instead of thousands of reviews.
  const groups = new Map<number, { elapsedDays: number; stability: number; count: number }>();
  for (const r of used) {
    const key = Math.min(r.elapsedDays, 100_000) * 4096 + Math.round(Math.log(r.stability) * 4) + 2048;
    const group = groups.get(key);
    if (group) {
      group.stability += (r.stability - group.stability) / (group.count + 1);
      group.count++;
    } else groups.set(key, { elapsedDays: r.elapsedDays, stability: r.stability, count: 1 });
  }
  const grouped = [...groups.values()];
  const meanRecall = (factor: number) => {
    let sum = 0;
    for (const g of grouped) sum += g.count * model.recall(g.elapsedDays, g.stability * factor);
    return sum / n;
  };
  const expected = meanRecall(1);
  const observed = used.filter((r) => r.isRecalled).length / n;
  const shrunk = (observed * n + expected * PRIOR_REVIEWS) / (n + PRIOR_REVIEWS);
  const spread = Math.sqrt(Math.max(shrunk * (1 - shrunk), 0.01) / (n + PRIOR_REVIEWS));
  const factor = solveFactor(meanRecall, shrunk);
  // Widen by the distance from the model: a student the model misjudged is one it may misjudge further.
  const widen = Math.exp(0.35 * Math.abs(Math.log(factor)));
  return {
    reviews: n,
    observedRecall: observed,
    expectedRecall: expected,
    stabilityFactor: factor,
    stabilityFactorLow: solveFactor(meanRecall, shrunk - spread) / widen,
    stabilityFactorHigh: solveFactor(meanRecall, shrunk + spread) * widen,
  };
}

/** Bisection on log(factor): mean recall grows with the factor. */
function solveFactor(meanRecall: (factor: number) => number, goal: number): number {
  let lo = Math.log(FACTOR_MIN);
  let hi = Math.log(FACTOR_MAX);
  if (meanRecall(Math.exp(lo)) >= goal) return FACTOR_MIN;
  if (meanRecall(Math.exp(hi)) <= goal) return FACTOR_MAX;
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    if (meanRecall(Math.exp(mid)) < goal) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}
