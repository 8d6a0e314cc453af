import type { CardColumns } from "@/lib/srs/mapping";
import { startOfStudyDayNumber, studyDayNumber } from "@/lib/srs/day";
import { createMemoryModel } from "./model";
import type { PostExamInput } from "./types";

/**
 * After the exam the plan ends and each card goes back to the student's normal
 * desired retention: its next due day is what FSRS gives its stability at that
 * retention, counted from its last review. A deck crammed at high retention (and
 * every card swept the day before) would otherwise fall due together; cards whose
 * day falls within `spreadDays` after the exam (or already passed) are spread over
 * those days by a hash of their id, never earlier than FSRS would have them.
 */

export const DEFAULT_SPREAD_DAYS = 7;

/**
 * The card's due date once the exam is over (unchanged for a card never studied).
 *
 * @example postExamDue(cardRow, "relos-1", { examAt, desiredRetention: 0.9, studyDay })
 */
export function postExamDue(card: CardColumns, flashcardId: string, input: PostExamInput): Date {
  if (card.state === 0) return card.due;
  const spread = Math.max(1, Math.round(input.spreadDays ?? DEFAULT_SPREAD_DAYS));
  const examDay = studyDayNumber(input.examAt, input.studyDay);
  const firstDay = examDay + 1;
  let normalDay: number;
  if (card.state === 2 && card.lastReview && card.stability > 0) {
    const model = createMemoryModel(input.fsrsParameters);
    const interval = Math.round(card.stability * model.elapsedRatioAt(input.desiredRetention));
    normalDay = studyDayNumber(card.lastReview, input.studyDay) + Math.min(Math.max(1, interval), input.maximumInterval ?? 36500);
  } else {
    // Learning or relearning: its next step is due; it comes back after the exam like the rest.
    normalDay = studyDayNumber(card.due, input.studyDay);
  }
  if (normalDay >= firstDay + spread) return startOfStudyDayNumber(normalDay, input.studyDay);
  const day = Math.max(normalDay, firstDay + (hash(flashcardId) % spread));
  return startOfStudyDayNumber(day, input.studyDay);
}

/** FNV-1a: a stable, well-spread number for an id. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
