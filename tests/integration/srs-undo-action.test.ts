import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { createTestUser, databaseKind, testDb } from "./helpers";
import { as, requestId } from "./harness";

// What the student reads after pressing Undo, through the action the study page calls.

const db = testDb();
let srs: typeof import("@/lib/srs/actions");
beforeAll(async () => {
  // The app's db singleton reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = inject("databaseUrl");
  srs = await import("@/lib/srs/actions");
});
afterAll(() => db.$disconnect());

const [cardA, cardB] = ["in-modi-embrace-airport-card-1", "in-23rd-summit-card-1"];

describe(`undo from the study page (${databaseKind()})`, () => {
  test("an undo naming a rating that is no longer the latest says another rating came after it, and keeps both", async () => {
    const user = await createTestUser(db);
    as(user);
    const older = requestId();
    expect((await srs.recordReviewAction({ flashcardId: cardA, rating: 3, requestId: older, durationMs: 100 })).ok).toBe(true);
    expect((await srs.recordReviewAction({ flashcardId: cardB, rating: 3, requestId: requestId(), durationMs: 100 })).ok).toBe(true);

    const result = await srs.undoReviewAction({ requestId: older });
    expect(result.ok).toBe(true);
    expect(result.ok && result.data.notice).toBe(
      "Another rating came after that one (perhaps in another tab). Undo goes back one rating at a time, from the latest.",
    );
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });
});
