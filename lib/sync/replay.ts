import { becomesLeech } from "@/lib/srs/leech";
import { toCardColumns, toLogColumns, type CardColumns } from "@/lib/srs/mapping";
import { newCard, rateCard, type Card, type Grade, type Scheduler } from "@/lib/srs/scheduler";

/** One rating of a card's log, as replay needs it. */
export interface ReplayRating {
  /** Orders two ratings made in the same millisecond (the log's id, or the request key): any fixed order will do. */
  key: string;
  rating: Grade;
  reviewedAt: Date;
}

/** One rating after the replay: the FSRS columns its log row should have, and the card before it (for undo). */
export interface ReplayedLog {
  key: string;
  columns: ReturnType<typeof toLogColumns>;
  /** The card before this rating; null for the card's first rating (undo then makes it new again). */
  previous: CardColumns | null;
}

export interface Replay {
  card: CardColumns;
  logs: ReplayedLog[];
}

/** Ratings in the order they were made (time, then key): the one order every replay agrees on. */
export function inReviewOrder<T extends { key: string; reviewedAt: Date }>(ratings: readonly T[]): T[] {
  return [...ratings].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Replay a card's ratings through ts-fsrs in the order they were made, from a new card (or from
 * the card as its last reset left it). Pure. This is how a sync resolves two devices' ratings of one
 * card: every rating is kept and the schedule is the one these ratings, in time order, give; no
 * device's state wins over the other's.
 *
 * @param resetAt the card's last reset: the replay starts from a new card made then (ratings before it are not passed in).
 * @example replayRatings(createScheduler(settings), [{ key: "a", rating: 3, reviewedAt }], null).card.reps === 1
 */
export function replayRatings(scheduler: Scheduler, ratings: readonly ReplayRating[], resetAt: Date | null): Replay {
  const ordered = inReviewOrder(ratings);
  let card: Card | null = resetAt ? newCard(resetAt) : null;
  const logs: ReplayedLog[] = [];
  for (const rating of ordered) {
    const before: Card = card ?? newCard(rating.reviewedAt);
    const next = rateCard(scheduler, before, rating.rating, rating.reviewedAt);
    logs.push({ key: rating.key, columns: toLogColumns(next.log), previous: card && toCardColumns(card) });
    card = next.card;
  }
  return { card: toCardColumns(card ?? newCard(resetAt ?? new Date(0))), logs };
}

/** Did the replay take the card to a leech lapse it had not reached before (Anki's rule, lib/srs/leech.ts)? */
export function replayMadeLeech(lapsesBefore: number, replay: Replay, threshold: number): boolean {
  return becomesLeech(lapsesBefore, replay.card.lapses, threshold);
}
