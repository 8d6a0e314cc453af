import "server-only";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors";
import { dropRollup } from "@/lib/progress/rollup";
import { becomesLeech, DEFAULT_LEECH_THRESHOLD } from "./leech";
import { parsePrevious, serializePrevious, toCardColumns, toFsrsCard, toLogColumns } from "./mapping";
import { createScheduler, newCard, rateCard, type SchedulerOptions } from "./scheduler";
import type { RecordReviewInput } from "./schemas";

/** How a student's ratings are scheduled and when a card becomes a leech. */
export interface ReviewOptions extends SchedulerOptions {
  leechThreshold?: number;
}

/** A rating as recorded: a type-in card's typed answer carries the server's verdict besides the student's "I was right". */
export type GradedReviewInput = Omit<RecordReviewInput, "typed"> & { typed?: { answer: string; correct: boolean; claimed: boolean } };

export interface RecordedReview {
  reviewId: string;
  due: Date;
  /** False when this request had been recorded before (a retry): nothing new was written. */
  isNew: boolean;
  /** This rating made the card a leech: it is tagged and suspended. */
  becameLeech: boolean;
}

/**
 * Record one rating: load the card's stored state (or a new card), schedule it
 * with ts-fsrs on the server, and write the review log and the card together in
 * one transaction. The same `requestId` twice records one review.
 *
 * The caller checks that `flashcardId` exists in the bank.
 */
export async function recordReview(
  db: Db,
  userId: string,
  input: GradedReviewInput,
  now: Date,
  options: ReviewOptions,
): Promise<RecordedReview> {
  // No lookup of the request key first: a repeated request fails on the unique
  // (userId, requestId) inside the transaction, which rolls back, and is answered
  // below. The common case (a new rating) saves a round trip.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const row = await tx.card.findUnique({ where: { userId_flashcardId: { userId, flashcardId: input.flashcardId } } });
        const before = row ? toFsrsCard(row) : newCard(now);
        const { card, log } = rateCard(createScheduler(options), before, input.rating, now);
        const becameLeech = becomesLeech(before.lapses, card.lapses, options.leechThreshold ?? DEFAULT_LEECH_THRESHOLD);
        const columns = { ...toCardColumns(card), ...(becameLeech ? { isLeech: true, isSuspended: true } : {}) };
        let cardId: string;
        if (row) {
          // Only if the card is still as read: another rating of it (a second tab, on PostgreSQL where two
          // transactions run at once) would otherwise be overwritten by a schedule computed from the old state.
          const { count } = await tx.card.updateMany({ where: { id: row.id, updatedAt: row.updatedAt, reps: row.reps }, data: columns });
          if (count === 0) throw new CardChangedError();
          cardId = row.id;
        } else {
          cardId = (await tx.card.create({ data: { userId, flashcardId: input.flashcardId, ...columns }, select: { id: true } })).id;
        }
        const review = await tx.reviewLog.create({
          select: { id: true },
          data: {
            userId,
            cardId,
            requestId: input.requestId,
            durationMs: input.durationMs,
            previous: serializePrevious(row),
            ...(input.typed
              ? {
                  typedAnswer: input.typed.answer,
                  typedCorrect: input.typed.correct,
                  typedOverridden: input.typed.claimed && !input.typed.correct,
                }
              : {}),
            ...toLogColumns(log),
          },
        });
        return { reviewId: review.id, due: columns.due, isNew: true, becameLeech };
      });
    } catch (error) {
      // A retry, or two copies of one request racing: the unique (userId, requestId) let one in; report it.
      const raced = await findByRequest(db, userId, input.requestId);
      if (raced) return raced;
      // Another rating of the same card got in first: rate again from the state it left.
      if (attempt < MAX_ATTEMPTS && (error instanceof CardChangedError || isUniqueViolation(error))) continue;
      throw error;
    }
  }
}

/** A rating's transaction tries this often when other ratings of the same card keep getting in first. */
const MAX_ATTEMPTS = 10;

/** The card changed between reading it and writing it back (thrown inside a transaction, to roll it back). */
class CardChangedError extends Error {
  constructor() {
    super("The card changed while it was being rated.");
    this.name = "CardChangedError";
  }
}

/** Prisma's unique-constraint error (P2002), from either generated client. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

async function findByRequest(db: Db, userId: string, requestId: string): Promise<RecordedReview | null> {
  const log = await db.reviewLog.findUnique({
    where: { userId_requestId: { userId, requestId } },
    select: { id: true, card: { select: { due: true } } },
  });
  return log ? { reviewId: log.id, due: log.card.due, isNew: false, becameLeech: false } : null;
}

export interface UndoResult {
  /** False when that rating had been undone already: a retried undo changes nothing. */
  undone: boolean;
  /** The rating taken back (1 Again … 4 Easy), when one was: the study screen names it. */
  rating?: number;
}

/**
 * Undo the student's latest rating: put the card back exactly as it was before
 * (or back to new, if that rating was its first) and delete that review.
 *
 * `requestId` names the rating the student sees as undoable (the study view's
 * `undoKey`), which makes an undo safe to retry: once that rating is gone, the
 * same undo again does nothing, instead of taking away the rating before it.
 *
 * @throws {AppError} "nothing_to_undo" when the student has no rating that can be undone.
 * @throws {AppError} "newer_rating" when `requestId` is not the latest rating any more.
 */
export async function undoLastReview(db: Db, userId: string, requestId?: string): Promise<UndoResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const last = await tx.reviewLog.findFirst({
          where: { userId },
          orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
          include: { card: { select: { id: true, resetAt: true, updatedAt: true } } },
        });
        if (last && requestId !== undefined && last.requestId !== requestId) {
          const named = await tx.reviewLog.findUnique({ where: { userId_requestId: { userId, requestId } }, select: { id: true } });
          if (!named) return { undone: false };
          throw new AppError("newer_rating");
        }
        // A reset wiped the card's ratings before it: they can't be undone any more.
        if (!last || isBeforeReset(last.reviewedAt, last.card.resetAt)) throw new AppError("nothing_to_undo");
        const previous = parsePrevious(last.previous);
        // Two copies of one undo at once (PostgreSQL): the one that deletes the review restores the card.
        const { count } = await tx.reviewLog.deleteMany({ where: { id: last.id } });
        if (count === 0) return { undone: false };
        // A rating from an earlier study day is summed in the progress rollup: it is summed again.
        await dropRollup(tx, userId, last.reviewedAt);
        const unchanged = { id: last.card.id, updatedAt: last.card.updatedAt };
        // Its first rating: the card becomes new again (its other reviews, if any, can't exist).
        const restored =
          previous === null
            ? await tx.card.deleteMany({ where: unchanged })
            : await tx.card.updateMany({ where: unchanged, data: previous });
        if (restored.count === 0) throw new CardChangedError();
        return { undone: true, rating: last.rating };
      });
    } catch (error) {
      if (attempt < MAX_ATTEMPTS && error instanceof CardChangedError) continue;
      throw error;
    }
  }
}

/** True when a rating at `reviewedAt` came before its card's last reset. */
export function isBeforeReset(reviewedAt: Date, resetAt: Date | null): boolean {
  return resetAt !== null && reviewedAt.getTime() <= resetAt.getTime();
}
