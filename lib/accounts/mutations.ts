import "server-only";
import type { Db } from "@/lib/db/create-client";

/** Delete a user and, by cascade, their sessions, logins, settings, cards, reviews and attempts. */
export async function deleteAccount(db: Db, userId: string): Promise<void> {
  await db.user.delete({ where: { id: userId } });
}
