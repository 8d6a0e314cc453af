import { afterAll, beforeEach, describe, expect, inject, test, vi } from "vitest";
import { peerHeaderValue } from "@/lib/http/socket-peer";
import { signInKey } from "@/lib/throttle/store";
import { databaseKind, testDb } from "./helpers";

// What an attacker on the open internet can do to the sign-in limits, through the real
// /api/auth route (app/api/auth/[...all]/route.ts) and better-auth behind it. A request's socket
// address is played with the header the HTTP server stamps (lib/http/socket-peer.ts).

const BASE = "http://localhost:3000";
const db = testDb();
afterAll(() => db.$disconnect());

type Route = { POST: (request: Request) => Promise<Response> };

async function loadRoute(env: Record<string, string>): Promise<Route> {
  vi.resetModules();
  Object.assign(process.env, {
    DATABASE_URL: inject("databaseUrl"),
    BETTER_AUTH_URL: BASE,
    BETTER_AUTH_SECRET: "integration-secret-not-for-production-0123456789",
    AUTH_SIGN_IN_LIMIT: "100",
    TRUSTED_PROXIES: "",
    ...env,
  });
  return (await import("@/app/api/auth/[...all]/route")) as Route;
}

const unique = (tag: string) => `${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;

function post(route: Route, path: string, body: unknown, socket: string, headers: Record<string, string> = {}) {
  return route.POST(
    new Request(`${BASE}/api/auth${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: BASE, "x-factdeck-peer": peerHeaderValue(socket), ...headers },
      body: JSON.stringify(body),
    }),
  );
}

async function signUp(route: Route, email: string, password: string) {
  const response = await post(route, "/sign-up/email", { email, password, name: "Limits" }, "192.0.2.200");
  expect(response.status).toBe(200);
}

beforeEach(async () => {
  await db.rateLimit.deleteMany();
  await db.throttle.deleteMany();
});

describe(`sign-in limits (${databaseKind()})`, () => {
  test("with no trusted proxy, a fresh X-Forwarded-For on every request does not spread the per-address count", async () => {
    const route = await loadRoute({ AUTH_SIGN_IN_LIMIT: "3" });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      // A different (unknown) account each time, so only the per-address limit is in play.
      const response = await post(route, "/sign-in/email", { email: unique("spoof"), password: "wrong password 1" }, "198.51.100.5", {
        "X-Forwarded-For": `203.0.113.${i + 1}`,
        "x-factdeck-client-address": `203.0.113.${i + 1}`,
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // A forged socket stamp (no process token) is no address at all, not the one it names.
    const forged = await post(route, "/sign-in/email", { email: unique("forged"), password: "wrong password 1" }, "198.51.100.5", {
      "x-factdeck-peer": "guess 198.51.100.99",
    });
    expect(forged.status).not.toBe(200);
    const other = await post(route, "/sign-in/email", { email: unique("other"), password: "wrong password 1" }, "198.51.100.6");
    expect(other.status).toBe(401);
  });

  test("behind a trusted proxy, the client is the rightmost address the proxy did not write", async () => {
    const route = await loadRoute({ AUTH_SIGN_IN_LIMIT: "2", TRUSTED_PROXIES: "10.0.0.0/8" });
    const attempt = (forwardedFor: string) =>
      post(route, "/sign-in/email", { email: unique("proxied"), password: "wrong password 1" }, "10.0.0.2", {
        "X-Forwarded-For": forwardedFor,
      });
    // The client rotates the part it writes itself (left of what the proxy appended): one client still.
    const one = [await attempt("1.1.1.1, 198.51.100.7"), await attempt("2.2.2.2, 198.51.100.7"), await attempt("198.51.100.7")];
    expect(one.map((r) => r.status)).toEqual([401, 401, 429]);
    // Another client behind the same proxy has its own count.
    expect((await attempt("198.51.100.8")).status).toBe(401);
    // The same header straight from an untrusted socket is ignored: that socket is the client.
    const direct = await post(route, "/sign-in/email", { email: unique("direct"), password: "wrong password 1" }, "198.51.100.9", {
      "X-Forwarded-For": "198.51.100.8",
    });
    expect(direct.status).toBe(401);
  });

  test("failed sign-ins are throttled per account, from any address, known or unknown email alike", async () => {
    const route = await loadRoute({ TRUSTED_PROXIES: "10.0.0.1" });
    const email = unique("victim");
    await signUp(route, email, "correct horse battery 42");
    const from = (i: number) => ({ "X-Forwarded-For": `203.0.113.${i}` });
    for (const target of [email, unique("nobody")]) {
      const statuses: number[] = [];
      for (let i = 1; i <= 6; i++) {
        statuses.push((await post(route, "/sign-in/email", { email: target, password: `wrong guess ${i}` }, "10.0.0.1", from(i))).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    }
    // While throttled even the right password waits, and the student is told for how long.
    const waiting = await post(route, "/sign-in/email", { email, password: "correct horse battery 42" }, "10.0.0.1", from(50));
    expect(waiting.status).toBe(429);
    const body = (await waiting.json()) as { message: string };
    expect(body.message).toMatch(/too many failed sign-ins for this account\. wait \d+ seconds? and try again/i);
    expect(Number(waiting.headers.get("retry-after"))).toBeLessThanOrEqual(15);
    // The wait is short: once it is over, the right password gets in and the failures are forgotten.
    await db.throttle.update({ where: { key: signInKey(email) }, data: { blockedUntil: new Date(Date.now() - 1000) } });
    const signedIn = await post(route, "/sign-in/email", { email, password: "correct horse battery 42" }, "10.0.0.1", from(51));
    expect(signedIn.status).toBe(200);
    expect(await db.throttle.findUnique({ where: { key: signInKey(email) } })).toBeNull();
  });

  test("someone guessing as each wait ends can't keep a student out of a browser they signed in from before", async () => {
    const route = await loadRoute({ TRUSTED_PROXIES: "10.0.0.1" });
    const email = unique("device");
    const password = "correct horse battery 42";
    await signUp(route, email, password);
    const first = await post(route, "/sign-in/email", { email, password }, "10.0.0.1");
    const device = first.headers.getSetCookie().find((c) => c.startsWith("factdeck.sign-in-device="))!;
    expect(device).toMatch(/; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    const fromDevice = { Cookie: device.split(";")[0]! };
    const guess = (i: number) =>
      post(route, "/sign-in/email", { email, password: `wrong guess ${i}` }, "10.0.0.1", { "X-Forwarded-For": `203.0.113.${i}` });
    for (let i = 1; i <= 5; i++) expect((await guess(i)).status).toBe(401);
    expect((await guess(6)).status).toBe(429);
    // The student's own browser: a typo and the right password, both judged.
    expect((await post(route, "/sign-in/email", { email, password: "my own typo" }, "10.0.0.1", fromDevice)).status).toBe(401);
    expect((await post(route, "/sign-in/email", { email, password }, "10.0.0.1", fromDevice)).status).toBe(200);
    // The cookie is bound to its account: on another account, or altered, it is no cookie at all.
    const other = unique("device-other");
    for (let i = 1; i <= 6; i++) await post(route, "/sign-in/email", { email: other, password: `wrong ${i}` }, "10.0.0.1");
    expect((await post(route, "/sign-in/email", { email: other, password: "wrong 7" }, "10.0.0.1", fromDevice)).status).toBe(429);
    const forged = { Cookie: fromDevice.Cookie.replace(/=([^.]+)\./, "=AAAAAAAAAAAAAAAAAAAAAA.") };
    for (let i = 7; i <= 12; i++) await guess(i);
    expect((await post(route, "/sign-in/email", { email, password }, "10.0.0.1", forged)).status).toBe(429);
  });

  test("a password change ends the device cookies from before it; the browser that changed it gets a new one", async () => {
    const route = await loadRoute({ TRUSTED_PROXIES: "10.0.0.1" });
    const email = unique("changed");
    await signUp(route, email, "correct horse battery 42");
    const pairs = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]!);
    const deviceIn = (response: Response) => pairs(response).find((c) => c.startsWith("factdeck.sign-in-device="))!;
    const student = await post(route, "/sign-in/email", { email, password: "correct horse battery 42" }, "10.0.0.1");
    // Someone else who knew the password signed in too, and kept the cookie.
    const other = await post(route, "/sign-in/email", { email, password: "correct horse battery 42" }, "10.0.0.1");
    const changed = await post(
      route,
      "/change-password",
      { currentPassword: "correct horse battery 42", newPassword: "a new battery staple 43" },
      "10.0.0.1",
      { Cookie: pairs(student).join("; ") },
    );
    expect(changed.status).toBe(200);
    const guess = (i: number) =>
      post(route, "/sign-in/email", { email, password: `wrong guess ${i}` }, "10.0.0.1", { "X-Forwarded-For": `203.0.113.${i}` });
    for (let i = 1; i <= 5; i++) expect((await guess(i)).status).toBe(401);
    const withCookie = (cookie: string, password: string) =>
      post(route, "/sign-in/email", { email, password }, "10.0.0.1", { Cookie: cookie });
    for (const old of [deviceIn(other), deviceIn(student)]) {
      expect((await withCookie(old, "another wrong guess")).status).toBe(429);
      expect((await withCookie(old, "a new battery staple 43")).status).toBe(429);
    }
    expect((await withCookie(deviceIn(changed), "a new battery staple 43")).status).toBe(200);
  });

  test("a throttled account's password can't be tried as a form instead: the throttled endpoints take JSON only (415)", async () => {
    const route = await loadRoute({ TRUSTED_PROXIES: "10.0.0.1" });
    const email = unique("form");
    const password = "correct horse battery 42";
    await signUp(route, email, password);
    for (let i = 1; i <= 5; i++) await post(route, "/sign-in/email", { email, password: `wrong guess ${i}` }, "10.0.0.1");
    expect((await post(route, "/sign-in/email", { email, password }, "10.0.0.1")).status).toBe(429);
    const send = (path: string, body: BodyInit, contentType?: string) =>
      route.POST(
        new Request(`${BASE}/api/auth${path}`, {
          method: "POST",
          headers: {
            Origin: BASE,
            "x-factdeck-peer": peerHeaderValue("10.0.0.1"),
            ...(contentType ? { "Content-Type": contentType } : {}),
          },
          body,
        }),
      );
    const form = new URLSearchParams({ email, password });
    const multipart = new FormData();
    multipart.set("email", email);
    multipart.set("password", password);
    // better-auth itself would check the password of a form-encoded sign-in; the count never saw it.
    const attempts = [
      await send("/sign-in/email", form, "application/x-www-form-urlencoded"),
      await send("/sign-in/email", multipart),
      await send("/sign-in/email", JSON.stringify({ email, password }), "text/plain"),
      await send(
        "/sign-up/email",
        new URLSearchParams({ email: unique("form-up"), password, name: "F" }),
        "application/x-www-form-urlencoded",
      ),
      await send("/request-password-reset", new URLSearchParams({ email }), "application/x-www-form-urlencoded"),
    ];
    expect(attempts.map((r) => r.status)).toEqual([415, 415, 415, 415, 415]);
    expect(((await attempts[0]!.json()) as { code: string }).code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(attempts.some((r) => r.headers.getSetCookie().length > 0)).toBe(false);
    // JSON with a charset is JSON: still throttled, not refused.
    expect((await send("/sign-in/email", JSON.stringify({ email, password }), "application/json; charset=utf-8")).status).toBe(429);
  });

  test("a burst of wrong passwords at once, each from its own address, lets only the free ones through", async () => {
    const route = await loadRoute({ TRUSTED_PROXIES: "10.0.0.1" });
    const email = unique("burst");
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(route, "/sign-in/email", { email, password: `wrong guess ${i}` }, "10.0.0.1", { "X-Forwarded-For": `203.0.113.${i + 1}` }),
      ),
    );
    expect(replies.filter((r) => r.status === 401)).toHaveLength(5);
    expect(replies.filter((r) => r.status === 429)).toHaveLength(15);
  });
});
