import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/settings/schemas";
import { getStudyView } from "@/lib/srs/queries";
import { recordReview, undoLastReview } from "@/lib/srs/review";
import { requestId } from "./harness";
import { createTestUser, databaseKind, testDb } from "./helpers";

const db = testDb();
const bank = loadBank(path.join(__dirname, "../../content"));
afterAll(() => db.$disconnect());

const options = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
const settings = { ...DEFAULT_STUDY_SETTINGS, newCardsPerDay: 5 };
const T0 = new Date("2026-01-05T09:00:00.000Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const [first, second, third] = [...bank.flashcards.keys()];
const rid = () => requestId("req");

async function cardRow(userId: string, flashcardId: string) {
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    ...row
  } = await db.card.findUniqueOrThrow({
    where: { userId_flashcardId: { userId, flashcardId } },
  });
  return row;
}

describe(`reviews on ${databaseKind()}`, () => {
  test("a rating writes one review and the card's new state together", async () => {
    const user = await createTestUser(db);
    const result = await recordReview(db, user.id, { flashcardId: first!, rating: 3, requestId: rid(), durationMs: 4200 }, T0, options);
    expect(result.isNew).toBe(true);
    const card = await cardRow(user.id, first!);
    expect(card.reps).toBe(1);
    expect(card.state).toBe(1);
    expect(card.due.getTime()).toBe(minutes(10).getTime());
    const logs = await db.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 3, state: 0, durationMs: 4200, previous: "null" });
  });

  test("the same request sent twice, one after the other, is stored once", async () => {
    const user = await createTestUser(db);
    const input = { flashcardId: first!, rating: 3 as const, requestId: rid(), durationMs: 0 };
    const a = await recordReview(db, user.id, input, T0, options);
    const b = await recordReview(db, user.id, input, minutes(1), options);
    expect(b).toEqual({ ...a, isNew: false });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect((await cardRow(user.id, first!)).reps).toBe(1);
  });

  test("a double click (the same request at once) is stored once", async () => {
    const user = await createTestUser(db);
    const input = { flashcardId: second!, rating: 4 as const, requestId: rid(), durationMs: 0 };
    const results = await Promise.all([1, 2, 3].map(() => recordReview(db, user.id, input, T0, options)));
    expect(new Set(results.map((r) => r.reviewId)).size).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect((await cardRow(user.id, second!)).reps).toBe(1);
  });

  test("undo restores the card exactly as it was and removes that review", async () => {
    const user = await createTestUser(db);
    await recordReview(db, user.id, { flashcardId: first!, rating: 3, requestId: rid(), durationMs: 0 }, T0, options);
    await recordReview(db, user.id, { flashcardId: first!, rating: 3, requestId: rid(), durationMs: 0 }, minutes(10), options);
    const before = await cardRow(user.id, first!);
    await recordReview(db, user.id, { flashcardId: first!, rating: 1, requestId: rid(), durationMs: 0 }, minutes(60 * 24), options);
    expect((await cardRow(user.id, first!)).lapses).toBe(1);

    await undoLastReview(db, user.id);
    expect(await cardRow(user.id, first!)).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });

  test("undoing a card's first rating makes it new again", async () => {
    const user = await createTestUser(db);
    await recordReview(db, user.id, { flashcardId: third!, rating: 3, requestId: rid(), durationMs: 0 }, T0, options);
    await undoLastReview(db, user.id);
    expect(await db.card.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    await expect(undoLastReview(db, user.id)).rejects.toMatchObject({ name: "AppError", code: "nothing_to_undo" });
  });

  test("one student's undo never touches another student's reviews", async () => {
    const [a, b] = [await createTestUser(db), await createTestUser(db)];
    await recordReview(db, b.id, { flashcardId: first!, rating: 3, requestId: rid(), durationMs: 0 }, T0, options);
    await expect(undoLastReview(db, a.id)).rejects.toMatchObject({ name: "AppError", code: "nothing_to_undo" });
    expect(await db.reviewLog.count({ where: { userId: b.id } })).toBe(1);
  });
});

describe(`the study queue on ${databaseKind()}`, () => {
  test("new cards come in article order, up to the daily limit", async () => {
    const user = await createTestUser(db);
    const view = await getStudyView(db, user.id, bank, settings, T0);
    expect(view.card?.flashcardId).toBe(first);
    expect(view.counts).toEqual({ new: 5, learning: 0, review: 0 });
    expect(view.card?.quote).toBe(bank.facts.get(bank.flashcards.get(first!)!.factId)!.quote);
    expect(view.card?.intervals).toEqual({ 1: "1m", 2: "6m", 3: "10m", 4: expect.stringMatching(/^\d+d$/) });
  });

  test("due cards come before new ones, and the new-card limit counts today's new cards", async () => {
    const user = await createTestUser(db);
    for (let i = 0; i < 3; i++) {
      const view = await getStudyView(db, user.id, bank, settings, minutes(i));
      await recordReview(
        db,
        user.id,
        { flashcardId: view.card!.flashcardId, rating: 3, requestId: rid(), durationMs: 0 },
        minutes(i),
        options,
      );
    }
    // 15 minutes on, the first card (due after 10 min) is back before any new card.
    const later = await getStudyView(db, user.id, bank, settings, minutes(15));
    expect(later.card?.flashcardId).toBe(first);
    expect(later.card?.phase).toBe("learning");
    expect(later.counts).toEqual({ new: 2, learning: 3, review: 0 });
    expect(later.doneToday).toBe(3);
  });

  test("a student can narrow the queue to sections of the article", async () => {
    const user = await createTestUser(db);
    const view = await getStudyView(db, user.id, bank, { ...settings, sectionIds: ["relos"] }, T0);
    expect(bank.flashcards.get(view.card!.flashcardId)!.sectionId).toBe("relos");
  });

  test("when everything is done, the view says when the next card is due", async () => {
    const user = await createTestUser(db);
    const tiny = { ...settings, newCardsPerDay: 1 };
    const view = await getStudyView(db, user.id, bank, tiny, T0);
    await recordReview(db, user.id, { flashcardId: view.card!.flashcardId, rating: 4, requestId: rid(), durationMs: 0 }, T0, options);
    const done = await getStudyView(db, user.id, bank, tiny, minutes(1));
    expect(done.card).toBeNull();
    expect(done.counts).toEqual({ new: 0, learning: 0, review: 0 });
    expect(new Date(done.nextDue!).getTime()).toBeGreaterThan(minutes(60 * 24).getTime());
  });
});
