import { describe, expect, test } from "vitest";
import { decideSignIn, decideWindow, MAX_SIGN_IN_DELAY_MS, signInDelayMs, waitText, type ThrottleRow } from "@/lib/throttle/policy";

const now = new Date("2026-12-01T10:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);

describe("failed sign-ins per account", () => {
  test("five free, then a wait that doubles from 15 s and never passes 5 minutes", () => {
    expect([1, 2, 3, 4].map(signInDelayMs)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 50].map(signInDelayMs)).toEqual([15_000, 30_000, 60_000, 120_000, 240_000, 300_000, 300_000]);
    expect(signInDelayMs(1000)).toBe(MAX_SIGN_IN_DELAY_MS);
  });

  test("refused while blocked, with the seconds left", () => {
    const row: ThrottleRow = { hits: 5, windowStart: at(-60_000), blockedUntil: at(14_500) };
    expect(decideSignIn(row, now)).toEqual({ allowed: false, retryAfterSeconds: 15 });
  });

  test("counted on from the last failure, forgotten after a quiet day", () => {
    const row: ThrottleRow = { hits: 7, windowStart: at(-3_600_000), blockedUntil: at(-1) };
    expect(decideSignIn(row, now)).toMatchObject({ allowed: true, next: { hits: 8, blockedUntil: at(120_000) } });
    const old: ThrottleRow = { ...row, blockedUntil: at(-25 * 3_600_000) };
    expect(decideSignIn(old, now)).toMatchObject({ allowed: true, next: { hits: 1, windowStart: now, blockedUntil: now } });
  });
});

describe("expensive actions per student", () => {
  const limit = { max: 2, windowMs: 60_000 };
  test("max per window, then the seconds until the window ends", () => {
    const first = decideWindow(null, now, limit);
    expect(first).toMatchObject({ allowed: true, next: { hits: 1 } });
    const row = { hits: 2, windowStart: at(-20_000), blockedUntil: at(40_000) };
    expect(decideWindow(row, now, limit)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(decideWindow(row, at(41_000), limit)).toMatchObject({ allowed: true, next: { hits: 1 } });
  });
  test("wait texts", () => {
    expect([1, 45, 60, 61, 300].map(waitText)).toEqual(["1 second", "45 seconds", "1 minute", "2 minutes", "5 minutes"]);
  });
});
