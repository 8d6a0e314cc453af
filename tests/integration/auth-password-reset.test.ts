import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { EmailMessage } from "@/lib/email/messages";
import { peerHeaderValue } from "@/lib/http/socket-peer";
import { signInKey } from "@/lib/throttle/store";
import { AUTH_BASE, loadAuthRoute, type AuthRoute } from "./auth-route";
import { databaseKind, testDb } from "./helpers";

// "Forgot password?" through the real /api/auth route and better-auth; the outgoing mail is caught
// here (tests/e2e/password-reset.spec.ts sends it through a real SMTP server).

const BASE = AUTH_BASE;
const db = testDb();
afterAll(() => db.$disconnect());

const outbox: EmailMessage[] = [];
vi.mock("@/lib/email/send", () => ({
  sendEmail: async (message: EmailMessage) => void outbox.push(message),
  sendEmailInBackground: (message: EmailMessage) => void outbox.push(message),
}));

let route: AuthRoute;

beforeAll(async () => {
  route = await loadAuthRoute();
});
beforeEach(async () => {
  outbox.length = 0;
  await db.throttle.deleteMany();
  await db.rateLimit.deleteMany();
});

const unique = (tag: string) => `${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;
const headers = { "Content-Type": "application/json", Origin: BASE, "x-factdeck-peer": peerHeaderValue("192.0.2.40") };
const post = (path: string, body: unknown, cookie?: string) =>
  route.POST(
    new Request(`${BASE}/api/auth${path}`, {
      method: "POST",
      headers: { ...headers, ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );
const askForLink = (email: string) => post("/request-password-reset", { email, redirectTo: "/reset-password" });

async function student(password = "the first password") {
  const email = unique("reset");
  expect((await post("/sign-up/email", { email, password, name: "Reset" })).status).toBe(200);
  return email;
}

/** The link in the last email, and where following it lands (better-auth checks the token, then redirects). */
async function follow(link: string) {
  const response = await route.GET(new Request(link, { headers: { "x-factdeck-peer": peerHeaderValue("192.0.2.40") } }));
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location")!, BASE);
}
const linkIn = (message: EmailMessage) => message.text.match(/https?:\/\/\S+/)![0];

describe(`password reset (${databaseKind()})`, () => {
  test("the emailed link sets a new password once: the new one signs in, the old one and the used link don't", async () => {
    const email = await student();
    const signedIn = await post("/sign-in/email", { email, password: "the first password" });
    expect(signedIn.status).toBe(200);
    expect((await askForLink(email)).status).toBe(200);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.to).toBe(email);
    expect(outbox[0]!.subject).toBe("Reset your Factdeck password");

    const landing = await follow(linkIn(outbox[0]!));
    expect(landing.pathname).toBe("/reset-password");
    const token = landing.searchParams.get("token")!;
    expect(token).toBeTruthy();
    const tooShort = await post("/reset-password", { token, newPassword: "elevenchars" });
    expect(tooShort.status).toBe(400);
    expect(await post("/reset-password", { token, newPassword: "a brand new password" }).then((r) => r.status)).toBe(200);

    expect((await post("/sign-in/email", { email, password: "the first password" })).status).toBe(401);
    expect((await post("/sign-in/email", { email, password: "a brand new password" })).status).toBe(200);
    // The session from before the reset is gone (whoever knew the old password is signed out).
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);

    // The link is used up: following it again, or posting its token again, says so.
    expect((await follow(linkIn(outbox[0]!))).searchParams.get("error")).toBe("INVALID_TOKEN");
    const again = await post("/reset-password", { token, newPassword: "another new password" });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { code: string }).code).toBe("INVALID_TOKEN");
  });

  test("a student kept out by someone else's wrong guesses gets straight in after resetting the password", async () => {
    const email = await student();
    for (let i = 1; i <= 5; i++) expect((await post("/sign-in/email", { email, password: `a wrong guess ${i}` })).status).toBe(401);
    expect((await post("/sign-in/email", { email, password: "the first password" })).status).toBe(429);
    await askForLink(email);
    const token = (await follow(linkIn(outbox[0]!))).searchParams.get("token")!;
    const reset = await post("/reset-password", { token, newPassword: "a brand new password" });
    expect(reset.status).toBe(200);
    expect(await db.throttle.count({ where: { key: signInKey(email) } })).toBe(0);
    // Whoever keeps guessing has the account blocked again a moment later; the browser that set the
    // new password has a count of its own and gets in.
    const wrong = (i: number) => post("/sign-in/email", { email, password: `another wrong guess ${i}` });
    for (let i = 1; i <= 5; i++) expect((await wrong(i)).status).toBe(401);
    expect((await wrong(6)).status).toBe(429);
    const device = reset.headers.getSetCookie().find((c) => c.startsWith("factdeck.sign-in-device="))!;
    expect((await post("/sign-in/email", { email, password: "a brand new password" }, device.split(";")[0])).status).toBe(200);
  });

  test("a reset ends every device cookie from before it: only the browser that set the new password keeps a count of its own", async () => {
    const email = await student();
    const deviceIn = (response: Response) =>
      response.headers
        .getSetCookie()
        .find((c) => c.startsWith("factdeck.sign-in-device="))!
        .split(";")[0]!;
    // Whoever knew the old password signed in twice and kept both cookies.
    const before = [
      deviceIn(await post("/sign-in/email", { email, password: "the first password" })),
      deviceIn(await post("/sign-in/email", { email, password: "the first password" })),
    ];
    await askForLink(email);
    const token = (await follow(linkIn(outbox[0]!))).searchParams.get("token")!;
    const reset = await post("/reset-password", { token, newPassword: "a brand new password" });
    expect(reset.status).toBe(200);
    for (let i = 1; i <= 5; i++) expect((await post("/sign-in/email", { email, password: `a wrong guess ${i}` })).status).toBe(401);
    // The old cookies share the throttled count: no free guesses of their own, not even the right password.
    for (const cookie of before) {
      expect((await post("/sign-in/email", { email, password: "another wrong guess" }, cookie)).status).toBe(429);
      expect((await post("/sign-in/email", { email, password: "a brand new password" }, cookie)).status).toBe(429);
    }
    expect((await post("/sign-in/email", { email, password: "a brand new password" }, deviceIn(reset))).status).toBe(200);
  });

  test("an expired link says so and changes nothing", async () => {
    const email = await student();
    await askForLink(email);
    const token = (await follow(linkIn(outbox[0]!))).searchParams.get("token")!;
    await db.verification.updateMany({
      where: { identifier: `reset-password:${token}` },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await follow(linkIn(outbox[0]!))).searchParams.get("error")).toBe("INVALID_TOKEN");
    const late = await post("/reset-password", { token, newPassword: "a brand new password" });
    expect(((await late.json()) as { code: string }).code).toBe("INVALID_TOKEN");
    expect((await post("/sign-in/email", { email, password: "the first password" })).status).toBe(200);
  });

  test("the answer is the same for an unknown email, and only a known one gets mail", async () => {
    const known = await askForLink(await student());
    const unknown = await askForLink(unique("nobody"));
    expect(unknown.status).toBe(known.status);
    expect(await unknown.json()).toEqual(await known.json());
    expect(outbox).toHaveLength(1);
  });

  test("three links per email per quarter hour, known or not; other emails are not held up", async () => {
    const known = await student();
    const unknown = unique("nobody");
    for (const email of [known, unknown]) {
      for (let i = 0; i < 3; i++) expect((await askForLink(email)).status).toBe(200);
      const refused = await askForLink(email);
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { message: string }).message).toMatch(
        /^A reset link was asked for this email several times already\. Wait \d+ minutes? and try again\.$/,
      );
    }
    expect(outbox).toHaveLength(3);
    expect((await askForLink(await student())).status).toBe(200);
  });
});
