import { afterAll, describe, expect, test } from "vitest";
import type { BankQuestion } from "@/lib/content/bank";
import { questionAnswer } from "@/lib/content/format";
import { loadBank } from "@/lib/content/read";
import { seededRandom } from "@/lib/random";
import { finalizeIfExpired, saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/mutations";
import { getResultsView, getTakingView, listAttempts } from "@/lib/quiz/queries";
import { QUICK_QUIZ, type QuizAnswer, type QuizSettings } from "@/lib/quiz/schemas";
import { DEADLINE_GRACE_MS } from "@/lib/quiz/limits";
import { rightAnswer, wrongAnswer } from "../support/answers";
import { createTestUser, databaseKind, testDb } from "./helpers";
import { questionIdsColumn } from "@/lib/quiz/columns";

const db = testDb();
const bank = loadBank();
afterAll(() => db.$disconnect());

const T0 = new Date("2026-11-24T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const timed = (count: number, seconds: number | null): QuizSettings => ({ ...QUICK_QUIZ, count, timeLimitSeconds: seconds });

async function newQuiz(settings: QuizSettings, seed = 1) {
  const user = await createTestUser(db);
  const started = await startAttempt(db, user.id, settings, bank, T0, seededRandom(seed));
  const view = await getTakingView(db, user.id, started.attemptId, bank, T0);
  const questionIds = questionIdsColumn.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } })).questionIds);
  const questions = questionIds.map((id) => bank.questions.get(id)!);
  return { user, attemptId: started.attemptId, view, questions };
}

/** Save by the question's number in its attempt, as the quiz page does. */
async function save(
  userId: string,
  attemptId: string,
  question: BankQuestion,
  answer: QuizAnswer | null,
  now: Date,
  flagged = false,
  offline?: { madeAt: Date; graceMs: number },
) {
  const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const number = questionIdsColumn.parse(attempt.questionIds).indexOf(question.id) + 1;
  const input = { number: number || 99, answer, flagged, timeTakenMs: 1000, madeAt: offline?.madeAt };
  return saveAnswer(db, userId, attemptId, input, bank, now, offline?.graceMs);
}

describe(`quizzes (${databaseKind()})`, () => {
  test("a quiz draws distinct questions of every chosen kind and stores its deadline", async () => {
    const { user, attemptId, view, questions } = await newQuiz(timed(10, 450));
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.userId).toBe(user.id);
    expect(attempt.deadline?.toISOString()).toBe(at(450).toISOString());
    expect(new Set(questions.map((q) => q.id)).size).toBe(10);
    expect(new Set(view.questions.map((q) => q.kind))).toEqual(new Set(["mcq", "truefalse", "written", "numeric", "matching"]));
    expect(view.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test("the payload sent before submission holds no answers, accepted spellings or explanations", async () => {
    const { view, questions } = await newQuiz({ ...QUICK_QUIZ, count: 50, timeLimitSeconds: null }, 7);
    const payload = JSON.stringify(view);
    for (const key of [
      "id",
      "questionId",
      "answer",
      "accepted",
      "explanation",
      "tempting",
      "value",
      "range",
      "tolerance",
      "pairs",
      "quote",
      "factId",
    ]) {
      expect(payload).not.toContain(`"${key}"`);
    }
    for (const [index, question] of questions.entries()) {
      expect(payload).not.toContain(question.id);
      expect(payload).not.toContain(question.factId);
      expect(payload).not.toContain(question.explanation);
      if (question.kind === "mcq") expect(payload).not.toContain(question.tempting.why);
      if (question.kind === "written") {
        // The question as sent carries only its prompt: no accepted answer rides along with it.
        const shown = JSON.stringify(view.questions[index]).toLowerCase();
        for (const accepted of [question.answer, ...question.accepted]) {
          if (!question.prompt.toLowerCase().includes(accepted.toLowerCase())) expect(shown).not.toContain(accepted.toLowerCase());
        }
      }
      if (question.kind === "matching") {
        const shown = view.questions[index];
        expect(shown?.kind === "matching" && shown.rights).not.toEqual(question.pairs.map((pair) => pair.right));
      }
    }
    expect(questions.some((question) => question.kind === "written")).toBe(true);
  });

  test("answers are scored on the server; an answer after the deadline is refused and not counted", async () => {
    const { user, attemptId, questions } = await newQuiz(timed(5, 60));
    const [q1, q2, q3, q4] = questions as [BankQuestion, BankQuestion, BankQuestion, BankQuestion];
    await save(user.id, attemptId, q1, rightAnswer(q1), at(10));
    await save(user.id, attemptId, q2, wrongAnswer(q2), at(20));
    // Within the grace after the deadline (network latency) still counts.
    await save(user.id, attemptId, q3, rightAnswer(q3), at(60 + DEADLINE_GRACE_MS / 1000 - 1));
    await expect(save(user.id, attemptId, q4, rightAnswer(q4), at(60 + DEADLINE_GRACE_MS / 1000 + 1))).rejects.toMatchObject({
      name: "AppError",
      code: "time_up",
    });
    expect(await db.attemptAnswer.count({ where: { attemptId, questionId: q4.id } })).toBe(0);
    // A row that got in late anyway (clock skew between instances) is not counted either.
    await db.attemptAnswer.create({ data: { attemptId, questionId: q4.id, answer: JSON.stringify(rightAnswer(q4)), answeredAt: at(120) } });

    const result = await submitAttempt(db, user.id, attemptId, bank, at(130));
    expect(result).toMatchObject({ score: 2, total: 5, isNew: true });
    const results = await getResultsView(db, user.id, attemptId, bank);
    expect(results?.items.find((item) => item.id === q4.id)).toMatchObject({ correct: false, answered: false, yourAnswer: "No answer" });
    expect(results).toMatchObject({ timedOut: true, timeTakenMs: 60_000, score: 2, percent: 40 });
  });

  test("answers made before the deadline on a device that was offline count if they arrive within the offline grace, as made then", async () => {
    const { user, attemptId, questions } = await newQuiz(timed(5, 60));
    const [q1, q2, q3, q4] = questions as [BankQuestion, BankQuestion, BankQuestion, BankQuestion];
    const graceMs = 120_000;
    await save(user.id, attemptId, q1, rightAnswer(q1), at(10));
    // Back online 90 s after the deadline: q2, made at 50 s, counts and is stored at 50 s.
    expect(await save(user.id, attemptId, q2, rightAnswer(q2), at(150), false, { madeAt: at(50), graceMs })).toMatchObject({
      answeredAt: at(50),
    });
    // Made after the deadline, by the device's own word: refused, with the reason.
    await expect(save(user.id, attemptId, q3, rightAnswer(q3), at(150), false, { madeAt: at(61), graceMs })).rejects.toMatchObject({
      code: "time_up",
      message: "Time is up: this answer was given after the deadline, so it doesn't count.",
    });
    // Arriving after the grace: refused, however early the device says it was made.
    await expect(save(user.id, attemptId, q4, rightAnswer(q4), at(60 + 121), false, { madeAt: at(30), graceMs })).rejects.toMatchObject({
      code: "time_up",
      message: "Time is up: this answer reached the server more than 2 minutes after the deadline, so it doesn't count.",
    });
    // Without a grace (the default of saveAnswer), a late answer is refused as before.
    await expect(save(user.id, attemptId, q4, rightAnswer(q4), at(70), false, { madeAt: at(30), graceMs: 0 })).rejects.toMatchObject({
      code: "time_up",
    });
    expect(await db.attemptAnswer.count({ where: { attemptId, questionId: { in: [q3.id, q4.id] } } })).toBe(0);
    expect(await submitAttempt(db, user.id, attemptId, bank, at(185))).toMatchObject({ score: 2, total: 5 });
  });

  test("the first submission stands: later answers and submissions change nothing", async () => {
    const { user, attemptId, questions } = await newQuiz(timed(5, null));
    const [q1, q2] = questions as [BankQuestion, BankQuestion];
    await save(user.id, attemptId, q1, rightAnswer(q1), at(5));
    expect(await submitAttempt(db, user.id, attemptId, bank, at(10))).toMatchObject({ score: 1, isNew: true });
    await expect(save(user.id, attemptId, q2, rightAnswer(q2), at(11))).rejects.toMatchObject({
      name: "AppError",
      code: "attempt_submitted",
    });
    expect(await submitAttempt(db, user.id, attemptId, bank, at(12))).toMatchObject({ score: 1, isNew: false });
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.submittedAt?.toISOString()).toBe(at(10).toISOString());
  });

  test("two submissions at once close the attempt once", async () => {
    const { user, attemptId, questions } = await newQuiz(timed(5, null));
    for (const question of questions) await save(user.id, attemptId, question, rightAnswer(question), at(1));
    const results = await Promise.all([1, 2, 3].map(() => submitAttempt(db, user.id, attemptId, bank, at(2))));
    expect(results.map((r) => r.score)).toEqual([5, 5, 5]);
    expect(results.filter((r) => r.isNew)).toHaveLength(1);
  });

  test("every question in a quiz answered right scores full marks (every kind)", async () => {
    const { user, attemptId, questions } = await newQuiz({ ...QUICK_QUIZ, count: 50, timeLimitSeconds: null }, 3);
    for (const question of questions) await save(user.id, attemptId, question, rightAnswer(question), at(1));
    expect(await submitAttempt(db, user.id, attemptId, bank, at(2))).toMatchObject({ score: 50, total: 50 });
    const rows = await db.attemptAnswer.findMany({ where: { attemptId } });
    expect(rows.every((row) => row.isCorrect === true)).toBe(true);
  });

  test("a malformed or ill-fitting answer is refused and nothing is stored", async () => {
    const { user, attemptId, questions } = await newQuiz({ ...QUICK_QUIZ, count: 20, timeLimitSeconds: null });
    const mcq = questions.find((q) => q.kind === "mcq")!;
    const matching = questions.find((q) => q.kind === "matching")!;
    const other = [...bank.questions.values()].find((q) => !questions.includes(q))!;
    await expect(save(user.id, attemptId, mcq, { kind: "mcq", choice: "Not an option" }, at(1))).rejects.toMatchObject({
      name: "AppError",
      code: "invalid_answer",
    });
    await expect(save(user.id, attemptId, mcq, { kind: "truefalse", value: true }, at(1))).rejects.toMatchObject({
      name: "AppError",
      code: "invalid_answer",
    });
    await expect(save(user.id, attemptId, matching, { kind: "matching", matches: ["x"] }, at(1))).rejects.toMatchObject({
      name: "AppError",
      code: "invalid_answer",
    });
    await expect(save(user.id, attemptId, other, rightAnswer(other), at(1))).rejects.toMatchObject({
      name: "AppError",
      code: "invalid_answer",
    });
    expect(await db.attemptAnswer.count({ where: { attemptId } })).toBe(0);
  });

  test("another student's attempt is not found, for reading, answering and submitting", async () => {
    const { attemptId, questions } = await newQuiz(timed(5, null));
    const intruder = await createTestUser(db);
    const q = questions[0]!;
    await expect(getTakingView(db, intruder.id, attemptId, bank, at(1))).rejects.toMatchObject({
      name: "AppError",
      code: "attempt_not_found",
    });
    await expect(getResultsView(db, intruder.id, attemptId, bank)).rejects.toMatchObject({ name: "AppError", code: "attempt_not_found" });
    await expect(save(intruder.id, attemptId, q, rightAnswer(q), at(1))).rejects.toMatchObject({
      name: "AppError",
      code: "attempt_not_found",
    });
    await expect(submitAttempt(db, intruder.id, attemptId, bank, at(1))).rejects.toMatchObject({
      name: "AppError",
      code: "attempt_not_found",
    });
    expect(await db.attemptAnswer.count({ where: { attemptId } })).toBe(0);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).submittedAt).toBeNull();
  });

  test("reopening keeps answers and flags; a quiz left open past its deadline closes itself", async () => {
    const { user, attemptId, questions } = await newQuiz(timed(5, 60));
    const [q1, q2] = questions as [BankQuestion, BankQuestion];
    await save(user.id, attemptId, q1, rightAnswer(q1), at(5), true);
    await save(user.id, attemptId, q2, null, at(6), true);
    const reopened = await getTakingView(db, user.id, attemptId, bank, at(30));
    expect(reopened.saved[1]).toMatchObject({ answer: rightAnswer(q1), flagged: true });
    expect(reopened.saved[2]).toMatchObject({ answer: null, flagged: true });
    expect(reopened.deadline).toBe(at(60).toISOString());
    expect(await finalizeIfExpired(db, user.id, attemptId, bank, at(30))).toBe(false);
    expect(await finalizeIfExpired(db, user.id, attemptId, bank, at(600))).toBe(true);
    const results = (await getResultsView(db, user.id, attemptId, bank))!;
    expect(results).toMatchObject({ score: 1, timedOut: true, counts: { all: 5, wrong: 4, flagged: 2, unanswered: 4 } });
  });

  test("results explain every question with its verbatim quote and section, and sum by section", async () => {
    const { user, attemptId, questions } = await newQuiz(timed(10, null), 11);
    for (const [index, question] of questions.entries()) {
      await save(user.id, attemptId, question, index % 2 === 0 ? rightAnswer(question) : wrongAnswer(question), at(index + 1));
    }
    await submitAttempt(db, user.id, attemptId, bank, at(100));
    const results = (await getResultsView(db, user.id, attemptId, bank))!;
    expect(results.score).toBe(5);
    expect(results.items.map((item) => item.correct)).toEqual([true, false, true, false, true, false, true, false, true, false]);
    for (const item of results.items) {
      const question = bank.questions.get(item.id)!;
      // The fact's own words, then each related fact's (a synthesis or matching question draws on several).
      expect(item.quote).toBe([question.factId, ...question.relatedFactIds].map((id) => bank.facts.get(id)!.quote).join(" … "));
      expect(item.explanation).toBe(question.explanation);
      expect(item.correctAnswer).toBe(questionAnswer(question));
      expect(item.sectionTitle).toBe(bank.sections.find((s) => s.id === question.sectionId)!.title);
    }
    const sum = results.bySection.reduce((acc, s) => ({ correct: acc.correct + s.correct, total: acc.total + s.total }), {
      correct: 0,
      total: 0,
    });
    expect(sum).toEqual({ correct: 5, total: 10 });
    expect(results.timeTakenMs).toBe(100_000);
    const history = await listAttempts(db, user.id, at(200));
    expect(history).toEqual([expect.objectContaining({ attemptId, score: 5, total: 10, percent: 50, status: "submitted" })]);
  });
});
