import { afterAll, describe, expect, test } from "vitest";
import { exportProgress } from "@/lib/accounts/queries";
import type { Bank, BankQuestion } from "@/lib/content/bank";
import { loadBank } from "@/lib/content/read";
import { getMissedView, openMissedIds } from "@/lib/missed/queries";
import { updateRollupAndGetProgress } from "@/lib/progress/progress-view";
import { seededRandom } from "@/lib/random";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/mutations";
import { getResultsView } from "@/lib/quiz/queries";
import { missedPracticeSettings, QUICK_QUIZ } from "@/lib/quiz/schemas";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/settings/schemas";
import { getStudyView } from "@/lib/srs/queries";
import { recordReview } from "@/lib/srs/review";
import { createTestUser, databaseKind, testDb } from "./helpers";

// A retired item (content/ids.lock.json) leaves the queue, the draw and every due count; the
// student's reviews, answers and missed rows of it stay, and nothing else of theirs changes.
const db = testDb();
const bank = loadBank();
/** The same bank before anything was retired: what the student saw when they studied. */
const before: Bank = { ...bank, retired: { ids: new Set(), duplicateOf: new Map() } };
afterAll(() => db.$disconnect());

const T0 = new Date("2026-02-02T09:00:00.000Z");
const at = (days: number) => new Date(T0.getTime() + days * 86_400_000);
const fsrs = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
const settings = { ...DEFAULT_STUDY_SETTINGS, timeZone: "UTC", dayStartsAtHour: 0, newCardsPerDay: 0 };
const retiredCard = [...bank.flashcards.keys()].find((id) => bank.retired.ids.has(id))!;
const activeCard = [...bank.flashcards.keys()].find((id) => !bank.retired.ids.has(id))!;
const retiredQuestion = [...bank.questions.values()].find((q) => bank.retired.ids.has(q.id) && q.kind === "truefalse") as Extract<
  BankQuestion,
  { kind: "truefalse" }
>;
let seq = 0;

async function studentWithRetiredProgress() {
  const user = await createTestUser(db);
  // Both cards learnt and rated Good into review, then due again after a few days.
  for (const flashcardId of [activeCard, retiredCard]) {
    for (const [day, rating] of [
      [0, 3],
      [0.01, 3],
      [0.02, 3],
    ] as const) {
      await recordReview(db, user.id, { flashcardId, rating, requestId: `ret${seq++}`, durationMs: 1000 }, at(day), fsrs);
    }
  }
  // A quiz taken before the retirement, with the retired question answered wrongly.
  const started = await startAttempt(db, user.id, missedPracticeSettings(1), before, at(0.1), seededRandom(1), [retiredQuestion.id]);
  await saveAnswer(
    db,
    user.id,
    started.attemptId,
    { number: 1, answer: { kind: "truefalse", value: !retiredQuestion.answer }, flagged: false, timeTakenMs: 900 },
    before,
    at(0.1),
  );
  await submitAttempt(db, user.id, started.attemptId, before, at(0.1));
  return { user, attemptId: started.attemptId };
}

describe(`a retired item on ${databaseKind()}`, () => {
  test("leaves the study queue and the due counts, but its reviews stay in the history and the export", async () => {
    const { user } = await studentWithRetiredProgress();
    const later = at(40);
    const then = await getStudyView(db, user.id, before, settings, later);
    const now = await getStudyView(db, user.id, bank, settings, later);
    expect(then.counts.review).toBe(2);
    expect(now.counts).toEqual({ ...then.counts, review: 1 });
    expect(now.card?.flashcardId).toBe(activeCard);

    // Progress: the forecast no longer counts it; the review history still does; mastery never did.
    const thenProgress = await updateRollupAndGetProgress(db, user.id, before, settings, later, 90);
    const nowProgress = await updateRollupAndGetProgress(db, user.id, bank, settings, later, 90);
    const due = (p: typeof nowProgress) => p.forecast.reduce((sum, d) => sum + d.count, 0);
    expect(due(thenProgress) - due(nowProgress)).toBe(1);
    expect(nowProgress.reviewTotals).toEqual(thenProgress.reviewTotals);
    expect(nowProgress.reviewTotals.reviews).toBe(6);
    expect(nowProgress.mastery.reduce((sum, s) => sum + s.facts, 0)).toBe(bank.sections.reduce((sum, s) => sum + s.factIds.length, 0));

    // Nothing is deleted: the card row, its three reviews and the other card's are all there.
    const exported = await exportProgress(db, user.id);
    expect(exported.cards.map((c) => c.flashcardId)).toEqual(expect.arrayContaining([activeCard, retiredCard]));
    const reviewsOf = (id: string) => exported.reviews.filter((r) => r.cardId === exported.cards.find((c) => c.flashcardId === id)!.id);
    expect(reviewsOf(retiredCard)).toHaveLength(3);
    expect(reviewsOf(activeCard)).toHaveLength(3);

    // When nothing active is due, "next due" is not the retired card's date.
    await recordReview(db, user.id, { flashcardId: activeCard, rating: 3, requestId: `ret${seq++}`, durationMs: 1000 }, later, fsrs);
    const done = await getStudyView(db, user.id, bank, settings, later);
    expect(done.card).toBeNull();
    const activeDue = (await db.card.findFirstOrThrow({ where: { userId: user.id, flashcardId: activeCard } })).due;
    expect(new Date(done.nextDue!).getTime()).toBeGreaterThanOrEqual(new Date(activeDue.toISOString().slice(0, 10)).getTime());
  });

  test("leaves the quiz draw and the Missed list, but the past attempt keeps its answer, score and explanation", async () => {
    const { user, attemptId } = await studentWithRetiredProgress();
    const results = (await getResultsView(db, user.id, attemptId, bank))!;
    expect(results).toMatchObject({ score: 0, total: 1 });
    expect(results.items).toHaveLength(1);
    expect(JSON.stringify(results.items[0])).toContain(retiredQuestion.explanation.slice(0, 40));

    expect(await openMissedIds(db, user.id, before)).toEqual([retiredQuestion.id]);
    expect(await openMissedIds(db, user.id, bank)).toEqual([]);
    expect((await getMissedView(db, user.id, bank)).total).toBe(0);
    const exported = await exportProgress(db, user.id);
    expect(exported.missedQuestions.map((m) => m.questionId)).toEqual([retiredQuestion.id]);
    // The attempt was submitted, so the export holds its answers in full, each under its question id.
    expect(exported.quizAttempts[0]!.answers.map((a) => ("questionId" in a ? a.questionId : null))).toEqual([retiredQuestion.id]);

    // A new quiz over the retired item's section never draws a retired question.
    for (const seed of [1, 2, 3]) {
      const started = await startAttempt(
        db,
        user.id,
        { ...QUICK_QUIZ, count: 50, sectionIds: [retiredQuestion.sectionId] },
        bank,
        at(1),
        seededRandom(seed),
      );
      const drawn = JSON.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } })).questionIds) as string[];
      expect(drawn.filter((id) => bank.retired.ids.has(id))).toEqual([]);
      await submitAttempt(db, user.id, started.attemptId, bank, at(1));
    }
  });
});
