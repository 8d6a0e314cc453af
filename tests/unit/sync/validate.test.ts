import { describe, expect, test } from "vitest";
import { DEFAULT_MAX_OFFLINE_AGE_MS } from "@/lib/sync/limits";
import { syncBatchSchema, type SyncOperation } from "@/lib/sync/schemas";
import { checkOperations } from "@/lib/sync/validate";

const now = new Date(2026, 4, 10, 12, 0);
const min = (m: number) => new Date(now.getTime() + m * 60_000);
const op = (at: Date, flashcardId = "card-a"): SyncOperation => ({
  kind: "rate",
  requestId: "req12345",
  flashcardId,
  rating: 3,
  durationMs: 0,
  at,
});
const context = { now, accountCreatedAt: min(-30 * 24 * 60), isStudied: (id: string) => id !== "gone" };

describe("checkOperations", () => {
  test.each([
    { label: "a rating a minute ago", at: min(-1), expected: null },
    { label: "a device clock a minute ahead (within the tolerance)", at: min(1), expected: null },
    { label: "an hour in the future", at: min(60), expected: "future" },
    { label: "just inside 14 days", at: new Date(now.getTime() - DEFAULT_MAX_OFFLINE_AGE_MS + 60_000), expected: null },
    { label: "15 days ago", at: min(-15 * 24 * 60), expected: "too_old" },
  ])("$label → $expected", ({ at, expected }) => {
    expect(checkOperations([op(at)], context)).toEqual([expected]);
  });

  test("a removed card, an account's start, and a time earlier than the one queued before it", () => {
    expect(checkOperations([op(min(-5), "gone")], context)).toEqual(["unknown_card"]);
    expect(checkOperations([op(min(-60))], { ...context, accountCreatedAt: min(-30) })).toEqual(["before_account"]);
    // One bad time refuses itself only: the next is checked against the last accepted one.
    expect(checkOperations([op(min(-10)), op(min(-20)), op(min(-5))], context)).toEqual([null, "out_of_order", null]);
  });

  test("the bound is configurable", () => {
    expect(checkOperations([op(min(-3 * 24 * 60))], { ...context, maxAgeMs: 86_400_000 })).toEqual(["too_old"]);
  });
});

describe("syncBatchSchema", () => {
  const item = { kind: "rate", requestId: "req12345", flashcardId: "card-a", rating: 3, durationMs: 100, at: "2026-05-10T11:00:00.000Z" };
  test("reads a queue and its times", () => {
    const parsed = syncBatchSchema.parse({
      operations: [item, { kind: "suspend", requestId: "req99999", flashcardId: "card-a", at: item.at }],
    });
    expect(parsed.operations[0]!.at).toEqual(new Date("2026-05-10T11:00:00.000Z"));
  });
  test.each([
    { label: "no operations", body: { operations: [] } },
    { label: "201 operations", body: { operations: Array.from({ length: 201 }, () => item) } },
    { label: "a time that is not one", body: { operations: [{ ...item, at: "yesterday" }] } },
    { label: "an unknown kind", body: { operations: [{ ...item, kind: "delete" }] } },
    { label: "a rating out of range", body: { operations: [{ ...item, rating: 5 }] } },
  ])("refuses $label", ({ body }) => {
    expect(syncBatchSchema.safeParse(body).success).toBe(false);
  });
});
