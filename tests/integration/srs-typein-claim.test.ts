import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { createTestUser, databaseKind, testDb } from "./helpers";
import { as, requestId } from "./harness";

// A type-in card's typed answer is graded on the server and stored with the rating, with the student's "I was right".

const db = testDb();
let srs: typeof import("@/lib/srs/actions");
beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  srs = await import("@/lib/srs/actions");
});
afterAll(() => db.$disconnect());

describe(`"I was right" on a type-in card (${databaseKind()})`, () => {
  test("the server grades what was typed (the browser's word doesn't count) and stores the claim with the rating", async () => {
    const user = await createTestUser(db);
    as(user);
    const rate = (flashcardId: string, answer: string, claimed: boolean) =>
      srs.recordReviewAction({ flashcardId, rating: 3, requestId: requestId("claim"), durationMs: 100, typed: { answer, claimed } });
    expect((await rate("in-embrace-date-card-1", "4th December 2025", false)).ok).toBe(true);
    expect((await rate("en-lukoil-rosneft-card-1", "Lukoil only", true)).ok).toBe(true);
    // A claim on an answer the grader accepts is no override.
    expect((await rate("de-brahmos-equity-card-1", "50.5 per cent", true)).ok).toBe(true);
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, include: { card: true }, orderBy: { reviewedAt: "asc" } });
    const byCard = new Map(logs.map((log) => [log.card.flashcardId, log]));
    expect(byCard.get("in-embrace-date-card-1")).toMatchObject({
      typedAnswer: "4th December 2025",
      typedCorrect: true,
      typedOverridden: false,
    });
    expect(byCard.get("en-lukoil-rosneft-card-1")).toMatchObject({
      typedAnswer: "Lukoil only",
      typedCorrect: false,
      typedOverridden: true,
    });
    expect(byCard.get("de-brahmos-equity-card-1")).toMatchObject({ typedCorrect: true, typedOverridden: false });
  });
});
