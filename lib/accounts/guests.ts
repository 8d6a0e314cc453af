import "server-only";
import type { Db } from "@/lib/db/create-client";
import { deleteThrottlesOf } from "@/lib/throttle/actions";

/**
 * Remove guest accounts nobody has used for `idleDays`: created before the cutoff, no session
 * used since (better-auth touches a session at most daily while it is used) and no review since.
 * Everything of theirs goes with them (every table cascades from the user; their rate-limit
 * counters are deleted after). Returns how many.
 */
export async function removeIdleGuests(db: Db, idleDays: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - idleDays * 24 * 60 * 60 * 1000);
  const idle = {
    isAnonymous: true,
    createdAt: { lt: cutoff },
    sessions: { none: { updatedAt: { gte: cutoff } } },
    reviews: { none: { reviewedAt: { gte: cutoff } } },
    quizAttempts: { none: { startedAt: { gte: cutoff } } },
  };
  const guests = await db.user.findMany({ where: idle, select: { id: true, email: true } });
  let removed = 0;
  for (let i = 0; i < guests.length; i += 200) {
    const chunk = guests.slice(i, i + 200);
    const ids = chunk.map((g) => g.id);
    // The same conditions again: a guest who came back since the look-up stays, counters and all.
    removed += (await db.user.deleteMany({ where: { ...idle, id: { in: ids } } })).count;
    const kept = new Set((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((u) => u.id));
    await deleteThrottlesOf(
      db,
      chunk.filter((g) => !kept.has(g.id)),
    );
  }
  return removed;
}
