import { afterAll, describe, expect, test } from "vitest";
import type { BankQuestion } from "@/lib/content/bank";
import { loadBank } from "@/lib/content/read";
import { isAppError } from "@/lib/errors";
import { countMissed, missedInAttempt, openMissedIds } from "@/lib/missed/queries";
import { seededRandom } from "@/lib/random";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/mutations";
import { claimAnswer } from "@/lib/quiz/overrides";
import { getResultsView } from "@/lib/quiz/queries";
import { QUICK_QUIZ, type QuizAnswer } from "@/lib/quiz/schemas";
import { createTestUser, databaseKind, testDb } from "./helpers";

const db = testDb();
const bank = loadBank();
afterAll(() => db.$disconnect());

const written = [...bank.questions.values()].filter((q): q is Extract<BankQuestion, { kind: "written" }> => q.kind === "written");
const tf = [...bank.questions.values()].filter((q): q is Extract<BankQuestion, { kind: "truefalse" }> => q.kind === "truefalse");
let clock = new Date("2026-11-26T09:00:00Z").getTime();
const tick = () => new Date((clock += 60_000));

/** A submitted 5-question quiz: one written question answered with `text`, four true/false answered right (the first one wrong if asked). */
async function takeQuiz(userId: string, q: (typeof written)[number], text: string | null, { tfWrong = false } = {}) {
  const others = tf.slice(0, 4);
  const ids = [q.id, ...others.map((o) => o.id)];
  const { attemptId } = await startAttempt(
    db,
    userId,
    { ...QUICK_QUIZ, count: 5, timeLimitSeconds: null },
    bank,
    tick(),
    seededRandom(1),
    ids,
  );
  const order = JSON.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).questionIds) as string[];
  const save = (id: string, answer: QuizAnswer) =>
    saveAnswer(db, userId, attemptId, { number: order.indexOf(id) + 1, answer, flagged: false, timeTakenMs: 0 }, bank, tick());
  if (text !== null) await save(q.id, { kind: "written", text });
  for (const [i, o] of others.entries()) await save(o.id, { kind: "truefalse", value: tfWrong && i === 0 ? !o.answer : o.answer });
  await submitAttempt(db, userId, attemptId, bank, tick());
  return attemptId;
}

const itemOf = async (userId: string, attemptId: string, questionId: string) =>
  (await getResultsView(db, userId, attemptId, bank))!.items.find((item) => item.id === questionId)!;

describe(`"I was right" (${databaseKind()})`, () => {
  test("the score, the results and the Missed list follow the claim, and it can be taken back", async () => {
    const user = await createTestUser(db);
    const q = written[0]!;
    const attemptId = await takeQuiz(user.id, q, "something the grader refuses");
    expect((await getResultsView(db, user.id, attemptId, bank))!.score).toBe(4);
    expect(await itemOf(user.id, attemptId, q.id)).toMatchObject({ correct: false, overridden: false, canClaim: true });
    expect(await openMissedIds(db, user.id, bank)).toEqual([q.id]);

    expect(await claimAnswer(db, user.id, attemptId, q.id, true, bank, tick())).toEqual({ score: 5, total: 5, overridden: true });
    const results = (await getResultsView(db, user.id, attemptId, bank))!;
    expect(results).toMatchObject({ score: 5, percent: 100, counts: expect.objectContaining({ wrong: 0 }) });
    expect(results.items.find((item) => item.id === q.id)).toMatchObject({ correct: true, overridden: true, canClaim: true });
    expect(await countMissed(db, user.id)).toBe(0);
    expect((await missedInAttempt(db, user.id, attemptId, bank)).wrong).toEqual([]);
    // The grader's own verdict is kept for authors.
    expect(await db.attemptAnswer.findFirstOrThrow({ where: { attemptId, questionId: q.id } })).toMatchObject({
      isCorrect: false,
      overriddenAt: expect.any(Date),
    });

    expect(await claimAnswer(db, user.id, attemptId, q.id, false, bank, tick())).toMatchObject({ score: 4, overridden: false });
    expect(await itemOf(user.id, attemptId, q.id)).toMatchObject({ correct: false, overridden: false });
    expect(await openMissedIds(db, user.id, bank)).toEqual([q.id]);
  });

  test("a claim in a later attempt steps the question towards mastery instead of counting a miss", async () => {
    const user = await createTestUser(db);
    const q = written[1]!;
    await takeQuiz(user.id, q, "wrong words");
    const second = await takeQuiz(user.id, q, "also refused");
    expect(await db.missedQuestion.findFirstOrThrow({ where: { userId: user.id, questionId: q.id } })).toMatchObject({
      missCount: 2,
      streak: 0,
    });
    await claimAnswer(db, user.id, second, q.id, true, bank, tick());
    expect(await db.missedQuestion.findFirstOrThrow({ where: { userId: user.id, questionId: q.id } })).toMatchObject({
      missCount: 1,
      streak: 1,
      masteredAt: null,
    });
  });

  test("nobody claims another student's answer, and only a typed answer marked wrong can be claimed", async () => {
    const owner = await createTestUser(db);
    const stranger = await createTestUser(db);
    const q = written[2]!;
    const attemptId = await takeQuiz(owner.id, q, "not it at all", { tfWrong: true });
    const refused = async (promise: Promise<unknown>, code: "attempt_not_found" | "not_overridable") => {
      const error = await promise.then(
        () => null,
        (e: unknown) => e,
      );
      expect(isAppError(error, code), String(error)).toBe(true);
    };
    await refused(claimAnswer(db, stranger.id, attemptId, q.id, true, bank, tick()), "attempt_not_found");
    expect(await itemOf(owner.id, attemptId, q.id)).toMatchObject({ overridden: false });
    expect((await getResultsView(db, owner.id, attemptId, bank))!.score).toBe(3);

    // A true/false answer (wrong), a right answer, a blank one, a question not in the quiz.
    await refused(claimAnswer(db, owner.id, attemptId, tf[0]!.id, true, bank, tick()), "not_overridable");
    await refused(claimAnswer(db, owner.id, attemptId, tf[1]!.id, true, bank, tick()), "not_overridable");
    const blank = await takeQuiz(owner.id, written[3]!, null);
    await refused(claimAnswer(db, owner.id, blank, written[3]!.id, true, bank, tick()), "not_overridable");
    await refused(claimAnswer(db, owner.id, attemptId, written[4]!.id, true, bank, tick()), "not_overridable");

    // An open attempt: nothing is graded yet.
    const open = await startAttempt(db, owner.id, { ...QUICK_QUIZ, count: 5, timeLimitSeconds: null }, bank, tick(), seededRandom(2), [
      q.id,
      ...tf.slice(0, 4).map((o) => o.id),
    ]);
    const order = JSON.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: open.attemptId } })).questionIds) as string[];
    await saveAnswer(
      db,
      owner.id,
      open.attemptId,
      { number: order.indexOf(q.id) + 1, answer: { kind: "written", text: "x" }, flagged: false, timeTakenMs: 0 },
      bank,
      tick(),
    );
    await refused(claimAnswer(db, owner.id, open.attemptId, q.id, true, bank, tick()), "not_overridable");
  });
});
