import { default_w, forgetting_curve } from "ts-fsrs";
import type { ExamCard } from "./types";

const DAY_MS = 86_400_000;

/**
 * The share of some facts the model expects the student to recall at `at`: each fact's recall
 * is that of its best card (FSRS retrievability from the stored stability, scaled by the
 * planner's calibration factor); a fact whose cards were never studied counts as not recalled.
 * What a mock exam's result is shown next to. Pure.
 *
 * @example predictFactRecall(cards, ["fact-a", "fact-b"], new Date(2026, 11, 1), null, 1) // 0.62
 */
export function predictFactRecall(
  cards: readonly ExamCard[],
  factIds: readonly string[],
  at: Date,
  parameters: readonly number[] | null | undefined,
  stabilityFactor: number,
): number {
  if (factIds.length === 0) return 0;
  const w = parameters && parameters.length === 21 ? parameters : default_w;
  const best = new Map<string, number>();
  for (const card of cards) {
    const memory = card.memory;
    const recall =
      memory && memory.lastReview && memory.stability > 0
        ? forgetting_curve(w, Math.max(0, (at.getTime() - memory.lastReview.getTime()) / DAY_MS), memory.stability * stabilityFactor)
        : 0;
    best.set(card.factId, Math.max(best.get(card.factId) ?? 0, recall));
  }
  return factIds.reduce((sum, id) => sum + (best.get(id) ?? 0), 0) / factIds.length;
}
