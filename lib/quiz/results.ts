import type { Bank, BankQuestion } from "@/lib/content/bank";
import { questionAnswer } from "@/lib/content/format";
import { isPastDeadline } from "./attempt-status";
import { answerColumn } from "./columns";
import { gradeAnswer, isAnswered } from "./grading";
import { sectionTitle } from "./public-question";
import type { QuizSettings, QuizAnswer } from "./schemas";
import type { ResultItem, ResultsView } from "./types";

// The results page of a submitted attempt, made from its rows and the bank. Pure: the reads are in queries.ts.

type SubmittedAttempt = {
  id: string;
  startedAt: Date;
  submittedAt: Date;
  deadline: Date | null;
  score: number | null;
  total: number;
};
type AnswerRow = {
  questionId: string;
  answer: string;
  answeredAt: Date;
  isCorrect: boolean | null;
  overriddenAt: Date | null;
  flagged: boolean;
  timeTakenMs: number;
};

function formatAnswer(question: BankQuestion, answer: QuizAnswer | null): string {
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

/** Each question graded (the stored verdict is the scored one), by section and with the counts the filters show. */
export function toResultsView(
  attempt: SubmittedAttempt,
  questionIds: string[],
  settings: QuizSettings,
  rows: AnswerRow[],
  bank: Bank,
): ResultsView {
  const attemptId = attempt.id;
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
