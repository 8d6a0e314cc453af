import "server-only";
import type { Bank, BankQuestion } from "@/lib/content/bank";
import { questionAnswer } from "@/lib/content/format";
import type { QuestionKind } from "@/lib/content/schemas";
import type { Db } from "@/lib/db/create-client";
import { gradeAnswer, isAnswered } from "./grading";
import { findOwnAttempt } from "./attempt";
import { attemptStatus, isPastDeadline } from "./attempt-status";
import type { AttemptStatus, PublicQuestion, SavedAnswerView, TakingView } from "./types";
import { answerColumn, layoutColumn, questionIdsColumn, quizSettingsColumn } from "./columns";
import type { QuizAnswer, QuizSettings } from "./schemas";

function sectionTitle(bank: Bank, question: BankQuestion): string {
  return bank.sections.find((section) => section.id === question.sectionId)?.title ?? question.sectionId;
}

export function publicQuestion(bank: Bank, question: BankQuestion, number: number, layout: readonly string[] | undefined): PublicQuestion {
  const common = { number, sectionTitle: sectionTitle(bank, question) };
  switch (question.kind) {
    case "mcq":
      return { ...common, kind: "mcq", prompt: question.prompt, options: layout ? [...layout] : [...question.options] };
    case "truefalse":
      return { ...common, kind: "truefalse", prompt: question.statement };
    case "written":
      return { ...common, kind: "written", prompt: question.prompt };
    case "numeric":
      return { ...common, kind: "numeric", prompt: question.prompt, unit: question.unit };
    case "matching":
      return {
        ...common,
        kind: "matching",
        prompt: question.prompt,
        lefts: question.pairs.map((pair) => pair.left),
        rights: layout ? [...layout] : question.pairs.map((pair) => pair.right).sort(),
      };
  }
}

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

// ── Results ─────────────────────────────────────────────────────────────────

export interface ResultItem {
  id: string;
  number: number;
  kind: QuestionKind;
  sectionId: string;
  sectionTitle: string;
  factId: string;
  prompt: string;
  /** Options / lefts for context on the results page. */
  options?: string[];
  answered: boolean;
  /** Counted as right: by the grader, or because the student said "I was right". */
  correct: boolean;
  /** The student said "I was right" about an answer the grader marked wrong. */
  overridden: boolean;
  /** A typed answer the grader marked wrong: the student may claim it was right. */
  canClaim: boolean;
  flagged: boolean;
  yourAnswer: string;
  correctAnswer: string;
  /** For matching: each left side with the student's match and the right one. */
  pairs?: { left: string; yours: string | null; right: string; correct: boolean }[];
  explanation: string;
  /** When the student chose the tempting wrong option: why it is wrong. */
  temptingWhy?: string;
  note?: string;
  quote: string;
  timeTakenMs: number;
}

export interface ResultsView {
  attemptId: string;
  score: number;
  total: number;
  percent: number;
  startedAt: string;
  submittedAt: string;
  /** From the start to the submission, capped at the time limit. */
  timeTakenMs: number;
  timeLimitSeconds: number | null;
  /** "missed": a practice of missed questions. */
  mode: QuizSettings["mode"];
  /** True when the clock ran out before the student submitted. */
  timedOut: boolean;
  bySection: { sectionId: string; title: string; correct: number; total: number }[];
  items: ResultItem[];
  counts: { all: number; wrong: number; flagged: number; unanswered: number };
}

export function formatAnswer(question: BankQuestion, answer: QuizAnswer | null): string {
  if (!answer || !isAnswered(answer)) return "No answer";
  switch (answer.kind) {
    case "mcq":
      return answer.choice;
    case "truefalse":
      return answer.value ? "True" : "False";
    case "written":
    case "numeric":
      return answer.text.trim();
    case "matching": {
      const lefts = question.kind === "matching" ? question.pairs.map((pair) => pair.left) : [];
      return answer.matches.map((match, index) => `${lefts[index] ?? index + 1} → ${match ?? "—"}`).join("; ");
    }
  }
}

/** The graded attempt; throws AttemptNotFoundError for a missing or foreign attempt. Null while it is still open. */
export async function getResultsView(db: Db, userId: string, attemptId: string, bank: Bank): Promise<ResultsView | null> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  if (!attempt.submittedAt) return null;
  const { questionIds, settings } = parseAttemptColumns(attempt);
  const rows = await db.attemptAnswer.findMany({ where: { attemptId } });
  const byQuestion = new Map(rows.map((row) => [row.questionId, row]));
  const items: ResultItem[] = [];
  const sections = new Map<string, { sectionId: string; title: string; correct: number; total: number }>();
  questionIds.forEach((id, index) => {
    const question = bank.questions.get(id);
    if (!question) return;
    const row = byQuestion.get(id);
    const counted = row && !isPastDeadline(attempt.deadline, row.answeredAt);
    const answer = counted ? answerColumn.parse(row.answer) : null;
    const grade = gradeAnswer(question, answer);
    // The stored verdict is the one that was scored; the grade adds per-pair detail and notes.
    const overridden = row?.overriddenAt != null && row.isCorrect === false;
    const correct = (row?.isCorrect ?? grade.correct) || overridden;
    const isTyped = (answer?.kind === "written" || answer?.kind === "numeric") && grade.answered;
    const fact = bank.facts.get(question.factId);
    const title = sectionTitle(bank, question);
    const section = sections.get(question.sectionId) ?? { sectionId: question.sectionId, title, correct: 0, total: 0 };
    section.total += 1;
    if (correct) section.correct += 1;
    sections.set(question.sectionId, section);
    const item: ResultItem = {
      id,
      number: index + 1,
      kind: question.kind,
      sectionId: question.sectionId,
      sectionTitle: title,
      factId: question.factId,
      prompt: question.kind === "truefalse" ? question.statement : question.prompt,
      answered: grade.answered,
      correct,
      overridden,
      canClaim: isTyped && (row?.isCorrect ?? grade.correct) === false,
      flagged: row?.flagged ?? false,
      yourAnswer: formatAnswer(question, answer),
      correctAnswer: questionAnswer(question),
      explanation: question.explanation,
      // A question drawing on several facts (a synthesis or matching item) shows each one's words.
      quote: [fact, ...question.relatedFactIds.map((related) => bank.facts.get(related))].flatMap((f) => f?.quote ?? []).join(" … "),
      timeTakenMs: row?.timeTakenMs ?? 0,
    };
    if (grade.note && correct) item.note = grade.note;
    if (question.kind === "mcq") {
      item.options = question.options;
      if (answer?.kind === "mcq" && answer.choice === question.tempting.option && !correct) item.temptingWhy = question.tempting.why;
    }
    if (question.kind === "matching") {
      const matches = answer?.kind === "matching" ? answer.matches : [];
      item.pairs = question.pairs.map((pair, i) => ({
        left: pair.left,
        yours: matches[i] ?? null,
        right: pair.right,
        correct: matches[i] === pair.right,
      }));
    }
    items.push(item);
  });
  const bySection = bank.sections.flatMap((section) => {
    const found = sections.get(section.id);
    return found ? [found] : [];
  });
  const score = attempt.score ?? items.filter((item) => item.correct).length;
  const end = attempt.deadline && attempt.submittedAt > attempt.deadline ? attempt.deadline : attempt.submittedAt;
  return {
    attemptId,
    score,
    total: attempt.total,
    percent: attempt.total === 0 ? 0 : Math.round((score / attempt.total) * 100),
    startedAt: attempt.startedAt.toISOString(),
    submittedAt: attempt.submittedAt.toISOString(),
    timeTakenMs: Math.max(0, end.getTime() - attempt.startedAt.getTime()),
    timeLimitSeconds: settings.timeLimitSeconds,
    mode: settings.mode,
    timedOut: attempt.deadline !== null && attempt.submittedAt.getTime() >= attempt.deadline.getTime(),
    bySection,
    items,
    counts: {
      all: items.length,
      wrong: items.filter((item) => !item.correct).length,
      flagged: items.filter((item) => item.flagged).length,
      unanswered: items.filter((item) => !item.answered).length,
    },
  };
}

// ── History ─────────────────────────────────────────────────────────────────

export interface AttemptSummary {
  attemptId: string;
  startedAt: string;
  submittedAt: string | null;
  deadline: string | null;
  score: number | null;
  total: number;
  percent: number | null;
  settings: QuizSettings | null;
  status: AttemptStatus;
}

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
