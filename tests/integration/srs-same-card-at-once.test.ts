import path from "node:path";
import { afterAll, describe, expect, inject, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { createDb, type Db } from "@/lib/db/create-client";
import { parsePrevious, toCardColumns, toFsrsCard } from "@/lib/srs/mapping";
import { recordReview, undoLastReview } from "@/lib/srs/review";
import { createScheduler, newCard, rateCard, type Grade } from "@/lib/srs/scheduler";
import { noFuzz as options } from "./harness";
import { createTestUser, databaseKind, testDb } from "./helpers";

// One student, one card, several requests at the same moment: two tabs rating it, a double
// click, an undo whose reply got lost and is sent again. On PostgreSQL these transactions
// really run side by side (on SQLite one process's client takes them one at a time).

const db = testDb();
const app: Db = createDb(inject("databaseUrl"));
const bank = loadBank(path.join(__dirname, "../../content"));
const [cardA, cardB] = [...bank.flashcards.keys()];
const T0 = new Date("2026-05-04T09:00:00.000Z");
afterAll(async () => {
  await Promise.all([db.$disconnect(), app.$disconnect()]);
});

const key = (userId: string, name: string) => `${name}-${userId.slice(0, 12)}`;
const rate = (userId: string, flashcardId: string, rating: Grade, requestId: string, at = T0) =>
  recordReview(app, userId, { flashcardId, rating, requestId, durationMs: 0 }, at, options);

describe(`one card, many requests at once, on ${databaseKind()}`, () => {
  test("eight ratings of one card at the same moment: each is scheduled from the state the one before it left, none is lost", async () => {
    const user = await createTestUser(db);
    const ratings: Grade[] = [3, 1, 3, 4, 2, 3, 1, 3];
    const results = await Promise.allSettled(ratings.map((rating, i) => rate(user.id, cardA!, rating, key(user.id, `tab${i}`))));
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);

    const logs = await db.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs).toHaveLength(8);
    const card = await db.card.findUniqueOrThrow({ where: { userId_flashcardId: { userId: user.id, flashcardId: cardA! } } });
    expect(card.reps).toBe(8);
    // Each log keeps the card as it was before that rating: they form one chain, 0 → 1 → … → 7 reps.
    const before = logs.map((log) => ({ log, previous: parsePrevious(log.previous) }));
    before.sort((a, b) => (a.previous?.reps ?? 0) - (b.previous?.reps ?? 0));
    expect(before.map((b) => b.previous?.reps ?? 0)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // Replaying the chain through ts-fsrs gives the stored card.
    const scheduler = createScheduler(options);
    let replayed = newCard(T0);
    for (const { log } of before) replayed = rateCard(scheduler, replayed, log.rating as Grade, T0).card;
    expect(toCardColumns(toFsrsCard(card))).toEqual(toCardColumns(replayed));
  });

  test("a new card rated in two tabs at once: both ratings are stored, one after the other", async () => {
    const user = await createTestUser(db);
    const results = await Promise.allSettled([
      rate(user.id, cardA!, 3, key(user.id, "left")),
      rate(user.id, cardA!, 1, key(user.id, "right")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
    expect((await db.card.findFirstOrThrow({ where: { userId: user.id } })).reps).toBe(2);
  });

  test("an undo sent twice (its reply was lost) takes back one rating, not the one before it", async () => {
    const user = await createTestUser(db);
    await rate(user.id, cardA!, 3, key(user.id, "first"));
    const firstState = await db.card.findFirstOrThrow({ where: { userId: user.id, flashcardId: cardA! } });
    await rate(user.id, cardB!, 4, key(user.id, "second"), new Date(T0.getTime() + 60_000));

    expect(await undoLastReview(app, user.id, key(user.id, "second"))).toEqual({ undone: true, rating: 4 }); // it names the rating it took back (Easy)
    expect(await undoLastReview(app, user.id, key(user.id, "second"))).toEqual({ undone: false });
    const left = await db.reviewLog.findMany({ where: { userId: user.id }, select: { requestId: true } });
    expect(left.map((r) => r.requestId)).toEqual([key(user.id, "first")]);
    expect(await db.card.findFirst({ where: { userId: user.id, flashcardId: cardB! } })).toBeNull();
    const first = await db.card.findFirstOrThrow({ where: { userId: user.id, flashcardId: cardA! } });
    expect(toCardColumns(toFsrsCard(first))).toEqual(toCardColumns(toFsrsCard(firstState)));
  });

  test("the same undo twice at the same moment removes the rating once and restores its card once", async () => {
    const user = await createTestUser(db);
    await rate(user.id, cardA!, 3, key(user.id, "one"));
    const afterOne = await db.card.findFirstOrThrow({ where: { userId: user.id } });
    await rate(user.id, cardA!, 1, key(user.id, "two"), new Date(T0.getTime() + 600_000));
    const results = await Promise.all([
      undoLastReview(app, user.id, key(user.id, "two")),
      undoLastReview(app, user.id, key(user.id, "two")),
    ]);
    expect(results.map((r) => r.undone).sort()).toEqual([false, true]);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    const card = await db.card.findFirstOrThrow({ where: { userId: user.id } });
    expect(toCardColumns(toFsrsCard(card))).toEqual(toCardColumns(toFsrsCard(afterOne)));
  });

  test("an undo that names a rating with a newer one after it is refused and changes nothing", async () => {
    const user = await createTestUser(db);
    await rate(user.id, cardA!, 3, key(user.id, "older"));
    await rate(user.id, cardB!, 3, key(user.id, "newer"), new Date(T0.getTime() + 60_000));
    await expect(undoLastReview(app, user.id, key(user.id, "older"))).rejects.toMatchObject({ name: "AppError", code: "newer_rating" });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });
});
