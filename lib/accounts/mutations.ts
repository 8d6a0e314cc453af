import "server-only";
import type { Db } from "@/lib/db/create-client";
import { deleteThrottlesOf } from "@/lib/throttle/actions";

/**
 * Delete a user and, by cascade, their sessions, logins, settings, cards, reviews and attempts;
 * then their rate-limit counters (keyed by id and email, so no cascade reaches them).
 */
export async function deleteAccount(db: Db, userId: string): Promise<void> {
  const user = await db.user.delete({ where: { id: userId }, select: { id: true, email: true } });
  await deleteThrottlesOf(db, [user]);
}
