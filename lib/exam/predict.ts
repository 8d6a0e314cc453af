import type { ScoreEstimate } from "./types";

/**
 * Exam-day scores from per-card recall: a fact is recalled when its best card is;
 * the score is the mean over facts. The band combines the calibration's range
 * (the model may be off for this student: scores at both ends of the stability
 * factor) with the coin-flip spread of the facts themselves, and a floor for what
 * no model knows (a bad night's sleep, a question worded differently).
 */

/** Standard errors either side: ±1 covers about two thirds — "more often than not". */
const Z = 1;
/** Points of model error no calibration removes. */
const MODEL_FLOOR = 0.015;

/** Mean recall over `facts` (indices into factCards) and the variance of the share recalled. */
export function scoreFacts(cardRecall: Float64Array, factCards: readonly (readonly number[])[], facts: readonly number[]) {
  if (facts.length === 0) return { mean: 0, variance: 0 };
  let sum = 0;
  let variance = 0;
  for (const f of facts) {
    let best = 0;
    for (const i of factCards[f]!) best = Math.max(best, cardRecall[i]!);
    sum += best;
    variance += best * (1 - best);
  }
  return { mean: sum / facts.length, variance: variance / (facts.length * facts.length) };
}

/**
 * The estimate and its band from the recall at the calibration's central factor and at both ends of its range.
 *
 * @example estimateScore(scoreFacts(mid, fc, all), scoreFacts(low, fc, all), scoreFacts(high, fc, all))
 */
export function estimateScore(mid: { mean: number; variance: number }, low: { mean: number }, high: { mean: number }): ScoreEstimate {
  const coin = Z * Math.sqrt(mid.variance);
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  const lowEnd = Math.min(mid.mean, low.mean, high.mean);
  const highEnd = Math.max(mid.mean, low.mean, high.mean);
  return {
    score: mid.mean,
    low: clamp(mid.mean - Math.hypot(mid.mean - lowEnd, coin) - MODEL_FLOOR),
    high: clamp(mid.mean + Math.hypot(highEnd - mid.mean, coin) + MODEL_FLOOR),
  };
}
