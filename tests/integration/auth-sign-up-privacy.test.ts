import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { peerHeaderValue } from "@/lib/http/socket-peer";
import { AUTH_BASE, loadAuthRoute, type AuthRoute } from "./auth-route";
import { databaseKind, testDb } from "./helpers";

// Sign-up must not tell whether an email is registered: an attacker who posts a list of addresses
// to /api/auth/sign-up/email gets the same answer, as fast, for each.

const BASE = AUTH_BASE;
const db = testDb();
afterAll(() => db.$disconnect());

let route: AuthRoute;

beforeAll(async () => {
  route = await loadAuthRoute();
});

const unique = (tag: string) => `${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;
const post = (path: string, body: unknown) =>
  route.POST(
    new Request(`${BASE}/api/auth${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: BASE, "x-factdeck-peer": peerHeaderValue("192.0.2.30") },
      body: JSON.stringify(body),
    }),
  );

/** What an attacker compares: the status, the body's shape (ids and dates differ by nature), and cookies. */
async function answerOf(response: Response) {
  const body = (await response.json()) as Record<string, unknown> & { user?: Record<string, unknown> };
  return {
    status: response.status,
    keys: Object.keys(body).sort(),
    token: body.token,
    user: body.user ? Object.fromEntries(Object.keys(body.user).map((key) => [key, typeof body.user![key]])) : null,
    cookies: response.headers.getSetCookie().map((cookie) => cookie.split("=")[0]),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe(`sign-up does not tell whether an email is registered (${databaseKind()})`, () => {
  test("a registered email gets the same answer as a new one, and the account is left as it was", async () => {
    const registered = unique("registered");
    expect((await post("/sign-up/email", { email: registered, password: "the owner's password", name: "Owner" })).status).toBe(200);

    const forNew = await answerOf(await post("/sign-up/email", { email: unique("new"), password: "correct horse battery", name: "Same" }));
    const forRegistered = await answerOf(
      await post("/sign-up/email", { email: registered, password: "correct horse battery", name: "Same" }),
    );
    expect(forRegistered).toEqual(forNew);
    expect(forNew.status).toBe(200);
    expect(forNew.token).toBeNull(); // nobody is signed in by a sign-up: the session would tell
    expect(forNew.cookies).not.toContain("better-auth.session_token");

    // The owner's account is untouched: one row, and only the owner's password signs in.
    expect(await db.user.count({ where: { email: registered } })).toBe(1);
    expect((await post("/sign-in/email", { email: registered, password: "correct horse battery" })).status).toBe(401);
    expect((await post("/sign-in/email", { email: registered, password: "the owner's password" })).status).toBe(200);
  });

  test("a registered email is answered about as fast as a new one (the password is hashed either way)", async () => {
    const registered = unique("timed");
    await post("/sign-up/email", { email: registered, password: "the owner's password", name: "Owner" });
    const times = { new: [] as number[], registered: [] as number[] };
    // Interleaved, so the machine's load falls on both alike.
    for (let round = 0; round < 7; round++) {
      for (const kind of ["new", "registered"] as const) {
        const started = performance.now();
        const response = await post("/sign-up/email", {
          email: kind === "new" ? unique("timed-new") : registered,
          password: "correct horse battery",
          name: "T",
        });
        times[kind].push(performance.now() - started);
        expect(response.status).toBe(200);
      }
    }
    const [fresh, known] = [median(times.new), median(times.registered)];
    // The hash dominates both (tens of ms); an early "already exists" would answer in a fraction of it.
    expect(known, `median ms: new ${fresh.toFixed(1)}, registered ${known.toFixed(1)}`).toBeGreaterThan(fresh * 0.5);
    expect(fresh, `median ms: new ${fresh.toFixed(1)}, registered ${known.toFixed(1)}`).toBeLessThan(known * 2);
  });
});
