import "server-only";
import type { Db } from "@/lib/db/create-client";

/**
 * Remove guest accounts nobody has used for `idleDays`: created before the cutoff, no session
 * used since (better-auth touches a session at most daily while it is used) and no review since.
 * Everything of theirs goes with them (every table cascades from the user). Returns how many.
 */
export async function removeIdleGuests(db: Db, idleDays: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - idleDays * 24 * 60 * 60 * 1000);
  const { count } = await db.user.deleteMany({
    where: {
      isAnonymous: true,
      createdAt: { lt: cutoff },
      sessions: { none: { updatedAt: { gte: cutoff } } },
      reviews: { none: { reviewedAt: { gte: cutoff } } },
      quizAttempts: { none: { startedAt: { gte: cutoff } } },
    },
  });
  return count;
}
