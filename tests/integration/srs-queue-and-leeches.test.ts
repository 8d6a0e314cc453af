import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from "@/lib/settings/schemas";
import { buryCard, resetCard, suspendCard, unsuspendCard } from "@/lib/srs/mutations";
import { getLeechesAndSuspended, getStudyView } from "@/lib/srs/queries";
import { recordReview, undoLastReview } from "@/lib/srs/review";
import { requestId } from "./harness";
import { createTestUser, databaseKind, testDb } from "./helpers";

const db = testDb();
const bank = loadBank(path.join(__dirname, "../../content"));
afterAll(() => db.$disconnect());

const T0 = new Date("2026-01-05T17:00:00.000Z"); // 09:00 in Los Angeles, 02:00 next day in Tokyo
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const settingsFor = (overrides: Partial<StudySettings> = {}): StudySettings =>
  ({ ...DEFAULT_STUDY_SETTINGS, newCardsPerDay: 5, ...overrides, enableFuzz: false }) as StudySettings;
const [first, second] = [...bank.flashcards.keys()];
const rid = () => requestId("habit");
const rate = (userId: string, flashcardId: string, rating: 1 | 2 | 3 | 4, at: Date, settings = settingsFor()) =>
  recordReview(db, userId, { flashcardId, rating, requestId: rid(), durationMs: 0 }, at, { ...settings, enableFuzz: false });

/** A card in review: Good, Good (learning steps), then due in a few days. */
async function cardInReview(userId: string, flashcardId: string, settings = settingsFor()) {
  await rate(userId, flashcardId, 3, T0, settings);
  await rate(userId, flashcardId, 3, later(10), settings);
  return db.card.findUniqueOrThrow({ where: { userId_flashcardId: { userId, flashcardId } } });
}

describe(`leeches on ${databaseKind()}`, () => {
  test("the lapse that reaches the student's threshold tags and suspends the card; undo puts it back", async () => {
    const user = await createTestUser(db);
    const settings = settingsFor({ leechThreshold: 3 });
    let card = await cardInReview(user.id, first!, settings);
    let leech = false;
    for (let lapse = 1; lapse <= 3; lapse++) {
      const result = await rate(user.id, first!, 1, card.due, settings); // Again in review: a lapse
      card = await db.card.findUniqueOrThrow({ where: { id: card.id } });
      expect(card.lapses).toBe(lapse);
      leech = result.becameLeech;
      if (lapse < 3) {
        expect(leech).toBe(false);
        // Relearn it: Good brings it back to review.
        await rate(user.id, first!, 3, card.due, settings);
        card = await db.card.findUniqueOrThrow({ where: { id: card.id } });
      }
    }
    expect(leech).toBe(true);
    expect(card).toMatchObject({ isLeech: true, isSuspended: true });
    const listed = await getLeechesAndSuspended(db, user.id, bank);
    expect(listed).toEqual([expect.objectContaining({ flashcardId: first, isLeech: true, isSuspended: true, lapses: 3 })]);
    expect(listed[0]!.quote).toBe(bank.facts.get(bank.flashcards.get(first!)!.factId)!.quote);
    // A suspended leech never shows in the queue, even when due.
    expect((await getStudyView(db, user.id, bank, { ...settings, newCardsPerDay: 0 }, later(60 * 24 * 30))).card).toBeNull();

    await undoLastReview(db, user.id);
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ isLeech: false, isSuspended: false, lapses: 2 });
  });

  test("unsuspend brings a leech back to study, still tagged; reset makes it new and closes undo", async () => {
    const user = await createTestUser(db);
    await cardInReview(user.id, first!);
    await db.card.update({
      where: { userId_flashcardId: { userId: user.id, flashcardId: first! } },
      data: { isLeech: true, isSuspended: true, lapses: 8 },
    });

    expect(await unsuspendCard(db, user.id, first!)).toBe(true);
    const due = (await db.card.findUniqueOrThrow({ where: { userId_flashcardId: { userId: user.id, flashcardId: first! } } })).due;
    const view = await getStudyView(db, user.id, bank, settingsFor({ newCardsPerDay: 0 }), due);
    expect(view.card).toMatchObject({ flashcardId: first, isLeech: true, phase: "review" });

    expect(await resetCard(db, user.id, first!, due)).toBe(true);
    const reset = await db.card.findUniqueOrThrow({ where: { userId_flashcardId: { userId: user.id, flashcardId: first! } } });
    expect(reset).toMatchObject({ state: 0, reps: 0, lapses: 0, isLeech: false, isSuspended: false });
    // Its reviews stay in the history, but the reset card is new again: first in article order.
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
    const fresh = await getStudyView(db, user.id, bank, settingsFor(), due);
    expect(fresh.card).toMatchObject({ flashcardId: first, phase: "new" });
    expect(fresh.canUndo).toBe(false);
    await expect(undoLastReview(db, user.id)).rejects.toMatchObject({ name: "AppError", code: "nothing_to_undo" });
  });
});

describe(`bury and suspend on ${databaseKind()}`, () => {
  test("a buried new card comes back when the student's next day starts (Los Angeles, 4 am)", async () => {
    const user = await createTestUser(db);
    const day = { timeZone: "America/Los_Angeles", dayStartsAtHour: 4 };
    const until = await buryCard(db, user.id, first!, T0, day);
    expect(until.toISOString()).toBe("2026-01-06T12:00:00.000Z");
    const settings = settingsFor(day);
    expect((await getStudyView(db, user.id, bank, settings, T0)).card?.flashcardId).toBe(second);
    expect((await getStudyView(db, user.id, bank, settings, new Date("2026-01-06T11:59:00Z"))).card?.flashcardId).toBe(second);
    expect((await getStudyView(db, user.id, bank, settings, until)).card?.flashcardId).toBe(first);
  });

  test("a suspended card stays out of the queue until unsuspended; nobody else's card is touched", async () => {
    const [user, other] = [await createTestUser(db), await createTestUser(db)];
    await cardInReview(other.id, first!);
    await suspendCard(db, user.id, first!, T0);
    expect((await getStudyView(db, user.id, bank, settingsFor(), later(60 * 24 * 400))).card?.flashcardId).toBe(second);
    expect(
      (await db.card.findUniqueOrThrow({ where: { userId_flashcardId: { userId: other.id, flashcardId: first! } } })).isSuspended,
    ).toBe(false);
    expect(await unsuspendCard(db, other.id, second!)).toBe(false);
    await unsuspendCard(db, user.id, first!);
    expect((await getStudyView(db, user.id, bank, settingsFor(), T0)).card?.flashcardId).toBe(first);
  });
});

describe(`daily limits and the student's day on ${databaseKind()}`, () => {
  test("review cards beyond the daily review limit wait for the next day; learning cards don't", async () => {
    const user = await createTestUser(db);
    const ids = [...bank.flashcards.keys()].slice(0, 4);
    for (const id of ids) await cardInReview(user.id, id);
    const latestDue = Math.max(...(await db.card.findMany({ where: { userId: user.id } })).map((c) => c.due.getTime()));
    const reviewDay = new Date(latestDue + 60_000);
    const settings = settingsFor({ dailyReviewLimit: 2, newCardsPerDay: 0 });
    const view = await getStudyView(db, user.id, bank, settings, reviewDay);
    expect(view.counts).toEqual({ new: 0, learning: 0, review: 2 });
    await rate(user.id, view.card!.flashcardId, 1, reviewDay, settings); // a lapse: relearning, not limited
    const next = await getStudyView(db, user.id, bank, settings, new Date(reviewDay.getTime() + 60_000));
    expect(next.counts).toEqual({ new: 0, learning: 1, review: 1 });
  });

  test("a review card is due all through the study day it falls on, in the student's time zone", async () => {
    const user = await createTestUser(db);
    const la = settingsFor({ timeZone: "America/Los_Angeles", newCardsPerDay: 0 });
    const card = await cardInReview(user.id, first!, la);
    // Due at 09:10 local on some day: from that day's 4 am on it is due, not before.
    const dayStart = new Date(card.due.getTime() - (5 * 60 + 10) * 60_000);
    expect((await getStudyView(db, user.id, bank, la, new Date(dayStart.getTime() - 60_000))).card).toBeNull();
    const early = await getStudyView(db, user.id, bank, la, dayStart);
    expect(early.card).toMatchObject({ flashcardId: first, phase: "review" });
    expect(early.counts.review).toBe(1);
    // The day before, the screen says when it comes: at the start of its study day.
    expect((await getStudyView(db, user.id, bank, la, new Date(dayStart.getTime() - 3_600_000))).nextDue).toBe(dayStart.toISOString());
  });

  test("'done today' and the new-card limit follow the student's time zone", async () => {
    const user = await createTestUser(db);
    // 17:00Z is 09:00 in Los Angeles but 02:00 the next morning in Tokyo (before its 4 am start).
    await rate(user.id, first!, 3, T0);
    const at = new Date("2026-01-05T20:00:00Z"); // 12:00 in Los Angeles; 05:00 in Tokyo, a new study day there
    const la = await getStudyView(db, user.id, bank, settingsFor({ timeZone: "America/Los_Angeles" }), at);
    const tokyo = await getStudyView(db, user.id, bank, settingsFor({ timeZone: "Asia/Tokyo" }), at);
    expect(la.doneToday).toBe(1);
    expect(la.counts.new).toBe(4);
    expect(tokyo.doneToday).toBe(0);
    expect(tokyo.counts.new).toBe(5);
  });
});
