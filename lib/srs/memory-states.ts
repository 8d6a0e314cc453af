import type { StudySettings } from "@/lib/settings/schemas";
import { createScheduler, newCard, rateCard, type Grade } from "./scheduler";

/**
 * Each card's stability and difficulty as the given parameters make them from
 * its ratings since it was last reset. Pure.
 */
export function recomputeMemoryStates(
  cards: { id: string; resetAt: Date | null }[],
  reviews: { cardId: string; rating: number; reviewedAt: Date }[],
  settings: StudySettings,
): Map<string, { stability: number; difficulty: number }> {
  const scheduler = createScheduler({ ...settings, enableFuzz: false });
  const byCard = new Map<string, typeof reviews>();
  for (const r of reviews) {
    const list = byCard.get(r.cardId) ?? [];
    list.push(r);
    byCard.set(r.cardId, list);
  }
  const states = new Map<string, { stability: number; difficulty: number }>();
  for (const card of cards) {
    const ratings = (byCard.get(card.id) ?? []).filter((r) => !card.resetAt || r.reviewedAt > card.resetAt);
    if (ratings.length === 0) continue;
    let state = newCard(ratings[0]!.reviewedAt);
    for (const r of ratings) state = rateCard(scheduler, state, r.rating as Grade, r.reviewedAt).card;
    states.set(card.id, { stability: state.stability, difficulty: state.difficulty });
  }
  return states;
}
