import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/create-client";

/**
 * A short stamp of the account's current password: a hash of better-auth's stored password hash
 * (the "credential" account), so it changes with every new password (reset or change) and the
 * sign-in-device cookies signed with it end then (lib/auth/sign-in-device.ts). Null for an email
 * without a password (unknown, or a guest's).
 *
 * @example await getPasswordStamp(db, "ada@example.com") // "Jx0…" (22 characters) or null
 */
export async function getPasswordStamp(db: Db, email: string): Promise<string | null> {
  const account = await db.account.findFirst({
    where: { providerId: "credential", user: { email: email.trim().toLowerCase() } },
    select: { password: true },
  });
  if (!account?.password) return null;
  return createHash("sha256").update(`password-stamp\0${account.password}`).digest("base64url").slice(0, 22);
}
