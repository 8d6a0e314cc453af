// The study queue's rules (pure): which card comes next and the counts of the progress bar, from
// the rows lib/srs/queries.ts reads. No I/O and no clock: every function takes `now`.
import type { BankFlashcard } from "@/lib/content/bank";
import { isRatedTodayExamCard, newCardsWithExam, orderWithExam, type ExamQueue } from "@/lib/exam/queue";
import { startOfNextStudyDay, startOfStudyDay, type StudyDay } from "./day";
import { State } from "./scheduler";

/** Learning cards due this soon are shown when nothing else is left (Anki's learn-ahead limit). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** The instants the queue is cut at: the student's study day and the learn-ahead window. */
export interface StudyWindow {
  dayStart: Date;
  dayEnd: Date;
  learnAheadUntil: Date;
}

export function studyWindow(now: Date, day: StudyDay): StudyWindow {
  return {
    dayStart: startOfStudyDay(now, day),
    dayEnd: startOfNextStudyDay(now, day),
    learnAheadUntil: new Date(now.getTime() + LEARN_AHEAD_MS),
  };
}

/** What the queue needs of a card row. */
export interface QueueRow {
  /** The row's id: ties in `due` are broken by it, as the queries order. */
  id: string;
  flashcardId: string;
  state: number;
  due: Date;
  lastReview: Date | null;
}

/**
 * The rows the queue is built from, all of the student's cards in scope (the sections studied, not
 * retired) that are available (not suspended, not buried), each list in (due, id) order.
 */
export interface QueueInput<T extends QueueRow> {
  /** Learning and relearning cards due by the end of the learn-ahead window. */
  learning: readonly T[];
  /**
   * Review cards due today: the first ones (one is enough to pick the next card), or every one
   * under an exam (the plan reorders them).
   */
  reviews: readonly T[];
  /** How many review cards are due today in all. */
  reviewsDue: number;
  /** Under an exam: the rows of the plan's review cards for today (due by FSRS or not). */
  planned: readonly T[];
  /** Rows still in state New and due (brought forward by a missed quiz question, reset, unburied). */
  broughtForward: readonly BankFlashcard[];
  /** The active flashcards in scope that have no row yet, in the bank's order. */
  unseen: readonly BankFlashcard[];
  /** Today's ratings (since the study day began) of new cards and of review cards. */
  ratedToday: { new: number; review: number };
}

export type NextCard<T> = { kind: "due"; row: T } | { kind: "new"; flashcard: BankFlashcard } | { kind: "ahead"; row: T } | null;

export interface QueuePlan<T> {
  next: NextCard<T>;
  counts: { new: number; learning: number; review: number };
}

/**
 * The study queue right now: due cards first (learning steps due by now, review cards due by the
 * end of today's study day, oldest due first; review cards up to the daily review limit), then new
 * cards up to the daily new-card limit (those brought forward first), then learning cards due within
 * the learn-ahead window. Under an exam its cards follow the plan (lib/exam/queue.ts) instead of the
 * daily limits. Returns the card to show and the counts for the progress bar.
 */
export function planQueue<T extends QueueRow>(
  input: QueueInput<T>,
  // isBeyondNewLimit: "study this section" asked for its new cards past today's limit (and past the exam plan's pacing).
  limits: { dailyReviewLimit: number; newCardsPerDay: number; isBeyondNewLimit?: boolean },
  window: StudyWindow,
  now: Date,
  exam: { queue: ExamQueue; isExamCard: (flashcardId: string) => boolean } | null,
): QueuePlan<T> {
  const { dayStart, learnAheadUntil } = window;
  const isExamCard = exam?.isExamCard ?? (() => false);
  const byDue = (a: T, b: T) => a.due.getTime() - b.due.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const learningNow = input.learning.filter((c) => c.due <= now);
  // Review cards beyond today's review limit wait; learning cards are never held back (as in Anki).
  // Under an exam its cards in review follow the plan (its budget limits them), not the review limit.
  const reviewQuota = Math.max(0, limits.dailyReviewLimit - input.ratedToday.review);
  let quota = reviewQuota;
  const dueByFsrs = [...learningNow, ...input.reviews].sort(byDue).filter((c) => {
    if (c.state !== State.Review || isExamCard(c.flashcardId)) return true;
    return quota-- > 0;
  });
  const dueNow = exam ? orderWithExam(dueByFsrs, input.planned, exam.queue, isExamCard, dayStart) : dueByFsrs;
  const aheadLearning = input.learning.filter(
    (c) => c.due > now && c.due <= learnAheadUntil && !(exam && isRatedTodayExamCard(c, isExamCard, dayStart)),
  );
  const unseen = [...input.broughtForward, ...input.unseen];
  const newQuota = limits.isBeyondNewLimit ? Infinity : Math.max(0, limits.newCardsPerDay - input.ratedToday.new);
  const newCards =
    exam && !limits.isBeyondNewLimit ? newCardsWithExam(unseen, newQuota, exam.queue, isExamCard) : unseen.slice(0, newQuota);
  const isLearning = (c: T) => c.state === State.Learning || c.state === State.Relearning;
  const counts = {
    new: newCards.length,
    learning: dueNow.filter(isLearning).length + aheadLearning.filter(isLearning).length,
    // Without an exam only the first reviews were read: the rest are counted, up to the limit.
    review: exam ? dueNow.filter((c) => c.state === State.Review).length : Math.min(reviewQuota, input.reviewsDue),
  };
  const next: NextCard<T> = dueNow[0]
    ? { kind: "due", row: dueNow[0] }
    : newCards[0]
      ? { kind: "new", flashcard: newCards[0] }
      : aheadLearning[0]
        ? { kind: "ahead", row: aheadLearning[0] }
        : null;
  return { next, counts };
}
