import { State } from "./scheduler";

/**
 * A cram session ("study this section now", as Anki's filtered decks): every card of one section,
 * whether due or not, once each; a card rated Again comes back at the end. With `reschedule` on its
 * ratings are ordinary reviews (a card not due is reviewed early, which FSRS allows for); with it off
 * they are kept apart (CramReview) and leave the schedule exactly as it was. Pure.
 */
export interface CramSession {
  /** Ratings count toward the schedule (Anki: "reschedule cards based on my answers"). */
  reschedule: boolean;
  /** When the session started: ratings since then are this session's. */
  since: Date;
}

/** A card row of the section, as stored. */
export interface CramCardRow {
  flashcardId: string;
  state: number;
  due: Date;
  isSuspended: boolean;
  buriedUntil: Date | null;
}

/** One rating of this session (a review or a cram review), in any order. */
export interface CramRating {
  flashcardId: string;
  rating: number;
  reviewedAt: Date;
}

export interface CramQueue {
  /** The cards still to go, in the order to show them. */
  flashcardIds: string[];
  counts: { new: number; learning: number; review: number };
}

/**
 * The session's queue: due cards first (oldest due first), then new cards (all of them: the
 * daily new-card limit is the schedule's, and the student asked for this section), then the
 * cards not due yet (soonest first), then those whose latest rating in the session was Again.
 * Suspended and buried cards stay out, as in study.
 *
 * @param sectionCardIds the section's active flashcards, in the bank's order
 * @param dayEnd the start of the student's next study day (a review card is due all through its day)
 * @example orderCramQueue(["a", "b"], [], [], now, dayEnd) // { flashcardIds: ["a", "b"], counts: { new: 2, … } }
 */
export function orderCramQueue(
  sectionCardIds: readonly string[],
  rows: readonly CramCardRow[],
  ratings: readonly CramRating[],
  now: Date,
  dayEnd: Date,
): CramQueue {
  const latest = new Map<string, CramRating>();
  for (const r of ratings) {
    const seen = latest.get(r.flashcardId);
    if (!seen || seen.reviewedAt <= r.reviewedAt) latest.set(r.flashcardId, r);
  }
  const rowOf = new Map(rows.map((r) => [r.flashcardId, r]));
  const due: CramCardRow[] = [];
  const fresh: string[] = [];
  const ahead: CramCardRow[] = [];
  const again: CramRating[] = [];
  for (const id of sectionCardIds) {
    const row = rowOf.get(id);
    if (row && (row.isSuspended || (row.buriedUntil !== null && row.buriedUntil > now))) continue;
    const rating = latest.get(id);
    if (rating) {
      if (rating.rating === 1) again.push(rating);
      continue;
    }
    if (!row || row.state === State.New) fresh.push(id);
    else if (row.state === State.Review ? row.due < dayEnd : row.due <= now) due.push(row);
    else ahead.push(row);
  }
  const byDue = (a: CramCardRow, b: CramCardRow) => a.due.getTime() - b.due.getTime();
  due.sort(byDue);
  ahead.sort(byDue);
  again.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const isLearning = (r: CramCardRow) => r.state === State.Learning || r.state === State.Relearning;
  const seenRows = [...due, ...ahead];
  return {
    flashcardIds: [...due.map((r) => r.flashcardId), ...fresh, ...ahead.map((r) => r.flashcardId), ...again.map((r) => r.flashcardId)],
    counts: {
      new: fresh.length,
      learning: seenRows.filter(isLearning).length + again.length,
      review: seenRows.filter((r) => !isLearning(r)).length,
    },
  };
}
