import { afterAll, describe, expect, test } from "vitest";
import { transferProgress } from "@/lib/accounts/transfer";
import { loadBank } from "@/lib/content/read";
import { updateRollupAndGetProgress } from "@/lib/progress/progress-view";
import { getStudySettings } from "@/lib/settings/queries";
import { saveStudySettings } from "@/lib/settings/mutations";
import { createTestUser, databaseKind, testDb } from "./helpers";

const db = testDb();
afterAll(() => db.$disconnect());

describe(`study settings on ${databaseKind()}`, () => {
  test("a student without saved settings gets the defaults", async () => {
    const user = await createTestUser(db);
    expect(await getStudySettings(db, user.id)).toEqual({
      desiredRetention: 0.9,
      newCardsPerDay: 20,
      dailyReviewLimit: 200,
      maximumInterval: 36500,
      sectionIds: [],
      timeZone: "UTC",
      dayStartsAtHour: 4,
      leechThreshold: 8,
      fsrsParameters: null,
      isSaved: false,
    });
  });

  test("saved settings are read back, and saving again replaces them", async () => {
    const user = await createTestUser(db);
    await saveStudySettings(db, user.id, { desiredRetention: 0.85, newCardsPerDay: 12, maximumInterval: 365, sectionIds: ["relos"] });
    await saveStudySettings(db, user.id, {
      desiredRetention: 0.93,
      newCardsPerDay: 30,
      dailyReviewLimit: 150,
      maximumInterval: 180,
      sectionIds: ["relos", "bottom-line"],
      timeZone: "Asia/Kolkata",
      dayStartsAtHour: 2,
      leechThreshold: 5,
    });
    expect(await getStudySettings(db, user.id)).toEqual({
      desiredRetention: 0.93,
      newCardsPerDay: 30,
      dailyReviewLimit: 150,
      maximumInterval: 180,
      sectionIds: ["relos", "bottom-line"],
      timeZone: "Asia/Kolkata",
      dayStartsAtHour: 2,
      leechThreshold: 5,
      fsrsParameters: null,
      isSaved: true,
    });
    expect(await db.studySettings.count({ where: { userId: user.id } })).toBe(1);
  });

  test("one student's settings never change another's", async () => {
    const [a, b] = [await createTestUser(db), await createTestUser(db)];
    await saveStudySettings(db, a.id, { desiredRetention: 0.8, newCardsPerDay: 5, maximumInterval: 100, sectionIds: [] });
    expect((await getStudySettings(db, b.id)).isSaved).toBe(false);
  });
});

describe(`a guest who creates an account keeps their progress (${databaseKind()})`, () => {
  test("cards, reviews, attempts and settings move to the new account", async () => {
    const guest = await createTestUser(db, { isAnonymous: true });
    const account = await createTestUser(db);
    const now = new Date("2026-01-05T09:00:00Z");
    const card = await db.card.create({
      data: {
        userId: guest.id,
        flashcardId: "en-oil-share-2024-card-1",
        due: now,
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 1,
        lastReview: now,
      },
    });
    await db.reviewLog.create({
      data: {
        userId: guest.id,
        cardId: card.id,
        requestId: "r1",
        rating: 3,
        reviewedAt: now,
        state: 0,
        due: now,
        stability: 0,
        difficulty: 0,
        elapsedDays: 0,
        lastElapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        previous: "{}",
      },
    });
    await db.quizAttempt.create({ data: { userId: guest.id, settings: "{}", questionIds: "[]", startedAt: now, total: 5 } });
    await saveStudySettings(db, guest.id, { desiredRetention: 0.95, newCardsPerDay: 7, maximumInterval: 90, sectionIds: [] });

    await db.fsrsOptimization.create({
      data: {
        userId: guest.id,
        status: "done",
        startedAt: now,
        heartbeatAt: now,
        finishedAt: now,
        parameters: "[]",
        logLossBefore: 0.35,
        logLossAfter: 0.33,
      },
    });
    // The account's progress page was opened before (its rollup of past days is empty).
    const later = new Date("2026-01-08T09:00:00Z");
    const studyDay = { timeZone: "UTC", dayStartsAtHour: 4, desiredRetention: 0.9 };
    expect((await updateRollupAndGetProgress(db, account.id, loadBank(), studyDay, later, 30)).reviewTotals.reviews).toBe(0);

    await transferProgress(db, guest.id, account.id);
    expect((await updateRollupAndGetProgress(db, account.id, loadBank(), studyDay, later, 30)).reviewTotals.reviews).toBe(1);

    expect(await db.card.count({ where: { userId: account.id } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: account.id } })).toBe(1);
    expect(await db.quizAttempt.count({ where: { userId: account.id } })).toBe(1);
    expect((await getStudySettings(db, account.id)).newCardsPerDay).toBe(7);
    expect(await db.card.count({ where: { userId: guest.id } })).toBe(0);
    expect(await db.fsrsOptimization.findUnique({ where: { userId: account.id } })).toMatchObject({ status: "done", logLossAfter: 0.33 });
  });
});

describe(`a guest who signs in to an existing account keeps what they studied (${databaseKind()})`, () => {
  const cardOf = (userId: string, flashcardId: string, reps: number, at: Date) => ({
    userId,
    flashcardId,
    due: at,
    stability: reps,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: reps,
    learningSteps: 0,
    reps,
    lapses: 0,
    state: reps > 0 ? 2 : 0,
    lastReview: reps > 0 ? at : null,
  });
  const reviewOf = (userId: string, cardId: string, requestId: string, at: Date) => ({
    userId,
    cardId,
    requestId,
    rating: 3,
    reviewedAt: at,
    state: 0,
    due: at,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    lastElapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    previous: "{}",
  });

  test("cards studied on both keep the more-studied state, every review of both stays, the rest moves", async () => {
    const guest = await createTestUser(db, { isAnonymous: true });
    const account = await createTestUser(db);
    const monday = new Date("2026-01-05T09:00:00Z");
    const tuesday = new Date("2026-01-06T09:00:00Z");
    // A: the guest studied it more. B: the account did. C: only the guest has it.
    const guestA = await db.card.create({ data: cardOf(guest.id, "fc-a", 3, tuesday) });
    const accountA = await db.card.create({ data: cardOf(account.id, "fc-a", 1, monday) });
    const guestB = await db.card.create({ data: cardOf(guest.id, "fc-b", 1, tuesday) });
    const accountB = await db.card.create({ data: cardOf(account.id, "fc-b", 4, monday) });
    const guestC = await db.card.create({ data: cardOf(guest.id, "fc-c", 2, tuesday) });
    for (const [userId, cardId, key] of [
      [guest.id, guestA.id, "g-a"],
      [account.id, accountA.id, "a-a"],
      [guest.id, guestB.id, "g-b"],
      [account.id, accountB.id, "a-b"],
      [guest.id, guestC.id, "g-c"],
    ] as const) {
      await db.reviewLog.create({ data: reviewOf(userId, cardId, `${key}-${guest.id}`, tuesday) });
    }
    await db.missedQuestion.create({
      data: { userId: guest.id, questionId: "q-guest", missCount: 1, firstMissedAt: tuesday, lastMissedAt: tuesday },
    });
    await db.quizAttempt.create({ data: { userId: guest.id, settings: "{}", questionIds: "[]", startedAt: tuesday, total: 5 } });

    await transferProgress(db, guest.id, account.id);

    const cards = await db.card.findMany({ where: { userId: account.id }, orderBy: { flashcardId: "asc" } });
    expect(cards.map((c) => [c.flashcardId, c.reps])).toEqual([
      ["fc-a", 3],
      ["fc-b", 4],
      ["fc-c", 2],
    ]);
    expect(await db.reviewLog.count({ where: { userId: account.id } })).toBe(5);
    expect(await db.reviewLog.count({ where: { cardId: cards[0]!.id } })).toBe(2);
    expect(await db.reviewLog.count({ where: { cardId: cards[1]!.id } })).toBe(2);
    expect(await db.card.count({ where: { userId: guest.id } })).toBe(0);
    expect(await db.missedQuestion.count({ where: { userId: account.id, questionId: "q-guest" } })).toBe(1);
    expect(await db.quizAttempt.count({ where: { userId: account.id } })).toBe(1);
  });
});
