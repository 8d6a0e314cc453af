import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { resolveClientAddress, trustedProxyList } from "@/lib/http/client-address";
import { cookieValues } from "@/lib/http/cookies";
import { peerAddress, PEER_HEADER } from "@/lib/http/socket-peer";
import { clearSignInFailures, refundSignInAttempt, takeResetRequest, takeSignInAttempt } from "@/lib/throttle/store";
import { waitText } from "@/lib/throttle/policy";
import { SESSION_ABSOLUTE_LIFETIME_MS } from "./lifetimes";
import { passwordChangeDue } from "./password-rules";
import { getPasswordStamp } from "./queries";
import { auth, CLIENT_ADDRESS_HEADER } from "./server";
import { deviceCookie, deviceOf } from "./sign-in-device";

const trusted = trustedProxyList(env.TRUSTED_PROXIES);
let warnedNoPeer = false;

/**
 * The request better-auth sees: its client address (for the per-address limits) is written here,
 * over anything the client sent under that name, from the socket and TRUSTED_PROXIES only.
 */
function withClientAddress(request: Request): Request {
  const headers = new Headers(request.headers);
  let peer = peerAddress(request.headers);
  if (peer === null && env.NODE_ENV !== "production") peer = "127.0.0.1"; // next dev, tests: no stamped socket
  if (peer === null && !warnedNoPeer) {
    warnedNoPeer = true;
    console.error("auth: a request without a known socket address; its per-address limits share one bucket.");
  }
  const client = resolveClientAddress(peer, request.headers.get("x-forwarded-for"), trusted);
  headers.delete(PEER_HEADER);
  if (client) headers.set(CLIENT_ADDRESS_HEADER, client);
  else headers.delete(CLIENT_ADDRESS_HEADER);
  return new Request(request, { headers });
}

function throttled(retryAfterSeconds: number): Response {
  const message = `Too many failed sign-ins for this account. Wait ${waitText(retryAfterSeconds)} and try again, or set a new password with "Forgot password?".`;
  return Response.json(
    { code: "ACCOUNT_SIGN_IN_THROTTLED", message },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}

/**
 * The endpoints whose bodies the throttles read. better-auth would also take sign-in and sign-up
 * as a form (application/x-www-form-urlencoded); refusing everything but JSON here means the body
 * counted is always the body better-auth checks. The app's own forms send JSON.
 */
const JSON_ONLY_PATHS = ["/sign-in/email", "/sign-up/email", "/request-password-reset"];

function isJsonBody(request: Request): boolean {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return mediaType === "application/json";
}

function unsupportedMediaType(): Response {
  return Response.json(
    { code: "UNSUPPORTED_MEDIA_TYPE", message: "Send this request as JSON (Content-Type: application/json)." },
    { status: 415, headers: { "Cache-Control": "no-store" } },
  );
}

async function credentialsOf(request: Request): Promise<{ email: string; password: string } | null> {
  try {
    const body = (await request.clone().json()) as { email?: unknown; password?: unknown };
    if (typeof body.email !== "string" || body.email.length > 254 || typeof body.password !== "string") return null;
    return { email: body.email, password: body.password };
  } catch {
    return null;
  }
}

async function emailOf(request: Request): Promise<string | null> {
  try {
    const body = (await request.clone().json()) as { email?: unknown };
    return typeof body.email === "string" && body.email.length <= 254 ? body.email : null;
  } catch {
    return null;
  }
}

/** "Forgot password?": a few links per email address per quarter hour, counted alike for unknown ones. */
async function requestPasswordReset(request: Request): Promise<Response> {
  const email = await emailOf(request);
  if (email !== null) {
    const verdict = await takeResetRequest(db, email, new Date());
    if (!verdict.allowed) {
      const message = `A reset link was asked for this email several times already. Wait ${waitText(verdict.retryAfterSeconds)} and try again.`;
      return Response.json(
        { code: "PASSWORD_RESET_THROTTLED", message },
        { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds), "Cache-Control": "no-store" } },
      );
    }
  }
  return auth.handler(request);
}

/**
 * better-auth only slides a session's expiry; one with a password behind it also ends
 * SESSION_ABSOLUTE_LIFETIME_MS after its sign-in (lib/auth/session.ts ends it for pages and
 * actions). Deleted here before better-auth looks, its own endpoints see no session either.
 */
async function endOverdueSessions(request: Request): Promise<void> {
  const { authCookies } = await auth.$context;
  // The cookie is "<token>.<signature>": the token alone is the row's.
  const tokens = cookieValues(request.headers.get("cookie"), authCookies.sessionToken.name).map((v) =>
    v.slice(0, Math.max(0, v.lastIndexOf("."))),
  );
  if (!tokens.some(Boolean)) return;
  // Read first: almost every request's session is inside its lifetime, and on SQLite a DELETE
  // takes the write lock even when it matches nothing.
  const overdue = await db.session.findMany({
    where: {
      token: { in: tokens.filter(Boolean) },
      createdAt: { lt: new Date(Date.now() - SESSION_ABSOLUTE_LIFETIME_MS) },
      user: { OR: [{ isAnonymous: false }, { isAnonymous: null }] },
    },
    select: { id: true },
  });
  if (overdue.length > 0) await db.session.deleteMany({ where: { id: { in: overdue.map((s) => s.id) } } });
}

/** Every /api/auth/* request: the client's address, then (for sign-in) the per-account throttle. */
export async function handleAuthRequest(incoming: Request): Promise<Response> {
  const request = withClientAddress(incoming);
  await endOverdueSessions(request);
  const path = new URL(request.url).pathname;
  if (request.method === "POST" && JSON_ONLY_PATHS.some((p) => path.endsWith(p)) && !isJsonBody(request)) return unsupportedMediaType();
  if (request.method === "POST" && path.endsWith("/change-password")) return changePassword(request);
  if (request.method === "POST" && path.endsWith("/request-password-reset")) return requestPasswordReset(request);
  if (request.method === "POST" && path.endsWith("/reset-password")) return resetPassword(request);
  const isSignIn = request.method === "POST" && path.endsWith("/sign-in/email");
  const credentials = isSignIn ? await credentialsOf(request) : null;
  if (credentials === null) return auth.handler(request);
  const { email, password } = credentials;

  // A browser this account signed in from before (with the password it has now) counts its own
  // failures: others' guesses don't keep it out.
  const { secret, secure } = await deviceCookieKeys();
  const passwordStamp = await getPasswordStamp(db, email);
  const device = passwordStamp === null ? null : deviceOf(request.headers.get("cookie"), secret, { email, passwordStamp }, secure);
  const verdict = await takeSignInAttempt(db, email, device, new Date());
  if (!verdict.allowed) return throttled(verdict.retryAfterSeconds);
  const response = await auth.handler(request);
  if (response.ok) {
    await clearSignInFailures(db, email);
    // An older password (8 characters were enough once) still works; the app asks for a new one.
    await db.user.updateMany({ where: { email: email.trim().toLowerCase() }, data: { passwordChangeDue: passwordChangeDue(password) } });
    return withDeviceCookie(response, email);
  }
  if (response.status !== 401) await refundSignInAttempt(db, email, device);
  return response;
}

/** What the sign-in-device cookie is signed with, and whether it is Secure (as better-auth's own cookies are). */
async function deviceCookieKeys(): Promise<{ secret: string; secure: boolean }> {
  const { secret, authCookies } = await auth.$context;
  return { secret, secure: authCookies.sessionToken.attributes.secure === true };
}

/**
 * `response` with a fresh sign-in-device cookie for `email` (lib/auth/sign-in-device.ts), signed
 * with the password as stored now: call it after better-auth wrote a new one.
 */
async function withDeviceCookie(response: Response, email: string): Promise<Response> {
  const { secret, secure } = await deviceCookieKeys();
  const passwordStamp = await getPasswordStamp(db, email);
  if (passwordStamp === null) return response;
  const headers = new Headers(response.headers);
  headers.append("Set-Cookie", deviceCookie(secret, { email, passwordStamp }, secure));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * A password set by the emailed link (which proves the inbox): the failures are forgotten
 * (lib/auth/server.ts), every device cookie from before ends with the old password, and this
 * browser gets a new one, so it signs in at once however many wrong guesses others send from then on.
 */
async function resetPassword(request: Request): Promise<Response> {
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { token?: unknown } | null;
  // As better-auth reads it: the body's token, else the query's.
  const token = (typeof body?.token === "string" && body.token) || new URL(request.url).searchParams.get("token");
  const { internalAdapter } = await auth.$context;
  const verification = token ? await internalAdapter.findVerificationValue(`reset-password:${token}`) : null;
  const response = await auth.handler(request);
  if (!response.ok || !verification) return response;
  const user = await db.user.findUnique({ where: { id: verification.value }, select: { email: true } });
  return user ? withDeviceCookie(response, user.email) : response;
}

/**
 * A new password passed the rules (length, common list): the request to change it is done. Every
 * device cookie from before ended with the old password; this browser gets a new one.
 */
async function changePassword(request: Request): Promise<Response> {
  const response = await auth.handler(request);
  if (!response.ok) return response;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { user?: { id?: unknown; email?: unknown } } | null;
  if (typeof body?.user?.id === "string") await db.user.updateMany({ where: { id: body.user.id }, data: { passwordChangeDue: false } });
  return typeof body?.user?.email === "string" ? withDeviceCookie(response, body.user.email) : response;
}
