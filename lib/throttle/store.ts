import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { decideSignIn, decideWindow, RESET_REQUEST_LIMIT, type Decision, type ThrottleRow, type WindowLimit } from "./policy";

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Apply a decision to the shared counter row with a compare-and-set on (hits, windowStart): of two
 * instances reading the same row, one write lands and the other reads again and decides again.
 */
async function consume(db: Db, key: string, now: Date, decide: (row: ThrottleRow | null) => Decision): Promise<Verdict> {
  for (let tries = 0; tries < 10; tries++) {
    const row = await db.throttle.findUnique({ where: { key } });
    const decision = decide(row);
    if (!decision.allowed) return decision;
    if (row === null) {
      try {
        await db.throttle.create({ data: { key, ...decision.next } });
        return { allowed: true };
      } catch (error) {
        if ((error as { code?: string }).code === "P2002") continue; // another instance created it first
        throw error;
      }
    }
    const { count } = await db.throttle.updateMany({ where: { key, hits: row.hits, windowStart: row.windowStart }, data: decision.next });
    if (count === 1) return { allowed: true };
  }
  return { allowed: false, retryAfterSeconds: 1 };
}

/** A counter per typed email: hashed, so an attacker's typed strings are never stored. */
function emailKey(kind: string, email: string): string {
  return `${kind}:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;
}

/**
 * The key of an account's failed sign-ins, or with `device` (the id of a browser's signed
 * sign-in-device cookie, lib/auth/sign-in-device.ts) that browser's own count for the account.
 */
export function signInKey(email: string, device: string | null = null): string {
  return device ? `${emailKey("sign-in", email)}:${device}` : emailKey("sign-in", email);
}

/** The key of the reset links asked for `email`. */
export function resetRequestKey(email: string): string {
  return emailKey("password-reset", email);
}

/** The key of a student's uses of an expensive action. */
export function actionKey(action: string, userId: string): string {
  return `${action}:${userId}`;
}

/** Count a request for a password-reset link to `email` (known or not: the answer must not tell). */
export function takeResetRequest(db: Db, email: string, now: Date): Promise<Verdict> {
  return consume(db, resetRequestKey(email), now, (row) => decideWindow(row, now, RESET_REQUEST_LIMIT));
}

/** Count a sign-in attempt for `email` (known or not: the answer must not tell) before it is tried. */
export function takeSignInAttempt(db: Db, email: string, device: string | null, now: Date): Promise<Verdict> {
  return consume(db, signInKey(email, device), now, (row) => decideSignIn(row, now));
}

/** The password was right, or was reset by the emailed link: the account's failures, every browser's, are forgotten. */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.throttle.deleteMany({ where: { key: { startsWith: signInKey(email) } } });
}

/** The attempt was never judged (refused by the address limit, malformed): it doesn't count. */
export async function refundSignInAttempt(db: Db, email: string, device: string | null): Promise<void> {
  await db.throttle.updateMany({ where: { key: signInKey(email, device), hits: { gt: 0 } }, data: { hits: { decrement: 1 } } });
}

/** One use of an expensive action (`action` per student), within `limit`. */
export function takeAction(db: Db, action: string, userId: string, limit: WindowLimit, now: Date): Promise<Verdict> {
  return consume(db, actionKey(action, userId), now, (row) => decideWindow(row, now, limit));
}
