import { Rating } from "ts-fsrs";
import type { MemoryModel, MemoryState } from "./model";
import { factRecall, type FactTable } from "./predict";

/**
 * The plan as a forward simulation of the student's study days until the exam,
 * on the app's memory model (corrected by the calibration factor). Each day, in
 * this order and within the day's budget:
 * 1. new cards, at the pace that introduces every card in time (front-loaded, so
 *    each has reviews before the exam); never-studied cards count as not recalled;
 * 2. reviews of cards whose recall today fell below the day's target retention
 *    (which rises towards the exam), or, on the final-sweep day, whose predicted
 *    recall at the exam is below the sweep threshold — best gain in exam-day recall
 *    per second first;
 * 3. spare time introduces further new cards early.
 * Each card is shown once a day: no same-day learning or relearning steps. FSRS-6
 * gives a repetition on the same day little lasting stability (and the student's
 * true memory, in the benchmark, agrees), so under a budget the time is worth more
 * on another card; a forgotten card comes back on a later day. A review's outcome
 * isn't known in advance: the simulation follows the recalled path and keeps, for
 * the card's last review, the chance it was forgotten and the state it would then
 * have, so the exam-day recall is the mixture.
 */
/** The target retention far from the exam is the student's own; it rises to this on the last day. */
export const PEAK_TARGET_RETENTION = 0.97;
/** Study days over which the target retention rises. */
export const TARGET_RAMP_DAYS = 7;
/** New cards are introduced within this share of the days left (and before the last day when there are several). */
export const INTRO_SHARE = 0.6;
const SAME_DAY_ELAPSED = 0.5;

export interface PlanCard {
  fact: number;
  /** Never studied when the plan starts (and not introduced yet in the simulation). */
  isNew: boolean;
  /** The planner may schedule it (not suspended). */
  isPlanned: boolean;
  state: MemoryState;
  /** Study day number of the last rating (real or planned). */
  lastDay: number;
  /** Chance the last planned review was recalled (1: no planned review yet). */
  pLast: number;
  /** The state after relearning, had that last planned review been forgotten. */
  failState: MemoryState | null;
}

export interface PlanSettings {
  model: MemoryModel;
  /** Calibration's stability factor. */
  factor: number;
  today: number;
  examDay: number;
  secondsPerReview: number;
  /** Seconds a day; today's is what is left of it. */
  budgetSeconds: number;
  todaySecondsLeft: number;
  desiredRetention: number;
  /** On the final-sweep day every card predicted below this at the exam is reviewed. */
  sweepThreshold: number;
  /** New cards already introduced today (they count towards today's pace). */
  introducedToday: number;
  facts: FactTable;
}

export interface SimulatedDay {
  day: number;
  reviews: number;
  newCards: number;
  seconds: number;
  targetRetention: number;
  isFinalSweep: boolean;
  /** Mean over facts of the predicted exam-day recall after this day. */
  predictedScore: number;
}

export interface PlanSimulation {
  days: SimulatedDay[];
  /** Card indices to introduce today, and to review today (best gain per second first). */
  todayNew: number[];
  todayReviews: number[];
  totalSeconds: number;
  /** Each card's predicted exam-day recall (at the settings' factor) before the plan and after it. */
  recallBefore: Float64Array;
  recallAfter: Float64Array;
}

/** Target retention on a day `daysToExam` study days before the exam (1 = the last day). */
export function targetRetentionFor(daysToExam: number, desiredRetention: number): number {
  const peak = Math.max(desiredRetention, PEAK_TARGET_RETENTION);
  const ramp = Math.min(1, Math.max(0, 1 - (daysToExam - 1) / TARGET_RAMP_DAYS));
  return desiredRetention + (peak - desiredRetention) * ramp;
}

/** Predicted recall at the exam of one card (0 for one not introduced). */
export function examRecall(card: PlanCard, examDay: number, model: MemoryModel, factor: number): number {
  if (card.isNew) return 0;
  // An exam later on the day of the last rating: half a day, not FSRS's "no time passed".
  const t = Math.max(SAME_DAY_ELAPSED, examDay - card.lastDay);
  const good = model.recall(t, card.state.stability * factor);
  if (!card.failState || card.pLast >= 1) return good;
  return card.pLast * good + (1 - card.pLast) * model.recall(t, card.failState.stability * factor);
}

/** Runs the plan on `cards` (mutated: pass a copy). */
export function simulatePlan(cards: PlanCard[], s: PlanSettings): PlanSimulation {
  const { model, factor, examDay } = s;
  // Typed arrays filled by plain loops: Float64Array.from(list, fn) is several times slower in V8.
  const n = cards.length;
  const cardExam = new Float64Array(n);
  const active = new Uint8Array(n);
  const lastDay = new Int32Array(n);
  const stability = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = cards[i]!;
    cardExam[i] = examRecall(c, examDay, model, factor);
    // Hot fields mirrored for the daily scan (kept in step with `cards` below).
    active[i] = !c.isNew && c.isPlanned ? 1 : 0;
    lastDay[i] = c.lastDay;
    stability[i] = c.state.stability;
  }
  const recallBefore = cardExam.slice();
  const factBest = new Float64Array(s.facts.count);
  let sum = 0;
  for (let f = 0; f < s.facts.count; f++) {
    factBest[f] = factRecall(s.facts, cardExam, f);
    sum += factBest[f]!;
  }
  const update = (i: number) => {
    cardExam[i] = examRecall(cards[i]!, examDay, model, factor);
    const f = cards[i]!.fact;
    const best = factRecall(s.facts, cardExam, f);
    sum += best - factBest[f]!;
    factBest[f] = best;
  };

  const newQueue: number[] = [];
  for (let i = 0; i < cards.length; i++) if (cards[i]!.isNew && cards[i]!.isPlanned) newQueue.push(i);
  let nextNew = 0;
  const newCost = s.secondsPerReview;
  const studyDays = Math.max(1, examDay - s.today);
  // Re-planned every day, so the rule must hold as the days run out: intros end before the last day.
  const introDays = studyDays >= 2 ? Math.max(1, Math.min(studyDays - 1, Math.ceil(studyDays * INTRO_SHARE))) : 1;
  const result: PlanSimulation = { days: [], todayNew: [], todayReviews: [], totalSeconds: 0, recallBefore, recallAfter: cardExam };

  // An exam later today still gets today's session.
  for (let day = s.today; day < Math.max(examDay, s.today + 1); day++) {
    const daysToExam = Math.max(1, examDay - day);
    const isToday = day === s.today;
    let left = isToday ? s.todaySecondsLeft : s.budgetSeconds;
    const stats: SimulatedDay = {
      day,
      reviews: 0,
      newCards: 0,
      seconds: 0,
      targetRetention: targetRetentionFor(daysToExam, s.desiredRetention),
      isFinalSweep: daysToExam === 1,
      predictedScore: 0,
    };
    const introduce = (limit: number) => {
      while (nextNew < newQueue.length && limit > 0 && left >= newCost) {
        const i = newQueue[nextNew++]!;
        const c = cards[i]!;
        c.isNew = false;
        c.state = model.firstGood;
        c.lastDay = day;
        c.pLast = 1;
        c.failState = null;
        active[i] = 1;
        lastDay[i] = day;
        stability[i] = c.state.stability;
        update(i);
        left -= newCost;
        stats.newCards++;
        limit--;
        if (isToday) result.todayNew.push(i);
      }
    };

    // 1. New cards at the pace that introduces all of them in time.
    const daysIntoPlan = day - s.today;
    const introDaysLeft = Math.max(1, introDays - daysIntoPlan);
    const remaining = newQueue.length - nextNew + (isToday ? s.introducedToday : 0);
    const quota = Math.ceil(remaining / introDaysLeft) - (isToday ? s.introducedToday : 0);
    introduce(quota);

    // 2. Reviews below the day's target (or, on the sweep day, below the sweep threshold at the exam).
    const threshold = model.elapsedRatioAt(stats.targetRetention);
    const due: number[] = [];
    // Over typed arrays: this scan runs for every card on every day.
    const dueRatio = threshold * factor;
    for (let i = 0; i < cards.length; i++) {
      if (!active[i]) continue;
      const t = day - lastDay[i]!;
      if (t >= 1 && (t > stability[i]! * dueRatio || (stats.isFinalSweep && cardExam[i]! < s.sweepThreshold))) due.push(i);
    }
    // Weighing a review takes ts-fsrs's state update; with thousands due and room for a few
    // hundred, only the weakest at the exam (a cheap stand-in for the gain) are weighed.
    const room = Math.ceil(left / s.secondsPerReview);
    const weighed = due.length > room + 16 ? weakest(due, cardExam, room + 16) : due;
    const tExam = Math.max(SAME_DAY_ELAPSED, examDay - day);
    const candidates = weighed.map((i) => {
      const c = cards[i]!;
      const t = day - c.lastDay;
      const p = model.recall(t, c.state.stability * factor);
      // R at the review as ts-fsrs would compute it (the model's own stability, uncorrected).
      const r = factor === 1 ? p : model.recall(t, c.state.stability);
      const good = model.next(c.state, t, Rating.Good, r);
      const fail = model.next(c.state, t, Rating.Again, r);
      const after = p * model.recall(tExam, good.stability * factor) + (1 - p) * model.recall(tExam, fail.stability * factor);
      const cost = s.secondsPerReview;
      return { i, value: (after - cardExam[i]!) / cost, p, cost, good, fail };
    });
    candidates.sort((a, b) => b.value - a.value);
    for (const cand of candidates) {
      if (left < cand.cost) continue;
      const c = cards[cand.i]!;
      c.state = cand.good;
      c.failState = cand.fail;
      c.pLast = cand.p;
      c.lastDay = day;
      lastDay[cand.i] = day;
      stability[cand.i] = cand.good.stability;
      update(cand.i);
      left -= cand.cost;
      stats.reviews++;
      if (isToday) result.todayReviews.push(cand.i);
    }

    // 3. Spare time: further new cards, early.
    introduce(Number.POSITIVE_INFINITY);

    stats.seconds = (isToday ? s.todaySecondsLeft : s.budgetSeconds) - left;
    stats.predictedScore = s.facts.count === 0 ? 0 : sum / s.facts.count;
    result.totalSeconds += stats.seconds;
    result.days.push(stats);
  }
  return result;
}

/** The `count` cards of `indices` with the lowest exam-day recall (a histogram cut: linear, no sort). */
function weakest(indices: readonly number[], recall: ArrayLike<number>, count: number): number[] {
  const bins = new Uint32Array(257);
  for (const i of indices) bins[Math.floor(recall[i]! * 256)]!++;
  let cut = 0;
  for (let total = 0; cut < 257 && total + bins[cut]! < count; cut++) total += bins[cut]!;
  const picked: number[] = [];
  for (const i of indices) if (Math.floor(recall[i]! * 256) <= cut) picked.push(i);
  return picked;
}
