import "server-only";
import type { Bank, BankQuestion } from "@/lib/content/bank";
import { dialectOf, type Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors";
import { recordQuizOutcomes } from "@/lib/missed/mutations";
import { idIn } from "@/lib/db/sql";
import { getStudySettings } from "@/lib/settings/queries";
import { findOwnAttempt } from "./attempt";
import { isPastDeadline, lateAnswer, type LateAnswer } from "./attempt-status";
import type { Random } from "@/lib/random";
import { drawQuiz } from "./build";
import { isAnswered, scoreAttempt } from "./grading";
import { answerColumn, layoutColumn, questionIdsColumn, quizSettingsColumn } from "./columns";
import type { QuizAnswer, QuizSettings, SaveAnswerInput } from "./schemas";

/**
 * Quiz writes. The server is the authority: it draws the questions, stores the
 * deadline at the start, refuses answers after the deadline (plus a short grace
 * for the network), and computes the score. Every function takes the student's
 * id from the session and finds the attempt by (id, userId): another student's
 * attempt is "not found", exactly like a missing one.
 */

export interface StartedAttempt {
  attemptId: string;
  total: number;
  /** How many questions matched the settings; fewer than asked for when the pool is small. */
  available: number;
}

export async function startAttempt(
  db: Db,
  userId: string,
  settings: QuizSettings,
  bank: Bank,
  now: Date,
  random: Random = Math.random,
  only?: readonly string[],
): Promise<StartedAttempt> {
  const drawn = drawQuiz(bank, settings, random, only);
  if (drawn.questionIds.length === 0) throw new AppError("no_questions");
  const attempt = await db.quizAttempt.create({
    data: {
      userId,
      settings: quizSettingsColumn.serialize(settings),
      questionIds: questionIdsColumn.serialize(drawn.questionIds),
      layout: layoutColumn.serialize(drawn.layout),
      startedAt: now,
      deadline: settings.timeLimitSeconds === null ? null : new Date(now.getTime() + settings.timeLimitSeconds * 1000),
      total: drawn.questionIds.length,
      mode: settings.mode,
    },
    select: { id: true },
  });
  return { attemptId: attempt.id, total: drawn.questionIds.length, available: drawn.available };
}

/** Check that an answer fits its question: the right kind, a real option, one choice per left side. */
export function checkAnswerFits(question: BankQuestion, answer: QuizAnswer, layout: readonly string[] | undefined): void {
  if (answer.kind !== question.kind) {
    throw new AppError("invalid_answer", {
      field: "answer.kind",
      message: `This is a ${question.kind} question; the answer was ${answer.kind}.`,
    });
  }
  if (answer.kind === "mcq" && question.kind === "mcq" && !question.options.includes(answer.choice)) {
    throw new AppError("invalid_answer", { field: "answer.choice", message: "That choice is not one of the question's options." });
  }
  if (answer.kind === "matching" && question.kind === "matching") {
    if (answer.matches.length !== question.pairs.length) {
      throw new AppError("invalid_answer", {
        field: "answer.matches",
        message: `Give one match for each of the ${question.pairs.length} items (null to leave one blank).`,
      });
    }
    const rights = new Set(layout ?? question.pairs.map((pair) => pair.right));
    if (answer.matches.some((match) => match !== null && !rights.has(match))) {
      throw new AppError("invalid_answer", { field: "answer.matches", message: "A match is not one of the question's choices." });
    }
  }
}

const minutes = (ms: number) =>
  ms % 60_000 === 0 ? `${ms / 60_000} minute${ms === 60_000 ? "" : "s"}` : `${Math.round(ms / 1000)} seconds`;
const LATE_MESSAGES: Record<Extract<LateAnswer, { counts: false }>["reason"], (graceMs: number) => string> = {
  made_after_deadline: () => "Time is up: this answer was given after the deadline, so it doesn't count.",
  arrived_too_late: (graceMs) =>
    `Time is up: this answer reached the server more than ${minutes(graceMs)} after the deadline, so it doesn't count.`,
};

export interface SavedAnswer {
  number: number;
  answered: boolean;
  flagged: boolean;
  answeredAt: Date;
}

/** Save (replace) one answer and its flag while the attempt is open. Nothing is stored when anything is wrong. */
export async function saveAnswer(
  db: Db,
  userId: string,
  attemptId: string,
  input: SaveAnswerInput,
  bank: Bank,
  now: Date,
  offlineGraceMs = 0,
): Promise<SavedAnswer> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  if (attempt.submittedAt) throw new AppError("attempt_submitted");
  // After the deadline (and the network's few seconds), only an answer made in time on a device
  // that was offline still counts, stored at the time it was made.
  let answeredAt = now;
  if (isPastDeadline(attempt.deadline, now)) {
    const late = lateAnswer(attempt, input.madeAt, now, offlineGraceMs);
    if (!late.counts) throw new AppError("time_up", { message: LATE_MESSAGES[late.reason](offlineGraceMs) });
    answeredAt = late.answeredAt;
  }
  const questionIds = questionIdsColumn.parse(attempt.questionIds);
  const questionId = questionIds[input.number - 1];
  const question = questionId === undefined ? undefined : bank.questions.get(questionId);
  if (!question) throw new AppError("invalid_answer", { field: "number", message: `This quiz has questions 1 to ${questionIds.length}.` });
  if (input.answer) {
    const layout = layoutColumn.parse(attempt.layout);
    checkAnswerFits(question, input.answer, layout[question.id]);
  }
  const data = {
    answer: answerColumn.serialize(input.answer),
    flagged: input.flagged,
    timeTakenMs: input.timeTakenMs,
    answeredAt,
  };
  // The write happens only while the attempt is still open, checked by a write to its row: a
  // submission (which closes the row first, in its own transaction) either waits for this answer
  // and grades it, or has closed the attempt and this one is refused. It never lands after.
  await db.$transaction(async (tx) => {
    const { count } = await tx.quizAttempt.updateMany({
      where: { id: attemptId, userId, submittedAt: null },
      data: { total: attempt.total },
    });
    if (count === 0) throw new AppError("attempt_submitted");
    await tx.attemptAnswer.upsert({
      where: { attemptId_questionId: { attemptId, questionId: question.id } },
      create: { attemptId, questionId: question.id, ...data },
      update: data,
    });
  });
  return {
    number: input.number,
    answered: input.answer !== null && isAnswered(input.answer),
    flagged: input.flagged,
    answeredAt,
  };
}

export interface SubmittedAttempt {
  attemptId: string;
  score: number;
  total: number;
  /** False when the attempt had been submitted before: the first submission stands. */
  isNew: boolean;
}

/**
 * Grade and close the attempt. Only answers saved by the deadline (plus grace)
 * count. Two submissions race on `submittedAt IS NULL`: exactly one closes the
 * attempt and the other gets the stored result.
 */
export async function submitAttempt(db: Db, userId: string, attemptId: string, bank: Bank, now: Date): Promise<SubmittedAttempt> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  if (attempt.submittedAt) return { attemptId, score: attempt.score ?? 0, total: attempt.total, isNew: false };
  const questionIds = questionIdsColumn.parse(attempt.questionIds);
  const questions = questionIds.map((id) => bank.questions.get(id)).filter((question) => question !== undefined);
  const { timeZone, dayStartsAtHour } = await getStudySettings(db, userId);

  // Close first, then read the answers in the same transaction: an answer being saved right now
  // (saveAnswer writes the open row before its answer) is either in what is graded or refused.
  const score = await db.$transaction(async (tx) => {
    const { count } = await tx.quizAttempt.updateMany({
      where: { id: attemptId, userId, submittedAt: null },
      data: { submittedAt: now, total: questionIds.length },
    });
    if (count === 0) return null;
    const rows = await tx.attemptAnswer.findMany({ where: { attemptId } });
    const counted = rows.filter((row) => !isPastDeadline(attempt.deadline, row.answeredAt));
    const answers = new Map(counted.map((row) => [row.questionId, answerColumn.parse(row.answer)]));
    const result = scoreAttempt(questions, answers);
    const correctIds = result.grades.filter((grade) => grade.correct).map((grade) => grade.questionId);
    await tx.quizAttempt.update({ where: { id: attemptId }, data: { score: result.score } });
    // Every answer's verdict in one statement (the same SQL on SQLite and PostgreSQL).
    await tx.$executeRaw`UPDATE "AttemptAnswer" SET "isCorrect" = CASE WHEN ${idIn(correctIds, "questionId")} THEN TRUE ELSE FALSE END WHERE "attemptId" = ${attemptId}`;
    await recordQuizOutcomes(tx, dialectOf(tx), userId, result.grades, bank, now, { timeZone, dayStartsAtHour });
    return result.score;
  });
  if (score === null) {
    const stored = await findOwnAttempt(db, userId, attemptId);
    return { attemptId, score: stored.score ?? 0, total: stored.total, isNew: false };
  }
  return { attemptId, score, total: questionIds.length, isNew: true };
}

/** Close an attempt whose time ran out with nobody there to submit it (the tab was closed). */
export async function finalizeIfExpired(db: Db, userId: string, attemptId: string, bank: Bank, now: Date): Promise<boolean> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  if (attempt.submittedAt || !isPastDeadline(attempt.deadline, now)) return false;
  await submitAttempt(db, userId, attemptId, bank, now);
  return true;
}
