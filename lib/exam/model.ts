import { computeDecayFactor, Rating } from "ts-fsrs";
import { createScheduler } from "@/lib/srs/scheduler";

/**
 * The student's FSRS memory model, as the planner uses it: ts-fsrs's forgetting
 * curve and memory-state update (via lib/srs/scheduler.ts, so the planner and the
 * app schedule with the same FSRS), with the curve's constants taken out of the
 * loop — the planner evaluates it hundreds of thousands of times for 10,000 cards.
 */
export interface MemoryState {
  difficulty: number;
  stability: number;
}

export interface MemoryModel {
  /** FSRS retrievability after `elapsedDays` (study days) at `stability`. */
  recall(elapsedDays: number, stability: number): number;
  /** Elapsed days per day of stability at which recall falls to `retention` (a card is due when t / S exceeds it). */
  elapsedRatioAt(retention: number): number;
  /** The memory state after a rating `elapsedDays` after the previous one (ts-fsrs next_state; `recall`: its R then, if known). */
  next(state: MemoryState, elapsedDays: number, grade: Rating, recall?: number): MemoryState;
  /** A new card after its first rating, Good: how the plan introduces cards (once, no same-day steps). */
  firstGood: MemoryState;
}

/**
 * @param fsrsParameters the student's trained parameters, or null for ts-fsrs's defaults.
 * @example const model = createMemoryModel(null); model.recall(3, model.firstGood.stability)
 */
export function createMemoryModel(fsrsParameters: readonly number[] | null | undefined): MemoryModel {
  const { fsrs } = createScheduler({ desiredRetention: 0.9, maximumInterval: 36500, fsrsParameters, enableFuzz: false });
  const { decay, factor } = computeDecayFactor(fsrs.parameters.w);
  const next = (state: MemoryState, elapsedDays: number, grade: Rating, recall?: number) =>
    fsrs.next_state(state, Math.max(0, elapsedDays), grade, recall);
  const firstGood = fsrs.next_state(null, 0, Rating.Good);
  return {
    recall: (elapsedDays, stability) => (elapsedDays <= 0 ? 1 : Math.pow(1 + (factor * elapsedDays) / stability, decay)),
    elapsedRatioAt: (retention) => (Math.pow(retention, 1 / decay) - 1) / factor,
    next,
    firstGood,
  };
}
