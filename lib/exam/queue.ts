/**
 * The study queue under an active exam (pure): the exam's cards follow the plan's list for today,
 * every other card keeps its normal schedule. lib/srs/queries.ts calls these while it builds the
 * queue, so the planner's ordering reaches /study without a second queue.
 */

/** What /study needs from today's plan (the planner's TodayStudyList, narrowed to ids). */
export interface ExamQueue {
  /** The exam's sections: their cards follow the plan, not the daily limits. */
  sectionIds: readonly string[];
  /** New cards to introduce today, in order (instead of the fixed new-cards-per-day limit). */
  newFlashcardIds: readonly string[];
  /** Reviews for today, best first: in the plan's order, due by FSRS or not. */
  reviewFlashcardIds: readonly string[];
}

interface QueueCard {
  flashcardId: string;
  state: number;
  lastReview?: Date | null;
}

const REVIEW = 2;

/**
 * Today's due cards with the exam's reviews put in the plan's order: learning steps first (they are
 * due to the minute), then the plan's reviews best first, then the other sections' due reviews.
 * The plan shows each exam card once a study day (its TodayStudyList.isOncePerDay: FSRS-6 gives
 * same-day steps little lasting value, and the plan's minutes and bench:exam's figures assume it),
 * so an exam card already rated today waits for tomorrow instead of coming back for a step.
 * An exam card in review that the plan leaves out today is held back (its memory is fresh enough
 * for the exam); one the plan wants early comes in from `planned` even if FSRS has it due later.
 *
 * @param dueNow the normal queue's due cards (learning and review), in due order
 * @param planned rows of the plan's review cards (any order; unavailable ones already left out)
 * @param isExamCard true for a card of the exam's sections
 * @param dayStart the start of the student's study day
 */
export function orderWithExam<T extends QueueCard>(
  dueNow: readonly T[],
  planned: readonly T[],
  queue: ExamQueue,
  isExamCard: (flashcardId: string) => boolean,
  dayStart: Date,
): T[] {
  const rank = new Map(queue.reviewFlashcardIds.map((id, i) => [id, i]));
  const learning = dueNow.filter((c) => c.state !== REVIEW && !isRatedTodayExamCard(c, isExamCard, dayStart));
  const otherReviews = dueNow.filter((c) => c.state === REVIEW && !isExamCard(c.flashcardId));
  const seen = new Set(learning.map((c) => c.flashcardId));
  const examReviews = planned
    .filter((c) => c.state === REVIEW && rank.has(c.flashcardId) && !seen.has(c.flashcardId))
    .sort((a, b) => rank.get(a.flashcardId)! - rank.get(b.flashcardId)!);
  return [...learning, ...examReviews, ...otherReviews];
}

/** An exam card rated since the study day began: under the plan it is done for today. */
export function isRatedTodayExamCard(card: QueueCard, isExamCard: (flashcardId: string) => boolean, dayStart: Date): boolean {
  return isExamCard(card.flashcardId) && card.lastReview != null && card.lastReview >= dayStart;
}

/**
 * Today's new cards: the plan's for the exam's sections, then (within the normal daily limit)
 * those of other sections.
 *
 * @param unseen the normal queue's candidates, in its order
 * @param quota the normal limit left today
 */
export function newCardsWithExam<T extends { id: string }>(
  unseen: readonly T[],
  quota: number,
  queue: ExamQueue,
  isExamCard: (flashcardId: string) => boolean,
): T[] {
  const planned = new Set(queue.newFlashcardIds);
  const byId = new Map(unseen.map((c) => [c.id, c]));
  const fromPlan = queue.newFlashcardIds.flatMap((id) => byId.get(id) ?? []);
  const others = unseen.filter((c) => !isExamCard(c.id) && !planned.has(c.id)).slice(0, quota);
  return [...fromPlan, ...others];
}
