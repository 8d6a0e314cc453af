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

/** Which cards ask about each fact, flat (fact f's cards are cards[start[f]] … cards[start[f + 1] − 1]): the hot loops stay on typed arrays. */
export interface FactTable {
  count: number;
  start: Int32Array;
  cards: Int32Array;
}

/** The fact table from each card's fact number. */
export function buildFactTable(factOfCard: readonly number[], count: number): FactTable {
  const start = new Int32Array(count + 1);
  for (const f of factOfCard) start[f + 1]!++;
  for (let f = 0; f < count; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, count);
  const cards = new Int32Array(factOfCard.length);
  factOfCard.forEach((f, i) => (cards[fill[f]!++] = i));
  return { count, start, cards };
}

/** A fact's recall: its best card's. */
export function factRecall(table: FactTable, cardRecall: Float64Array, f: number): number {
  let best = 0;
  for (let k = table.start[f]!, end = table.start[f + 1]!; k < end; k++) {
    const r = cardRecall[table.cards[k]!]!;
    if (r > best) best = r;
  }
  return best;
}

/** Mean recall over `facts` (fact numbers) and the variance of the share recalled. */
export function scoreFacts(cardRecall: Float64Array, table: FactTable, facts: Int32Array) {
  const n = facts.length;
  if (n === 0) return { mean: 0, variance: 0 };
  let sum = 0;
  let variance = 0;
  for (let k = 0; k < n; k++) {
    const best = factRecall(table, cardRecall, facts[k]!);
    sum += best;
    variance += best * (1 - best);
  }
  return { mean: sum / n, variance: variance / (n * n) };
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
