import { afterAll, describe, expect, inject, test, vi } from "vitest";
import { databaseKind, testDb } from "./helpers";

// The session cookie as better-auth (configured in lib/auth/server.ts) sets it: always HttpOnly
// and SameSite=Lax; Secure, with the __Secure- prefix, whenever the app's URL is https. The e2e
// server runs on http://127.0.0.1, so the https case is checked here, through the real handler.

const db = testDb();
afterAll(() => db.$disconnect());

async function sessionCookie(baseURL: string): Promise<string> {
  vi.resetModules();
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.BETTER_AUTH_URL = baseURL;
  process.env.BETTER_AUTH_SECRET = "integration-secret-not-for-production-0123456789";
  const { auth } = await import("@/lib/auth/server");
  const email = `cookie-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;
  const post = (path: string, body: unknown) =>
    auth.handler(
      new Request(`${baseURL}/api/auth${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: baseURL },
        body: JSON.stringify(body),
      }),
    );
  // Sign-up signs no one in (it answers a registered email alike): the session comes with the sign-in.
  expect((await post("/sign-up/email", { email, password: "correct horse 42", name: "Cookie" })).status).toBe(200);
  const response = await post("/sign-in/email", { email, password: "correct horse 42" });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token="));
  expect(cookie, "a session cookie is set").toBeDefined();
  return cookie!;
}

describe(`session cookies (${databaseKind()})`, () => {
  test("behind https (production): Secure, __Secure- prefixed, HttpOnly, SameSite=Lax", async () => {
    const cookie = await sessionCookie("https://factdeck.example");
    expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
  });

  test("on plain http (local development): HttpOnly and SameSite=Lax, not Secure", async () => {
    const cookie = await sessionCookie("http://localhost:3000");
    expect(cookie).toMatch(/^better-auth\.session_token=/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
  });
});
