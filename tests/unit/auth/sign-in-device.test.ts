import { describe, expect, test } from "vitest";
import { deviceCookie, deviceOf } from "@/lib/auth/sign-in-device";

const SECRET = "unit-secret-not-for-production-0123456789";
const STAMP = "stamp-of-the-password-now";
const ada = { email: "ada@example.com", passwordStamp: STAMP };
const pair = (setCookie: string) => setCookie.split(";")[0]!;

describe("sign-in-device cookie", () => {
  test("over https it is Secure and __Secure- prefixed; over http neither; always HttpOnly, SameSite=Strict, /api/auth only", () => {
    expect(deviceCookie(SECRET, ada, true)).toMatch(
      /^__Secure-factdeck\.sign-in-device=[\w-]+\.[\w-]+; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict; Secure$/,
    );
    expect(deviceCookie(SECRET, ada, false)).toMatch(
      /^factdeck\.sign-in-device=[^;]+; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict$/,
    );
  });

  test("each cookie has a fresh id, read back for its own email however it is typed", () => {
    const a = pair(deviceCookie(SECRET, { ...ada, email: "Ada@Example.com" }, false));
    const b = pair(deviceCookie(SECRET, ada, false));
    expect(deviceOf(`theme=dark; ${a}`, SECRET, { ...ada, email: " ada@example.com" }, false)).toBe(a.split("=")[1]!.split(".")[0]);
    expect(deviceOf(b, SECRET, ada, false)).not.toBe(deviceOf(a, SECRET, ada, false));
  });

  test("a forged cookie of the same name before the real one does not hide it", () => {
    const good = pair(deviceCookie(SECRET, ada, false));
    expect(deviceOf(`factdeck.sign-in-device=made.up; ${good}`, SECRET, ada, false)).toBe(good.split("=")[1]!.split(".")[0]);
  });

  const good = pair(deviceCookie(SECRET, ada, false));
  test.each([
    { label: "another account's email", cookie: good, account: { ...ada, email: "bob@example.com" }, secret: SECRET, secure: false },
    {
      label: "a new password since (reset or change)",
      cookie: good,
      account: { ...ada, passwordStamp: "another" },
      secret: SECRET,
      secure: false,
    },
    { label: "another secret", cookie: good, account: ada, secret: `${SECRET}x`, secure: false },
    { label: "a changed id", cookie: good.replace("=", "=x"), account: ada, secret: SECRET, secure: false },
    { label: "no signature", cookie: good.split(".")[0]!, account: ada, secret: SECRET, secure: false },
    { label: "the http name over https", cookie: good, account: ada, secret: SECRET, secure: true },
    { label: "no cookie", cookie: null, account: ada, secret: SECRET, secure: false },
  ])("$label: no device", ({ cookie, account, secret, secure }) => {
    expect(deviceOf(cookie, secret, account, secure)).toBeNull();
  });
});
