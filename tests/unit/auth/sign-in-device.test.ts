import { describe, expect, test } from "vitest";
import { deviceCookie, deviceOf } from "@/lib/auth/sign-in-device";

const SECRET = "unit-secret-not-for-production-0123456789";
const pair = (setCookie: string) => setCookie.split(";")[0]!;

describe("sign-in-device cookie", () => {
  test("over https it is Secure and __Secure- prefixed; over http neither; always HttpOnly, SameSite=Strict, /api/auth only", () => {
    expect(deviceCookie(SECRET, "ada@example.com", true)).toMatch(
      /^__Secure-factdeck\.sign-in-device=[\w-]+\.[\w-]+; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict; Secure$/,
    );
    expect(deviceCookie(SECRET, "ada@example.com", false)).toMatch(
      /^factdeck\.sign-in-device=[^;]+; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict$/,
    );
  });

  test("each cookie has a fresh id, read back for its own email however it is typed", () => {
    const a = pair(deviceCookie(SECRET, "Ada@Example.com", false));
    const b = pair(deviceCookie(SECRET, "ada@example.com", false));
    expect(deviceOf(`theme=dark; ${a}`, SECRET, " ada@example.com", false)).toBe(a.split("=")[1]!.split(".")[0]);
    expect(deviceOf(b, SECRET, "ada@example.com", false)).not.toBe(deviceOf(a, SECRET, "ada@example.com", false));
  });

  const good = pair(deviceCookie(SECRET, "ada@example.com", false));
  test.each([
    { label: "another account's email", cookie: good, email: "bob@example.com", secret: SECRET, secure: false },
    { label: "another secret", cookie: good, email: "ada@example.com", secret: `${SECRET}x`, secure: false },
    { label: "a changed id", cookie: good.replace("=", "=x"), email: "ada@example.com", secret: SECRET, secure: false },
    { label: "no signature", cookie: good.split(".")[0]!, email: "ada@example.com", secret: SECRET, secure: false },
    { label: "the http name over https", cookie: good, email: "ada@example.com", secret: SECRET, secure: true },
    { label: "no cookie", cookie: null, email: "ada@example.com", secret: SECRET, secure: false },
  ])("$label: no device", ({ cookie, email, secret, secure }) => {
    expect(deviceOf(cookie, secret, email, secure)).toBeNull();
  });
});
