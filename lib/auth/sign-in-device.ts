import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cookieValues } from "@/lib/http/cookies";

/**
 * A browser that signed in to an account, or set its password (by the emailed link or by changing
 * it), keeps a cookie that gives it a failed-sign-in count of its own for that account (OWASP's
 * "device cookies"): wrong guesses sent from anywhere else throttle anywhere else, never the
 * student's own browser. The cookie is a random id signed with the app's secret together with the
 * account's email and a stamp of its current password (lib/auth/queries.ts getPasswordStamp), so
 * it can be neither made up nor moved to another account, and a new password ends every cookie
 * issued before it: whoever signed in with the old one, however often, is back to the shared count.
 * One browser keeps one, for the last account.
 */
const NAME = "factdeck.sign-in-device";
const LIFETIME_SECONDS = 365 * 24 * 60 * 60;

/** The account a cookie is for: its email, and the stamp of the password it has now. */
export interface DeviceAccount {
  email: string;
  passwordStamp: string;
}

const cookieName = (secure: boolean) => `${secure ? "__Secure-" : ""}${NAME}`;

function signature(secret: string, { email, passwordStamp }: DeviceAccount, id: string): string {
  return createHmac("sha256", secret).update(`sign-in-device\0${email.trim().toLowerCase()}\0${passwordStamp}\0${id}`).digest("base64url");
}

/**
 * The Set-Cookie value for a browser now known to sign in to `account` (a fresh id each time).
 *
 * @example response.headers.append("Set-Cookie", deviceCookie(secret, { email: "ada@example.com", passwordStamp }, true));
 */
export function deviceCookie(secret: string, account: DeviceAccount, secure: boolean): string {
  const id = randomBytes(16).toString("base64url");
  const attributes = ["Path=/api/auth", `Max-Age=${LIFETIME_SECONDS}`, "HttpOnly", "SameSite=Strict", ...(secure ? ["Secure"] : [])];
  return [`${cookieName(secure)}=${id}.${signature(secret, account, id)}`, ...attributes].join("; ");
}

/**
 * The id of the request's device cookie if it was issued for `account` with its current password, else null.
 *
 * @example deviceOf(request.headers.get("cookie"), secret, { email: "ada@example.com", passwordStamp }, true); // "q3…" or null
 */
export function deviceOf(cookieHeader: string | null, secret: string, account: DeviceAccount, secure: boolean): string | null {
  for (const value of cookieValues(cookieHeader, cookieName(secure))) {
    const [id, given] = value.split(".", 2);
    if (!id || !given) continue;
    const expected = Buffer.from(signature(secret, account, id));
    if (Buffer.byteLength(given) === expected.length && timingSafeEqual(Buffer.from(given), expected)) return id;
  }
  return null;
}
