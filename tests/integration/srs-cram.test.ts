import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { createTestUser, databaseKind, testDb } from "./helpers";
import { as, requestId } from "./harness";
import type { Bank } from "@/lib/content/bank";

// A cram session of one section, through the actions the study page calls: with "ratings count"
// off, a card's schedule is exactly as before; with it on, ratings are ordinary reviews.

const db = testDb();
let srs: typeof import("@/lib/srs/actions");
let bank: Bank;
beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  srs = await import("@/lib/srs/actions");
  bank = (await import("@/lib/content/queries")).getBank();
});
afterAll(() => db.$disconnect());

/** The first section with at least three studied cards, and those cards in the bank's order. */
function aSection() {
  const section = bank.sections.find((s) => s.flashcardIds.filter((id) => !bank.retired.ids.has(id)).length >= 3)!;
  return { sectionId: section.id, cards: section.flashcardIds.filter((id) => !bank.retired.ids.has(id)) };
}

/** Everything that makes up a card's schedule. */
const scheduleOf = (userId: string, flashcardId: string) =>
  db.card.findUnique({
    where: { userId_flashcardId: { userId, flashcardId } },
    select: {
      due: true,
      stability: true,
      difficulty: true,
      elapsedDays: true,
      scheduledDays: true,
      learningSteps: true,
      reps: true,
      lapses: true,
      state: true,
      lastReview: true,
      updatedAt: true,
    },
  });

describe(`a cram session (${databaseKind()})`, () => {
  test("with ratings that don't count, every card's schedule and history stay exactly as they were", async () => {
    const user = await createTestUser(db);
    as(user);
    const { sectionId, cards } = aSection();
    const [reviewed, fresh] = cards as [string, string];
    // One ordinary rating first: the card has a schedule, due in days.
    expect((await srs.recordReviewAction({ flashcardId: reviewed, rating: 4, requestId: requestId(), sectionId })).ok).toBe(true);
    const before = await scheduleOf(user.id, reviewed);
    expect(before).not.toBeNull();

    const cram = { reschedule: false, since: new Date(Date.now() - 1000).toISOString() };
    for (const [flashcardId, rating] of [
      [reviewed, 1],
      [fresh, 3],
      [reviewed, 4],
    ] as const) {
      const rated = await srs.recordReviewAction({ flashcardId, rating, requestId: requestId(), sectionId, cram });
      expect(rated.ok, flashcardId).toBe(true);
      expect(rated.ok && rated.data.cram).toEqual({ reschedule: false, since: cram.since });
    }

    expect(await scheduleOf(user.id, reviewed)).toEqual(before);
    expect(await scheduleOf(user.id, fresh)).toBeNull();
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.cramReview.count({ where: { userId: user.id } })).toBe(3);
  });

  test("the session shows every card of the section once, new ones beyond the daily limit, and an Again card again at the end", async () => {
    const user = await createTestUser(db);
    as(user);
    const { sectionId, cards } = aSection();
    await db.studySettings.create({ data: { userId: user.id, newCardsPerDay: 0 } });
    const cram = { reschedule: false, since: new Date(Date.now() - 1000).toISOString() };
    const first = await srs.recordReviewAction({ flashcardId: cards[0]!, rating: 1, requestId: requestId(), sectionId, cram });
    expect(first.ok).toBe(true);
    const view = first.ok ? first.data : null;
    // No new card today by the settings, yet the cram session offers the section's next one.
    expect(view?.card?.flashcardId).toBe(cards[1]);
    expect(view?.counts).toEqual({ new: cards.length - 1, learning: 1, review: 0 });
    expect(view?.card?.intervals[3]).toBe("no change");
    let last = view;
    for (const flashcardId of cards.slice(1)) {
      const rated = await srs.recordReviewAction({ flashcardId, rating: 3, requestId: requestId(), sectionId, cram });
      last = rated.ok ? rated.data : null;
    }
    expect(last?.card?.flashcardId).toBe(cards[0]);
    expect(last?.doneToday).toBe(cards.length);
  });

  test("Undo takes back a cram rating, and the card comes back in the session", async () => {
    const user = await createTestUser(db);
    as(user);
    const { sectionId, cards } = aSection();
    const cram = { reschedule: false, since: new Date(Date.now() - 1000).toISOString() };
    const key = requestId();
    const rated = await srs.recordReviewAction({ flashcardId: cards[0]!, rating: 3, requestId: key, sectionId, cram });
    expect(rated.ok && rated.data.undoKey).toBe(key);
    const undone = await srs.undoReviewAction({ requestId: key, sectionId, cram });
    expect(undone.ok && undone.data.notice).toBe("Undid “Good”: the card is back to answer again.");
    expect(undone.ok && undone.data.card?.flashcardId).toBe(cards[0]);
    expect(await db.cramReview.count({ where: { userId: user.id } })).toBe(0);
    // A retried undo changes nothing.
    const again = await srs.undoReviewAction({ requestId: key, sectionId, cram });
    expect(again.ok && again.data.notice).toBe("That rating was undone already.");
  });

  test("'new cards beyond today's limit' offers the section's new cards when the day's limit is spent", async () => {
    const user = await createTestUser(db);
    const { sectionId, cards } = aSection();
    await db.studySettings.create({ data: { userId: user.id, newCardsPerDay: 0 } });
    const { getStudyView } = await import("@/lib/srs/queries");
    const { getStudySettings } = await import("@/lib/settings/queries");
    const settings = await getStudySettings(db, user.id);
    const limited = await getStudyView(db, user.id, bank, settings, new Date(), { sectionId });
    expect(limited.counts.new).toBe(0);
    const beyond = await getStudyView(db, user.id, bank, settings, new Date(), { sectionId, isBeyondNewLimit: true });
    expect(beyond.counts.new).toBe(cards.length);
    expect(beyond.card?.flashcardId).toBe(cards[0]);
  });

  test("with ratings that count, a card not due is reviewed early and its schedule moves", async () => {
    const user = await createTestUser(db);
    as(user);
    const { sectionId, cards } = aSection();
    await srs.recordReviewAction({ flashcardId: cards[0]!, rating: 4, requestId: requestId(), sectionId });
    const before = await scheduleOf(user.id, cards[0]!);
    const cram = { reschedule: true, since: new Date(Date.now() - 1).toISOString() };
    // Not due for days, yet first in the session: the section's other cards are new, and it was seen before.
    const rated = await srs.recordReviewAction({ flashcardId: cards[0]!, rating: 3, requestId: requestId(), sectionId, cram });
    expect(rated.ok).toBe(true);
    const after = await scheduleOf(user.id, cards[0]!);
    expect(after!.reps).toBe(before!.reps + 1);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
    expect(await db.cramReview.count({ where: { userId: user.id } })).toBe(0);
  });
});
