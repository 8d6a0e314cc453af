import { afterAll, describe, expect, test } from "vitest";
import type { BankQuestion } from "@/lib/content/bank";
import { loadBank } from "@/lib/content/read";
import { markMastered, resetMissed } from "@/lib/missed/mutations";
import { countMissed, getMissedView, missedInAttempt, openMissedIds } from "@/lib/missed/queries";
import { seededRandom } from "@/lib/random";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/mutations";
import { missedPracticeSettings, QUICK_QUIZ, type QuizAnswer } from "@/lib/quiz/schemas";
import { updateRollupAndGetProgress } from "@/lib/progress/progress-view";
import { listAttempts } from "@/lib/quiz/queries";
import { recordReview } from "@/lib/srs/review";
import { getStudyView } from "@/lib/srs/queries";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/settings/schemas";
import { createTestUser, databaseKind, testDb } from "./helpers";
import { questionIdsColumn } from "@/lib/quiz/columns";

const db = testDb();
const bank = loadBank();
afterAll(() => db.$disconnect());

const tf = [...bank.questions.values()].filter((q): q is Extract<BankQuestion, { kind: "truefalse" }> => q.kind === "truefalse");
const answer = (q: Extract<BankQuestion, { kind: "truefalse" }>, right: boolean): QuizAnswer => ({
  kind: "truefalse",
  value: right ? q.answer : !q.answer,
});
let clock = new Date("2026-11-24T09:00:00Z").getTime();
const tick = () => new Date((clock += 60_000));
/** The next study day (UTC, starting at 04:00): mastery needs right answers on different days. */
const nextDay = () => (clock += 86_400_000);

/** One submitted attempt of the given true/false questions, each answered right or wrong (or left blank with null). */
async function takeQuiz(userId: string, plan: [Extract<BankQuestion, { kind: "truefalse" }>, boolean | null][]) {
  const ids = plan.map(([q]) => q.id);
  const { attemptId } = await startAttempt(db, userId, missedPracticeSettings(ids.length), bank, tick(), seededRandom(1), ids);
  const order = questionIdsColumn.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).questionIds);
  for (const [q, right] of plan) {
    if (right === null) continue;
    await saveAnswer(
      db,
      userId,
      attemptId,
      { number: order.indexOf(q.id) + 1, answer: answer(q, right), flagged: false, timeTakenMs: 0 },
      bank,
      tick(),
    );
  }
  await submitAttempt(db, userId, attemptId, bank, tick());
  return attemptId;
}

describe(`missed questions (${databaseKind()})`, () => {
  test("a question missed once is on Missed until it is answered right twice in a row, on different days", async () => {
    const user = await createTestUser(db);
    const [q1, q2] = tf as [(typeof tf)[0], (typeof tf)[0]];
    const first = await takeQuiz(user.id, [
      [q1, false],
      [q2, true],
    ]);
    let view = await getMissedView(db, user.id, bank);
    expect(view.total).toBe(1);
    const section = bank.sections.find((s) => s.id === q1.sectionId)!;
    expect(view.missed).toEqual([
      {
        sectionId: section.id,
        title: section.title,
        items: [
          expect.objectContaining({
            questionId: q1.id,
            missCount: 1,
            streak: 0,
            explanation: q1.explanation,
            quote: bank.facts.get(q1.factId)!.quote,
          }),
        ],
      },
    ]);
    expect(await missedInAttempt(db, user.id, first, bank)).toEqual({ wrong: [q1.id], open: [q1.id] });

    await takeQuiz(user.id, [[q1, true]]);
    view = await getMissedView(db, user.id, bank);
    expect(view.missed[0]?.items[0]).toMatchObject({ questionId: q1.id, streak: 1 });
    expect(await countMissed(db, user.id)).toBe(1);

    nextDay();
    await takeQuiz(user.id, [[q1, true]]);
    expect(await countMissed(db, user.id)).toBe(0);
    view = await getMissedView(db, user.id, bank);
    expect(view.mastered.map((item) => item.questionId)).toEqual([q1.id]);

    // Missed again later: back on the list, from zero.
    await takeQuiz(user.id, [[q1, false]]);
    expect((await getMissedView(db, user.id, bank)).missed[0]?.items[0]).toMatchObject({ questionId: q1.id, missCount: 2, streak: 0 });
  });

  test("a wrong answer in between starts the count again", async () => {
    const user = await createTestUser(db);
    const [, , , q4] = tf as typeof tf;
    await takeQuiz(user.id, [[q4!, false]]);
    await takeQuiz(user.id, [[q4!, true]]);
    nextDay();
    await takeQuiz(user.id, [[q4!, false]]);
    await takeQuiz(user.id, [[q4!, true]]);
    expect(await openMissedIds(db, user.id, bank)).toEqual([q4!.id]);
    nextDay();
    await takeQuiz(user.id, [[q4!, true]]);
    expect(await openMissedIds(db, user.id, bank)).toEqual([]);
  });

  test("an unanswered question counts as wrong: it goes to Missed, and the results offer to review it", async () => {
    const user = await createTestUser(db);
    const [, , , , q5, q6] = tf as typeof tf;
    const attemptId = await takeQuiz(user.id, [
      [q5!, false],
      [q6!, null],
    ]);
    expect(new Set(await openMissedIds(db, user.id, bank))).toEqual(new Set([q5!.id, q6!.id]));
    const { wrong } = await missedInAttempt(db, user.id, attemptId, bank);
    expect(new Set(wrong)).toEqual(new Set([q5!.id, q6!.id]));
  });

  test("two right answers on the same study day don't master a missed question; the next day's does", async () => {
    const user = await createTestUser(db);
    const [q] = tf.slice(7) as [(typeof tf)[0]];
    await takeQuiz(user.id, [[q, false]]);
    nextDay();
    await takeQuiz(user.id, [[q, true]]);
    await takeQuiz(user.id, [[q, true]]);
    await takeQuiz(user.id, [[q, true]]);
    expect((await getMissedView(db, user.id, bank)).missed[0]?.items[0]).toMatchObject({ questionId: q.id, streak: 1 });
    nextDay();
    await takeQuiz(user.id, [[q, true]]);
    expect(await countMissed(db, user.id)).toBe(0);
  });

  test("a practice of missed questions is not a quiz: out of the quiz history and the score chart", async () => {
    const user = await createTestUser(db);
    const [q] = tf.slice(8) as [(typeof tf)[0]];
    const quiz = await startAttempt(
      db,
      user.id,
      { ...QUICK_QUIZ, count: 5, kinds: ["truefalse"], timeLimitSeconds: null },
      bank,
      tick(),
      seededRandom(3),
    );
    await submitAttempt(db, user.id, quiz.attemptId, bank, tick());
    const practice = await takeQuiz(user.id, [[q, true]]);
    const history = await listAttempts(db, user.id, tick());
    expect(history.map((attempt) => attempt.attemptId)).toEqual([quiz.attemptId]);
    expect((await listAttempts(db, user.id, tick(), 10, { includePractice: true })).map((attempt) => attempt.attemptId)).toContain(
      practice,
    );
    const progress = await updateRollupAndGetProgress(db, user.id, bank, { ...DEFAULT_STUDY_SETTINGS }, tick());
    expect(progress.quizzes.map((point) => point.attemptId)).toEqual([quiz.attemptId]);
  });

  test("the student can mark a missed question mastered, or reset it", async () => {
    const user = await createTestUser(db);
    const [q] = tf.slice(6) as [(typeof tf)[0]];
    await takeQuiz(user.id, [[q, false]]);
    await takeQuiz(user.id, [[q, true]]);
    expect(await markMastered(db, user.id, q.id, tick())).toBe(true);
    expect(await countMissed(db, user.id)).toBe(0);
    expect(await resetMissed(db, user.id, q.id)).toBe(true);
    expect((await getMissedView(db, user.id, bank)).missed[0]?.items[0]).toMatchObject({ questionId: q.id, streak: 0, masteredAt: null });
    const other = await createTestUser(db);
    expect(await markMastered(db, other.id, q.id, tick())).toBe(false);
    expect(await resetMissed(db, other.id, q.id)).toBe(false);
    expect(await countMissed(db, user.id)).toBe(1);
  });

  test("a missed question's fact's flashcards become due now: a studied card moves up, an unseen one leads the new cards", async () => {
    const user = await createTestUser(db);
    const withCards = tf.filter((q) => [...bank.flashcards.values()].filter((c) => c.factId === q.factId).length >= 1);
    const [studiedQ, unseenQ] = withCards.filter((q, i, all) => all.findIndex((o) => o.factId === q.factId) === i) as [
      (typeof tf)[0],
      (typeof tf)[0],
    ];
    const studiedCard = [...bank.flashcards.values()].find((c) => c.factId === studiedQ.factId)!;
    const settings = { ...DEFAULT_STUDY_SETTINGS, enableFuzz: false };
    // Studied twice with Easy: due days from now.
    await recordReview(db, user.id, { flashcardId: studiedCard.id, rating: 4, requestId: "r1", durationMs: 0 }, tick(), settings);
    const before = await db.card.findUniqueOrThrow({ where: { userId_flashcardId: { userId: user.id, flashcardId: studiedCard.id } } });
    expect(before.due.getTime()).toBeGreaterThan(clock + 86_400_000);

    await takeQuiz(user.id, [
      [studiedQ, false],
      [unseenQ, false],
    ]);
    const submittedAt = (await db.quizAttempt.findFirstOrThrow({ where: { userId: user.id }, orderBy: { startedAt: "desc" } }))
      .submittedAt!;
    const after = await db.card.findUniqueOrThrow({ where: { userId_flashcardId: { userId: user.id, flashcardId: studiedCard.id } } });
    expect(after.due.toISOString()).toBe(submittedAt.toISOString());
    expect(after.stability).toBe(before.stability);
    const unseenCards = [...bank.flashcards.values()].filter((c) => c.factId === unseenQ.factId).map((c) => c.id);
    const rows = await db.card.findMany({ where: { userId: user.id, flashcardId: { in: unseenCards } } });
    expect(rows).toHaveLength(unseenCards.length);
    expect(rows.every((row) => row.state === 0 && row.due.getTime() === submittedAt.getTime())).toBe(true);

    const view = await getStudyView(db, user.id, bank, DEFAULT_STUDY_SETTINGS, tick());
    expect(view.card?.flashcardId).toBe(studiedCard.id);
    await recordReview(db, user.id, { flashcardId: studiedCard.id, rating: 3, requestId: "r2", durationMs: 0 }, tick(), settings);
    const next = await getStudyView(db, user.id, bank, DEFAULT_STUDY_SETTINGS, tick());
    expect(unseenCards).toContain(next.card?.flashcardId);
  });

  test("a practice of missed questions holds only missed questions, and is untimed", async () => {
    const user = await createTestUser(db);
    const general = await startAttempt(
      db,
      user.id,
      { ...QUICK_QUIZ, count: 8, kinds: ["truefalse"], timeLimitSeconds: null },
      bank,
      tick(),
      seededRandom(5),
    );
    const order = questionIdsColumn.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: general.attemptId } })).questionIds);
    for (const [i, id] of order.entries()) {
      const q = bank.questions.get(id) as (typeof tf)[0];
      await saveAnswer(
        db,
        user.id,
        general.attemptId,
        { number: i + 1, answer: answer(q, i >= 3), flagged: false, timeTakenMs: 0 },
        bank,
        tick(),
      );
    }
    await submitAttempt(db, user.id, general.attemptId, bank, tick());
    const { wrong: missed } = await missedInAttempt(db, user.id, general.attemptId, bank);
    expect(new Set(missed)).toEqual(new Set(order.slice(0, 3)));
    const practice = await startAttempt(db, user.id, missedPracticeSettings(missed.length), bank, tick(), seededRandom(2), missed);
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: practice.attemptId } });
    expect(new Set(questionIdsColumn.parse(attempt.questionIds))).toEqual(new Set(missed));
    expect(attempt.deadline).toBeNull();
    expect(attempt.total).toBe(3);
  });
});
