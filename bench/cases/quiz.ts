import { randomBytes } from "node:crypto";
import { scoreAttempt } from "../../lib/quiz/grading";
import { submitAttempt } from "../../lib/quiz/mutations";
import { QUIZ_MAX_QUESTIONS } from "../../lib/quiz/limits";
import type { QuizAnswer } from "../../lib/quiz/schemas";
import { repetitions } from "../config";
import type { BenchContext } from "../context";
import { answerFor } from "../quiz-answers";
import { latencyRow, type BenchRow } from "../result";
import { measure } from "../stats";

/** (4)'s target, p95 in ms. */
export const QUIZ_SCORING_LIMIT_MS = 10;

/**
 * (4) scoring a 50-question attempt on the server: `submitAttempt`, what the
 * quiz's submit calls (load the attempt and its saved answers, grade them,
 * store the score, each answer's correctness and the missed questions in one
 * transaction), on open attempts of the heavy student made beforehand
 * (untimed) with every question answered, ~70% right. And the grading alone
 * (`scoreAttempt`, pure), to show how the time splits.
 */
export async function measureQuizScoring(ctx: BenchContext): Promise<BenchRow[]> {
  const { db, seeded, bank } = ctx;
  const userId = seeded.heavyUserId;
  const pool = [...bank.questions.values()];
  const size = Math.min(QUIZ_MAX_QUESTIONS, pool.length);
  const iterations = repetitions(ctx.config.scale, 150);
  const warmup = 10;

  // Setup, untimed: one open attempt per run, answered as the quiz page saves answers.
  const attempts = Array.from({ length: iterations + warmup }, (_, a) => {
    const offset = (a * 37) % pool.length;
    const questions = Array.from({ length: size }, (_, i) => pool[(offset + i) % pool.length]!);
    const answers = new Map<string, QuizAnswer>(questions.map((q, i) => [q.id, answerFor(q, (i * 7 + a) % 10 < 7)]));
    return { id: randomBytes(12).toString("hex"), questions, answers };
  });
  const now = new Date();
  const settings = JSON.stringify({
    count: size,
    sectionIds: [],
    kinds: ["mcq", "truefalse", "written", "numeric", "matching"],
    difficulties: [1, 2, 3],
    timeLimitSeconds: null,
    mode: "standard",
  });
  await db.quizAttempt.createMany({
    data: attempts.map((a) => ({
      id: a.id,
      userId,
      settings,
      questionIds: JSON.stringify(a.questions.map((q) => q.id)),
      startedAt: now,
      total: size,
    })),
  });
  await db.attemptAnswer.createMany({
    data: attempts.flatMap((a) =>
      a.questions.map((q) => ({
        attemptId: a.id,
        questionId: q.id,
        answer: JSON.stringify(a.answers.get(q.id)),
        timeTakenMs: 10_000,
        answeredAt: now,
      })),
    ),
  });

  const expected = attempts.map((a) => scoreAttempt(a.questions, a.answers).score);
  const scores: number[] = [];
  const submit = await measure(
    async (i) => {
      const result = await submitAttempt(db, userId, attempts[i]!.id, bank, new Date());
      scores[i] = result.score;
    },
    { iterations, warmup },
  );
  if (scores.some((score, i) => score !== expected[i])) throw new Error("submitAttempt scored an attempt differently from scoreAttempt.");

  const sample = attempts[0]!;
  const grading = await measure(() => scoreAttempt(sample.questions, sample.answers), {
    iterations: repetitions(ctx.config.scale, 500),
    warmup: 20,
  });
  return [
    latencyRow("4", `quiz scoring: submitAttempt, ${size} questions (load, grade, store in 1 tx)`, submit, QUIZ_SCORING_LIMIT_MS, {
      result: `score ${expected[warmup]}/${size} as expected`,
    }),
    latencyRow("4b", `quiz grading alone: scoreAttempt, ${size} answers (pure)`, grading, QUIZ_SCORING_LIMIT_MS),
  ];
}
