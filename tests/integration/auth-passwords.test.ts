import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { peerHeaderValue } from "@/lib/http/socket-peer";
import { actionKey, signInKey } from "@/lib/throttle/store";
import { AUTH_BASE, loadAuthRoute, type AuthRoute } from "./auth-route";
import { databaseKind, testDb } from "./helpers";

// Password rules and session lifetimes, through the real /api/auth route and better-auth.

const BASE = AUTH_BASE;
const db = testDb();
afterAll(() => db.$disconnect());

const requestHeaders = { current: new Headers() };
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders.current,
  cookies: async () => ({ getAll: () => [], delete: () => undefined }),
}));

let route: AuthRoute;
let getCurrentUser: typeof import("@/lib/auth/session").getCurrentUser;

beforeAll(async () => {
  route = await loadAuthRoute();
  ({ getCurrentUser } = await import("@/lib/auth/session"));
});

const unique = (tag: string) => `${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;
const post = (path: string, body: unknown, cookie?: string) =>
  route.POST(
    new Request(`${BASE}/api/auth${path}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: BASE,
        "x-factdeck-peer": peerHeaderValue("192.0.2.10"),
        ...(cookie ? { Cookie: cookie } : {}),
      },
      body: JSON.stringify(body),
    }),
  );
const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

const getSession = async (cookie: string) =>
  (await (
    await route.GET(
      new Request(`${BASE}/api/auth/get-session`, { headers: { Cookie: cookie, "x-factdeck-peer": peerHeaderValue("192.0.2.10") } }),
    )
  ).json()) as { user: { id: string } } | null;

/** A student from before the 12-character rule: an 8-character password, stored as better-auth stores it. */
async function legacyStudent(password: string) {
  const id = randomUUID();
  const email = unique("legacy");
  await db.user.create({ data: { id, name: "Legacy", email } });
  await db.account.create({
    data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: await hashPassword(password) },
  });
  return { id, email };
}

describe(`passwords and sessions (${databaseKind()})`, () => {
  test("a new password needs 12 characters and must not be a common one", async () => {
    const short = await post("/sign-up/email", { email: unique("short"), password: "elevenchars", name: "S" });
    expect(short.status).toBe(400);
    expect(((await short.json()) as { code: string }).code).toBe("PASSWORD_TOO_SHORT");
    for (const common of ["qwerty123456", "1qaz2wsx3edc", "aaaaaaaaaaaaaa"]) {
      const email = unique("common");
      const response = await post("/sign-up/email", { email, password: common, name: "C" });
      expect(response.status, common).toBe(400);
      expect(((await response.json()) as { code: string }).code).toBe("PASSWORD_TOO_COMMON");
      expect(await db.user.count({ where: { email } })).toBe(0);
    }
    expect((await post("/sign-up/email", { email: unique("fine"), password: "correct horse battery", name: "F" })).status).toBe(200);
  });

  test("an old 8-character password still signs in, and the student is asked to change it until they do", async () => {
    const { id, email } = await legacyStudent("oldpass8");
    const signedIn = await post("/sign-in/email", { email, password: "oldpass8" });
    expect(signedIn.status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).passwordChangeDue).toBe(true);
    requestHeaders.current = new Headers({ Cookie: cookieOf(signedIn) });
    expect(await getCurrentUser()).toMatchObject({ id, passwordChangeDue: true });

    const common = await post("/change-password", { currentPassword: "oldpass8", newPassword: "qwerty123456" }, cookieOf(signedIn));
    expect(common.status).toBe(400);
    const changed = await post(
      "/change-password",
      { currentPassword: "oldpass8", newPassword: "a much longer passphrase" },
      cookieOf(signedIn),
    );
    expect(changed.status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).passwordChangeDue).toBe(false);
  });

  test("a session with a password ends 30 days after its sign-in however active it was; a guest's keeps going", async () => {
    const email = unique("lifetime");
    expect((await post("/sign-up/email", { email, password: "correct horse battery", name: "L" })).status).toBe(200);
    const signedIn = await post("/sign-in/email", { email, password: "correct horse battery" });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    requestHeaders.current = new Headers({ Cookie: cookieOf(signedIn) });
    expect((await getCurrentUser())?.id).toBe(user.id);
    // Active every day (better-auth slid expiresAt forward), but signed in 31 days ago.
    const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    await db.session.updateMany({
      where: { userId: user.id },
      data: { createdAt: old, expiresAt: new Date(Date.now() + 20 * 24 * 60 * 60 * 1000) },
    });
    expect(await getCurrentUser()).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    const guest = await post("/sign-in/anonymous", {});
    expect(guest.status).toBe(200);
    requestHeaders.current = new Headers({ Cookie: cookieOf(guest) });
    const guestUser = await getCurrentUser();
    await db.session.updateMany({ where: { userId: guestUser!.id }, data: { createdAt: old } });
    expect((await getCurrentUser())?.id).toBe(guestUser!.id);
  });

  test("better-auth's own endpoints end a password session 30 days after its sign-in too; a guest's keeps going", async () => {
    const email = unique("lifetime-api");
    expect((await post("/sign-up/email", { email, password: "correct horse battery", name: "L" })).status).toBe(200);
    const signedIn = cookieOf(await post("/sign-in/email", { email, password: "correct horse battery" }));
    const guest = cookieOf(await post("/sign-in/anonymous", {}));
    const guestId = (await getSession(guest))!.user.id;
    expect((await getSession(signedIn))?.user.id).toBeDefined();
    const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await db.session.updateMany({ where: { userId: { in: [user.id, guestId] } }, data: { createdAt: old } });

    // A junk cookie of the same name after the real one changes nothing (better-auth reads the first).
    expect(await getSession(`${signedIn}; better-auth.session_token=junk.sig`)).toBeNull();
    const renamed = await post("/update-user", { name: "Someone else" }, signedIn);
    expect(renamed.status).toBe(401);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("L");
    expect(await getSession(signedIn)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await getSession(guest))?.user.id).toBe(guestId);
  });

  test("a request with a session inside its 30 days deletes nothing (on SQLite a DELETE takes the write lock, even matching no row)", async () => {
    const { db: appDb } = await import("@/lib/db/client");
    const email = unique("lifetime-read");
    expect((await post("/sign-up/email", { email, password: "correct horse battery", name: "L" })).status).toBe(200);
    const signedIn = cookieOf(await post("/sign-in/email", { email, password: "correct horse battery" }));
    const deletes = vi.spyOn(appDb.session, "deleteMany");
    try {
      for (let i = 0; i < 3; i++) expect((await getSession(signedIn))?.user.id).toBeDefined();
      expect(deletes).not.toHaveBeenCalled();
      // Once it is overdue it is deleted, as before.
      const user = await db.user.findUniqueOrThrow({ where: { email } });
      await db.session.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 31 * 24 * 60 * 60 * 1000) } });
      expect(await getSession(signedIn)).toBeNull();
      expect(deletes).toHaveBeenCalledTimes(1);
      expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    } finally {
      deletes.mockRestore();
    }
  });

  test("however better-auth deletes a user (delete-user, a guest merged into an account), its rate-limit counters go", async () => {
    const row = { hits: 1, windowStart: new Date(), blockedUntil: new Date(Date.now() + 60_000) };
    const guest = await post("/sign-in/anonymous", {});
    const guestId = ((await guest.json()) as { user: { id: string } }).user.id;
    await db.throttle.create({ data: { key: actionKey("quiz", guestId), ...row } });
    const email = unique("deleted");
    expect((await post("/sign-up/email", { email, password: "correct horse battery", name: "D" }, cookieOf(guest))).status).toBe(200);
    const signedIn = await post("/sign-in/email", { email, password: "correct horse battery" }, cookieOf(guest));
    expect(signedIn.status).toBe(200);
    expect(await db.user.count({ where: { id: guestId } })).toBe(0);
    expect(await db.throttle.count({ where: { key: actionKey("quiz", guestId) } })).toBe(0);

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const keys = [actionKey("export", user.id), signInKey(email), signInKey(email, "a-browser")];
    await db.throttle.createMany({ data: keys.map((key) => ({ key, ...row })) });
    expect((await post("/delete-user", { password: "correct horse battery" }, cookieOf(signedIn))).status).toBe(200);
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.throttle.count({ where: { key: { in: keys } } })).toBe(0);
  });

  test("a name or email longer than the app keeps is refused before anything is stored", async () => {
    const long = await post("/sign-up/email", { email: unique("long"), password: "correct horse battery", name: "n".repeat(101) });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { code: string }).code).toBe("FIELD_TOO_LONG");
    const email = `${"e".repeat(250)}@example.test`;
    expect((await post("/sign-up/email", { email, password: "correct horse battery", name: "E" })).status).toBe(400);
    expect(await db.user.count({ where: { email } })).toBe(0);
    const okEmail = unique("ok");
    expect((await post("/sign-up/email", { email: okEmail, password: "correct horse battery", name: "n".repeat(100) })).status).toBe(200);
    const fine = await post("/sign-in/email", { email: okEmail, password: "correct horse battery" });
    expect(fine.status).toBe(200);
    const renamed = await route.POST(
      new Request(`${BASE}/api/auth/update-user`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: BASE, Cookie: cookieOf(fine) },
        body: JSON.stringify({ name: "x".repeat(10_000) }),
      }),
    );
    expect(renamed.status).toBe(400);
  });
});
