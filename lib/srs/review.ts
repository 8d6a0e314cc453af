import "server-only";
import type { Db } from "@/lib/db/create-client";
import { NothingToUndoError } from "@/lib/errors";
import { becomesLeech, DEFAULT_LEECH_THRESHOLD } from "./leech";
import { previousCardSchema, serializePrevious, toCardColumns, toFsrsCard, toLogColumns } from "./mapping";
import { createScheduler, newCard, rateCard, type Grade, type SchedulerOptions } from "./scheduler";

/** How a student's ratings are scheduled and when a card becomes a leech. */
export interface ReviewOptions extends SchedulerOptions {
  leechThreshold?: number;
}

export interface RecordReviewInput {
  flashcardId: string;
  rating: Grade;
  /** Made by the client once per rating: retries and double clicks carry the same key. */
  requestId: string;
  durationMs: number;
}

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
  input: RecordReviewInput,
  now: Date,
  options: ReviewOptions,
): Promise<RecordedReview> {
  // No lookup of the request key first: a repeated request fails on the unique
  // (userId, requestId) inside the transaction, which rolls back, and is answered
  // below. The common case (a new rating) saves a round trip.
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.card.findUnique({ where: { userId_flashcardId: { userId, flashcardId: input.flashcardId } } });
      const before = row ? toFsrsCard(row) : newCard(now);
      const { card, log } = rateCard(createScheduler(options), before, input.rating, now);
      const becameLeech = becomesLeech(before.lapses, card.lapses, options.leechThreshold ?? DEFAULT_LEECH_THRESHOLD);
      const columns = { ...toCardColumns(card), ...(becameLeech ? { isLeech: true, isSuspended: true } : {}) };
      const saved = row
        ? await tx.card.update({ where: { id: row.id }, data: columns, select: { id: true, due: true } })
        : await tx.card.create({ data: { userId, flashcardId: input.flashcardId, ...columns }, select: { id: true, due: true } });
      const review = await tx.reviewLog.create({
        select: { id: true },
        data: {
          userId,
          cardId: saved.id,
          requestId: input.requestId,
          durationMs: input.durationMs,
          previous: serializePrevious(row),
          ...toLogColumns(log),
        },
      });
      return { reviewId: review.id, due: saved.due, isNew: true, becameLeech };
    });
  } catch (error) {
    // A retry, or two copies of one request racing: the unique (userId, requestId) let one in; report it.
    const raced = await findByRequest(db, userId, input.requestId);
    if (raced) return raced;
    throw error;
  }
}

async function findByRequest(db: Db, userId: string, requestId: string): Promise<RecordedReview | null> {
  const log = await db.reviewLog.findUnique({
    where: { userId_requestId: { userId, requestId } },
    select: { id: true, card: { select: { due: true } } },
  });
  return log ? { reviewId: log.id, due: log.card.due, isNew: false, becameLeech: false } : null;
}

/**
 * Undo the student's latest rating: put the card back exactly as it was before
 * (or back to new, if that rating was its first) and delete that review.
 *
 * @throws {NothingToUndoError} when the student has no review.
 */
export async function undoLastReview(db: Db, userId: string): Promise<{ flashcardId: string }> {
  return db.$transaction(async (tx) => {
    const last = await tx.reviewLog.findFirst({
      where: { userId },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      include: { card: { select: { id: true, flashcardId: true, resetAt: true } } },
    });
    // A reset wiped the card's ratings before it: they can't be undone any more.
    if (!last || isBeforeReset(last.reviewedAt, last.card.resetAt)) throw new NothingToUndoError();
    const previous = previousCardSchema.parse(JSON.parse(last.previous));
    await tx.reviewLog.delete({ where: { id: last.id } });
    if (previous === null) {
      // Its first rating: the card becomes new again (its other reviews, if any, can't exist).
      await tx.card.delete({ where: { id: last.card.id } });
    } else {
      await tx.card.update({ where: { id: last.card.id }, data: previous });
    }
    return { flashcardId: last.card.flashcardId };
  });
}

/** True when a rating at `reviewedAt` came before its card's last reset. */
export function isBeforeReset(reviewedAt: Date, resetAt: Date | null): boolean {
  return resetAt !== null && reviewedAt.getTime() <= resetAt.getTime();
}
