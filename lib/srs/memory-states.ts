import type { StudySettings } from "@/lib/settings/schemas";
import { createScheduler, newCard, rateCard, type Grade } from "./scheduler";

type MemoryState = { stability: number; difficulty: number };

/**
 * Ratings replayed between two turns of the event loop: a student may have 100k reviews on a
 * couple of hundred cards (~4 s of work), so slices are counted in ratings, not cards.
 */
export const REPLAY_SLICE = 1_000;

/**
 * Each card's stability and difficulty as the given parameters make them from its ratings since
 * it was last reset, replayed `slice` ratings at a time: the generator yields (how many ratings
 * that slice replayed) after each slice, a card's own ratings split across slices where they
 * don't fit in one, and returns the states once every card is done. The caller decides what to do
 * between slices (let other requests run). Pure.
 *
 * @example
 * const replay = replayMemoryStates(cards, reviews, settings);
 * let step = replay.next();
 * while (!step.done) { await new Promise((resolve) => setImmediate(resolve)); step = replay.next(); }
 * const states = step.value;
 */
export function* replayMemoryStates(
  cards: { id: string; resetAt: Date | null }[],
  reviews: { cardId: string; rating: number; reviewedAt: Date }[],
  settings: StudySettings,
  slice = REPLAY_SLICE,
): Generator<number, Map<string, MemoryState>, void> {
  const scheduler = createScheduler({ ...settings, enableFuzz: false });
  const byCard = new Map<string, typeof reviews>();
  for (const r of reviews) {
    const list = byCard.get(r.cardId) ?? [];
    list.push(r);
    byCard.set(r.cardId, list);
  }
  const states = new Map<string, MemoryState>();
  let replayed = 0;
  for (const card of cards) {
    const ratings = (byCard.get(card.id) ?? []).filter((r) => !card.resetAt || r.reviewedAt > card.resetAt);
    if (ratings.length === 0) continue;
    let state = newCard(ratings[0]!.reviewedAt);
    for (const r of ratings) {
      state = rateCard(scheduler, state, r.rating as Grade, r.reviewedAt).card;
      if (++replayed === slice) {
        yield replayed;
        replayed = 0;
      }
    }
    states.set(card.id, { stability: state.stability, difficulty: state.difficulty });
  }
  return states;
}
