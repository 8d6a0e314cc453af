import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db } from "@/lib/db/create-client";
import { isAnswered } from "./grading";
import { findOwnAttempt } from "./attempt";
import { attemptStatus } from "./attempt-status";
import type { AttemptStatus, AttemptSummary, ResultsView, SavedAnswerView, TakingView } from "./types";
import { answerColumn, layoutColumn, questionIdsColumn, quizSettingsColumn } from "./columns";
import { publicQuestion } from "./public-question";
import { toResultsView } from "./results";
import type { QuizSettings } from "./schemas";

function parseAttemptColumns(attempt: { questionIds: string; layout: string; settings: string }) {
  return {
    questionIds: questionIdsColumn.parse(attempt.questionIds),
    layout: layoutColumn.parse(attempt.layout),
    settings: quizSettingsColumn.parse(attempt.settings),
  };
}

/** The quiz as the taking page shows it; throws AttemptNotFoundError for a missing or foreign attempt. */
export async function getTakingView(db: Db, userId: string, attemptId: string, bank: Bank, now: Date): Promise<TakingView> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  const { questionIds, layout } = parseAttemptColumns(attempt);
  const rows = await db.attemptAnswer.findMany({
    where: { attemptId },
    select: { questionId: true, answer: true, flagged: true, timeTakenMs: true },
  });
  const saved: Record<number, SavedAnswerView> = {};
  for (const row of rows) {
    const number = questionIds.indexOf(row.questionId) + 1;
    if (number === 0) continue;
    saved[number] = { answer: answerColumn.parse(row.answer), flagged: row.flagged, timeTakenMs: row.timeTakenMs };
  }
  const questions = questionIds.flatMap((id, index) => {
    const question = bank.questions.get(id);
    return question ? [publicQuestion(bank, question, index + 1, layout[id])] : [];
  });
  return {
    attemptId,
    questions,
    saved,
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline?.toISOString() ?? null,
    serverNow: now.toISOString(),
  };
}

/** Where an attempt stands: still open, out of time but not yet closed, or submitted. */
export async function getAttemptStatus(db: Db, userId: string, attemptId: string, now: Date): Promise<AttemptStatus> {
  return attemptStatus(await findOwnAttempt(db, userId, attemptId), now);
}

/** The graded attempt; throws AttemptNotFoundError for a missing or foreign attempt. Null while it is still open. */
export async function getResultsView(db: Db, userId: string, attemptId: string, bank: Bank): Promise<ResultsView | null> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  const { submittedAt } = attempt;
  if (!submittedAt) return null;
  const { questionIds, settings } = parseAttemptColumns(attempt);
  const rows = await db.attemptAnswer.findMany({ where: { attemptId } });
  return toResultsView({ ...attempt, submittedAt }, questionIds, settings, rows, bank);
}

// ── History ─────────────────────────────────────────────────────────────────

/**
 * The student's quizzes, newest first. Practice of missed questions is not a quiz: it stays
 * out of the history, the score chart and "last quiz" unless `includePractice` asks for it.
 */
export async function listAttempts(
  db: Db,
  userId: string,
  now: Date,
  take = 100,
  { includePractice = false } = {},
): Promise<AttemptSummary[]> {
  const attempts = await db.quizAttempt.findMany({
    where: { userId, ...(includePractice ? {} : { mode: "standard" }) },
    orderBy: { startedAt: "desc" },
    take,
    select: { id: true, startedAt: true, submittedAt: true, deadline: true, score: true, total: true, settings: true },
  });
  return attempts.map((attempt) => {
    const settings = quizSettingsColumn.safeParse(attempt.settings);
    const status = attemptStatus(attempt, now);
    return {
      attemptId: attempt.id,
      startedAt: attempt.startedAt.toISOString(),
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      deadline: attempt.deadline?.toISOString() ?? null,
      score: attempt.score,
      total: attempt.total,
      percent: attempt.score === null || attempt.total === 0 ? null : Math.round((attempt.score / attempt.total) * 100),
      settings,
      status,
    };
  });
}

/** The settings an attempt of this student's was made with, or null when it isn't theirs. */
export async function getAttemptSettings(db: Db, userId: string, attemptId: string): Promise<QuizSettings | null> {
  const attempt = await db.quizAttempt.findFirst({ where: { id: attemptId, userId }, select: { settings: true } });
  if (!attempt) return null;
  return quizSettingsColumn.safeParse(attempt.settings);
}

/** The newest attempt still open (not submitted, time not up), for "Resume". */
export async function getOpenAttempt(db: Db, userId: string, now: Date): Promise<(AttemptSummary & { answered: number }) | null> {
  const [latest] = (await listAttempts(db, userId, now, 5, { includePractice: true })).filter((attempt) => attempt.status === "open");
  if (!latest) return null;
  const rows = await db.attemptAnswer.findMany({ where: { attemptId: latest.attemptId }, select: { answer: true } });
  const answered = rows.filter((row) => {
    const answer = answerColumn.safeParse(row.answer);
    return answer !== null && isAnswered(answer);
  }).length;
  return { ...latest, answered };
}
