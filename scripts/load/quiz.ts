// The quiz part of the load scenario, as the quiz pages do it: start the quick (timed) quiz with its
// server action, then save answers and submit through the JSON routes under /api/quiz/attempts, submit (some students twice, to both instances at once);
// then check every submitted attempt was scored once, with the score every reply reported.
import path from "node:path";
import { loadBank } from "@/lib/content/read";
import { scoreAttempt } from "@/lib/quiz/grading";
import { storedAnswerSchema, storedQuestionIdsSchema } from "@/lib/quiz/schemas";
import { DEADLINE_GRACE_MS } from "@/lib/quiz/limits";
import { ConnectionError, type Reply } from "./http";
import type { Step, Student } from "./student";
import type { Check } from "./verify";

export interface QuizRecord {
  attemptId: string;
  /** Every score a submit reply reported (a double submit gets two replies). */
  scores: number[];
  /** The last acknowledged answer per question number. */
  answers: Map<number, unknown>;
}

interface PublicQuestion {
  number: number;
  kind: "mcq" | "truefalse" | "written" | "numeric" | "matching";
  options?: string[];
  lefts?: string[];
  rights?: string[];
}

function answerFor(question: PublicQuestion, random: () => number): unknown {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  switch (question.kind) {
    case "mcq":
      return { kind: "mcq", choice: pick(question.options!) };
    case "truefalse":
      return { kind: "truefalse", value: random() < 0.5 };
    case "written":
      return { kind: "written", text: pick(["Russia", "India", "RELOS", "oil", "I don't know"]) };
    case "numeric":
      return { kind: "numeric", text: String(Math.floor(random() * 100)) };
    case "matching":
      return { kind: "matching", matches: question.lefts!.map(() => pick(question.rights!)) };
  }
}

/** A JSON request that may be repeated safely (a PUT of one answer, a submit, a read). */
function json(student: Student, method: string, pathname: string, body?: unknown) {
  return student.retrying(`${method} ${pathname}`, (base) =>
    student.browser.request(base, pathname, {
      method,
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}

function parse<T>(student: Student, label: string, reply: Reply | null, status: number): T | null {
  if (!reply) return null;
  if (reply.status !== status) {
    student.ledger.problems.push(`${label}: HTTP ${reply.status} ${reply.text.slice(0, 200)}`);
    return null;
  }
  return JSON.parse(reply.text) as T;
}

/** Take a timed quiz: start it, answer every question, submit; some submit twice at once. */
export const takeQuiz: Step = async (student) => {
  const { ctx, ledger } = student;
  // Start the one-click timed quiz through the quiz page's real server action, as its button does;
  // the action answers with a redirect to the new attempt. Starting is not idempotent: after a lost
  // answer the retry starts a second attempt, which the student then takes; the first stays open and
  // unscored, as an abandoned tab's would.
  const reply = await student.retrying("start quiz", (base) =>
    student.browser.callActionRaw(base, "/quiz", ctx.actions.quickQuiz, [null, "$undefined"]),
  );
  const attemptId = /^\/quiz\/([a-z0-9]+)/i.exec(reply?.headers.get("x-action-redirect") ?? "")?.[1];
  if (!reply || !attemptId) {
    ledger.problems.push(`start quiz: HTTP ${reply?.status}, no redirect to an attempt: ${reply?.text.slice(0, 200)}`);
    return;
  }
  const started = { attemptId };
  ctx.stats.count("quizzes started");
  const record: QuizRecord = { attemptId: started.attemptId, scores: [], answers: new Map() };
  ledger.quizzes.push(record);
  const taking = parse<{ questions: PublicQuestion[]; deadline: string | null }>(
    student,
    "open quiz",
    await json(student, "GET", `/api/quiz/attempts/${started.attemptId}`),
    200,
  );
  if (!taking) return;
  if (!taking.deadline) ledger.problems.push(`quiz ${started.attemptId} has no deadline although it was timed`);

  for (const question of taking.questions) {
    await student.think();
    const answer = answerFor(question, ctx.random);
    const saved = parse(
      student,
      `save answer ${question.number}`,
      await json(student, "PUT", `/api/quiz/attempts/${started.attemptId}/answers`, { number: question.number, answer, timeTakenMs: 1500 }),
      200,
    );
    if (saved) record.answers.set(question.number, answer);
  }

  const submitPath = `/api/quiz/attempts/${started.attemptId}/submit`;
  const replies: (Reply | null)[] = [];
  if (ctx.random() < 0.3) {
    ctx.stats.count("double quiz submits");
    replies.push(
      ...(await Promise.all(
        ctx.bases.map((base) =>
          student.browser.request(base, submitPath, { method: "POST" }).catch((error: unknown) => {
            if (error instanceof ConnectionError) return null;
            throw error;
          }),
        ),
      )),
    );
  }
  if (!replies.some((r) => r?.status === 200)) replies.push(await json(student, "POST", submitPath));
  for (const reply of replies) {
    const result = reply && parse<{ score: number; total: number }>(student, "submit quiz", reply, 200);
    if (result) record.scores.push(result.score);
  }
  if (record.scores.length > 0) ctx.stats.count("quizzes submitted");
};

const bank = loadBank(path.join(process.cwd(), "content"));

/** As lib/quiz/mutations.ts decides it (that module is server-only): answers after deadline + grace don't count. */
const isPastDeadline = (deadline: Date | null, at: Date) => deadline !== null && at.getTime() > deadline.getTime() + DEADLINE_GRACE_MS;

/**
 * Every submitted attempt was scored once: it is closed, its stored score is the score every
 * submit reply reported, its correct-answer flags add up to it, and re-grading its stored
 * answers gives it again. Every acknowledged answer is stored as sent.
 */
export const checkQuizAttempts: Check = async (db, ledgers, verdict) => {
  for (const ledger of ledgers) {
    for (const quiz of ledger.quizzes) {
      const label = `student ${ledger.index}: quiz ${quiz.attemptId}`;
      const attempt = await db.quizAttempt.findUnique({ where: { id: quiz.attemptId }, include: { answers: true } });
      if (!attempt || attempt.userId !== ledger.userId) {
        verdict.problems.push(`${label} is missing`);
        continue;
      }
      verdict.attemptsChecked++;
      const questionIds = storedQuestionIdsSchema.parse(JSON.parse(attempt.questionIds));
      for (const [number, sent] of quiz.answers) {
        const row = attempt.answers.find((a) => a.questionId === questionIds[number - 1]);
        if (!row) verdict.problems.push(`${label}: acknowledged answer ${number} is missing`);
        else if (row.answer !== JSON.stringify(sent))
          verdict.problems.push(`${label}: answer ${number} stored as ${row.answer}, sent ${JSON.stringify(sent)}`);
      }
      if (quiz.scores.length === 0) {
        if (attempt.submittedAt) verdict.problems.push(`${label} is submitted but no submit was acknowledged`);
        continue;
      }
      if (!attempt.submittedAt || attempt.score === null) {
        verdict.problems.push(`${label}: a submit was acknowledged but the attempt is open`);
        continue;
      }
      if (quiz.scores.some((s) => s !== attempt.score))
        verdict.problems.push(`${label}: replies said ${quiz.scores.join(", ")}, stored score ${attempt.score}`);
      const flagged = attempt.answers.filter((a) => a.isCorrect === true).length;
      if (flagged !== attempt.score) verdict.problems.push(`${label}: ${flagged} answers marked correct, score ${attempt.score}`);
      const counted = attempt.answers.filter((a) => !isPastDeadline(attempt.deadline, a.answeredAt));
      const regraded = scoreAttempt(
        questionIds.map((id) => bank.questions.get(id)!).filter(Boolean),
        new Map(counted.map((a) => [a.questionId, storedAnswerSchema.parse(JSON.parse(a.answer))])),
      ).score;
      if (regraded !== attempt.score) verdict.problems.push(`${label}: stored score ${attempt.score}, re-graded ${regraded}`);
    }
  }
};
