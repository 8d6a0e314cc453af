import "server-only";
import { verifyPassword } from "better-auth/crypto";
import type { CurrentUser } from "@/lib/auth/session";
import { FRESH_SESSION_SECONDS } from "@/lib/auth/lifetimes";
import type { Db } from "@/lib/db/create-client";

/**
 * May this request do something that can't be undone (delete the account)? A session signed in
 * under 10 minutes ago may; an older one needs the current password. A guest has no password:
 * the cookie is all there is, so the typed confirmation is enough.
 */
export async function confirmsIdentity(db: Db, user: CurrentUser, password: string, now: Date): Promise<boolean> {
  if (user.isAnonymous) return true;
  if (user.sessionCreatedAt && now.getTime() - user.sessionCreatedAt.getTime() < FRESH_SESSION_SECONDS * 1000) return true;
  if (password === "") return false;
  const account = await db.account.findFirst({ where: { userId: user.id, providerId: "credential" }, select: { password: true } });
  if (!account?.password) return false;
  return verifyPassword({ hash: account.password, password });
}
