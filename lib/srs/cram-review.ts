import "server-only";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors";

/**
 * Record a rating of a cram session whose ratings don't count: a CramReview row and nothing
 * else, so the card's FSRS state, its review history and every figure built on them stay as
 * they were. The same `requestId` twice records one rating.
 */
export async function recordCramReview(
  db: Db,
  userId: string,
  input: { flashcardId: string; rating: number; requestId: string; durationMs: number },
  now: Date,
): Promise<{ isNew: boolean }> {
  const seen = await db.cramReview.findUnique({
    where: { userId_requestId: { userId, requestId: input.requestId } },
    select: { id: true },
  });
  if (seen) return { isNew: false };
  try {
    await db.cramReview.create({ data: { userId, ...input, reviewedAt: now } });
    return { isNew: true };
  } catch (error) {
    // Two copies of one request at once: the unique (userId, requestId) let one in.
    if ((error as { code?: unknown }).code === "P2002") return { isNew: false };
    throw error;
  }
}

/**
 * Undo the latest rating of a cram session that doesn't count (named by its request key, so a
 * retried undo does nothing the second time): the card comes back in the session.
 *
 * @throws {AppError} "nothing_to_undo" when there is no such rating since `since` and none was named.
 */
export async function undoCramReview(
  db: Db,
  userId: string,
  since: Date,
  requestId?: string,
): Promise<{ undone: boolean; rating?: number }> {
  const last = await db.cramReview.findFirst({
    where: { userId, reviewedAt: { gte: since } },
    orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
  });
  if (!last) {
    if (requestId) return { undone: false };
    throw new AppError("nothing_to_undo");
  }
  if (requestId !== undefined && last.requestId !== requestId) {
    const named = await db.cramReview.findUnique({ where: { userId_requestId: { userId, requestId } }, select: { id: true } });
    if (!named) return { undone: false };
    throw new AppError("newer_rating");
  }
  const { count } = await db.cramReview.deleteMany({ where: { id: last.id } });
  return count === 0 ? { undone: false } : { undone: true, rating: last.rating };
}
