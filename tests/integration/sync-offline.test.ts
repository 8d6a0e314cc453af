import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { isActive } from "@/lib/content/retire";
import { parsePrevious, toCardColumns, toFsrsCard } from "@/lib/srs/mapping";
import { recordReview, undoLastReview } from "@/lib/srs/review";
import { createScheduler, newCard, rateCard, type Grade, type SchedulerOptions } from "@/lib/srs/scheduler";
import { syncOperations } from "@/lib/sync/mutations";
import type { SyncOperation } from "@/lib/sync/schemas";
import { as, noFuzz, signedOut } from "./harness";
import { createTestUser, databaseKind, testDb } from "./helpers";

// Offline sync (issue #22): a device's queue of ratings made without a network, stored once each
// with the time it was made, and each card recomputed by replaying its log in time order.

const db = testDb();
const bank = loadBank();
const active = [...bank.flashcards.keys()].filter((id) => isActive(bank, id));
const retired = [...bank.flashcards.keys()].find((id) => !isActive(bank, id))!;
const [cardA, cardB, cardC] = active;
const NOW = new Date("2026-05-10T12:00:00.000Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const options = { review: noFuzz, isStudied: (id: string) => bank.flashcards.has(id) && isActive(bank, id) };
let seq = 0;
const rate = (flashcardId: string, rating: Grade, at: Date, requestId = `sync${Date.now()}${seq++}`): SyncOperation => ({
  kind: "rate",
  requestId,
  flashcardId,
  rating,
  at,
  durationMs: 4000,
});

let route: typeof import("@/app/api/sync/route").POST;
beforeAll(async () => {
  // The app's db singleton reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = inject("databaseUrl");
  route = (await import("@/app/api/sync/route")).POST;
});
afterAll(() => db.$disconnect());

async function student() {
  const user = await createTestUser(db);
  return db.user.update({ where: { id: user.id }, data: { createdAt: ago(30 * 24 * 60) } });
}

/** The card as replaying its stored log (time order) through ts-fsrs from new gives it. */
async function replayed(userId: string, flashcardId: string, options: SchedulerOptions = noFuzz) {
  const logs = await db.reviewLog.findMany({ where: { userId, card: { flashcardId } }, orderBy: [{ reviewedAt: "asc" }] });
  const scheduler = createScheduler(options);
  let card = newCard(logs[0]!.reviewedAt);
  for (const log of logs) card = rateCard(scheduler, card, log.rating as Grade, log.reviewedAt).card;
  return toCardColumns(card);
}

async function stored(userId: string, flashcardId: string) {
  const row = await db.card.findUniqueOrThrow({ where: { userId_flashcardId: { userId, flashcardId } } });
  return toCardColumns(toFsrsCard(row));
}

describe(`offline sync on ${databaseKind()}`, () => {
  test("two devices rate the same card offline at interleaved times: every rating is kept, and the card is its log replayed", async () => {
    const user = await student();
    const phone = [rate(cardA!, 3, ago(600)), rate(cardA!, 1, ago(300)), rate(cardA!, 3, ago(60))];
    const laptop = [rate(cardA!, 4, ago(500)), rate(cardA!, 2, ago(120))];
    const first = await syncOperations(db, user.id, phone, NOW, options);
    expect(first.results.map((r) => r.status)).toEqual(["stored", "stored", "stored"]);
    const second = await syncOperations(db, user.id, laptop, NOW, options);
    expect(second.results.map((r) => r.status)).toEqual(["stored", "stored"]);

    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { reviewedAt: "asc" } });
    // Each stored with the moment it was made, in the order they were made across both devices.
    expect(logs.map((l) => [l.reviewedAt.toISOString(), l.rating, l.durationMs])).toEqual(
      [phone[0], laptop[0], phone[1], laptop[1], phone[2]].map((op) => [op!.at.toISOString(), (op as { rating: number }).rating, 4000]),
    );
    expect(await stored(user.id, cardA!)).toEqual(await replayed(user.id, cardA!));
    expect(second.cards).toEqual([expect.objectContaining({ flashcardId: cardA, reps: 5, lastReview: phone[2]!.at.toISOString() })]);
    // Each log keeps the card as it was before it: undo of the latest restores the replay of the four before.
    const latest = logs.at(-1)!;
    expect(parsePrevious(latest.previous)?.reps).toBe(4);
    expect(await undoLastReview(db, user.id, latest.requestId)).toEqual({ undone: true, rating: 3 });
    expect(await stored(user.id, cardA!)).toEqual(await replayed(user.id, cardA!));
  });

  test("a retried sync (its reply was lost) stores nothing twice", async () => {
    const user = await student();
    const queue = [
      rate(cardA!, 3, ago(90)),
      rate(cardB!, 1, ago(80)),
      { kind: "bury", requestId: `bury${seq++}abc`, flashcardId: cardC!, at: ago(70) } as const,
    ];
    await syncOperations(db, user.id, queue, NOW, options);
    const again = await syncOperations(db, user.id, queue, NOW, options);
    expect(again.results.map((r) => r.status)).toEqual(["duplicate", "duplicate", "stored"]);
    // Two copies of the same queue at once (a second tab syncing): still one each.
    await Promise.all([syncOperations(db, user.id, queue, NOW, options), syncOperations(db, user.id, queue, NOW, options)]);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
    expect((await db.card.findFirstOrThrow({ where: { userId: user.id, flashcardId: cardC! } })).buriedUntil).not.toBeNull();
  });

  test("an older offline rating synced after a newer online one is placed in time order", async () => {
    const user = await student();
    await recordReview(db, user.id, { flashcardId: cardA!, rating: 3, requestId: `online${seq++}abc`, durationMs: 0 }, ago(10), noFuzz);
    await syncOperations(db, user.id, [rate(cardA!, 1, ago(200)), rate(cardA!, 3, ago(100))], NOW, options);
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((l) => l.rating)).toEqual([1, 3, 3]);
    expect(await stored(user.id, cardA!)).toEqual(await replayed(user.id, cardA!));
  });

  test("with fuzz on (as in the app) the replay is the same schedule: ts-fsrs's fuzz is seeded by the card and the time", async () => {
    const user = await student();
    const fuzzed = { ...options, review: { ...noFuzz, enableFuzz: true } };
    const queue = [rate(cardB!, 3, ago(3 * 24 * 60)), rate(cardB!, 3, ago(2 * 24 * 60)), rate(cardB!, 4, ago(24 * 60))];
    await syncOperations(db, user.id, [queue[0]!, queue[2]!], NOW, fuzzed);
    await syncOperations(db, user.id, [queue[1]!], NOW, fuzzed);
    expect(await stored(user.id, cardB!)).toEqual(await replayed(user.id, cardB!, fuzzed.review));
  });

  test("impossible ratings are refused, each with its reason, and the rest of the batch is stored", async () => {
    const user = await student();
    const queue = [
      rate(cardA!, 3, ago(120)),
      rate(cardA!, 3, new Date(NOW.getTime() + 60 * 60_000)), // an hour in the future
      rate(cardA!, 3, ago(15 * 24 * 60)), // 15 days ago
      rate(cardB!, 3, ago(40 * 24 * 60)), // before the account (and too old)
      rate(cardB!, 3, ago(60)),
      rate(cardB!, 3, ago(90)), // earlier than the one queued before it
      rate(retired, 3, ago(30)),
    ];
    const { results } = await syncOperations(db, user.id, queue, NOW, options);
    expect(results.map((r) => (r.status === "refused" ? r.reason : r.status))).toEqual([
      "stored",
      "future",
      "too_old",
      "too_old",
      "stored",
      "out_of_order",
      "unknown_card",
    ]);
    expect(results[6]).toMatchObject({ message: expect.stringMatching(/removed from the deck/) });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
    // The bound is configurable, and an account's start is checked too.
    const before = await syncOperations(db, user.id, [rate(cardC!, 3, ago(40 * 24 * 60))], NOW, { ...options, maxAgeMs: 90 * 86_400_000 });
    expect(before.results[0]).toMatchObject({ status: "refused", reason: "before_account" });
  });

  test("a rating made before the student reset the card is refused", async () => {
    const user = await student();
    await syncOperations(db, user.id, [rate(cardA!, 3, ago(300))], NOW, options);
    await db.card.updateMany({ where: { userId: user.id }, data: { ...toCardColumns(newCard(ago(200))), resetAt: ago(200) } });
    const { results } = await syncOperations(db, user.id, [rate(cardA!, 4, ago(250)), rate(cardA!, 1, ago(100))], NOW, options);
    expect(results.map((r) => (r.status === "refused" ? r.reason : r.status))).toEqual(["before_reset", "stored"]);
    expect((await stored(user.id, cardA!)).reps).toBe(1);
  });

  test("a deleted account's queue is refused as a whole, with the reason", async () => {
    const user = await student();
    await db.user.delete({ where: { id: user.id } });
    const { results } = await syncOperations(db, user.id, [rate(cardA!, 3, ago(10))], NOW, options);
    expect(results).toEqual([expect.objectContaining({ status: "refused", reason: "account_gone" })]);
  });

  test("POST /api/sync: 401 signed out, 400 malformed or too many, 200 with a result per operation", async () => {
    const user = await student();
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      route(new Request("http://localhost/api/sync", { method: "POST", body: JSON.stringify(body), headers }));
    const one = { operations: [{ ...rate(cardA!, 3, new Date(Date.now() - 60_000)), at: new Date(Date.now() - 60_000).toISOString() }] };
    signedOut();
    expect((await post(one)).status).toBe(401);
    as(user);
    expect((await post(one, { origin: "https://evil.example", host: "localhost" })).status).toBe(403);
    expect((await post({ operations: [{ ...one.operations[0], rating: 7 }] })).status).toBe(400);
    expect((await post({ operations: Array.from({ length: 201 }, () => one.operations[0]) })).status).toBe(400);
    const ok = await post(one);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ results: [{ status: "stored" }], cards: [{ flashcardId: cardA, reps: 1 }] });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });
});
