// View types of the quiz pages: what the server hands to client components. No server code
// here, so a client component never names a server-only module (even for a type).
import type { ActionResult } from "@/lib/action-result";
import type { QuestionKind } from "@/lib/content/schemas";
import type { QuizAnswer, QuizSettings } from "./schemas";

/**
 * What a quiz page may show. Before submission the browser gets only the
 * question as a student sees it on paper: no answer, no accepted spellings, no
 * explanation, no tolerance, no matching order. Each field is picked by name,
 * never spread from the bank item, so a new field in the content can't leak.
 * Questions are known by their number in the quiz, not their content id (ids
 * are made from the fact and can name the answer).
 */
export type PublicQuestion =
  | { number: number; kind: "mcq"; sectionTitle: string; prompt: string; options: string[] }
  | { number: number; kind: "truefalse"; sectionTitle: string; prompt: string }
  | { number: number; kind: "written"; sectionTitle: string; prompt: string }
  | { number: number; kind: "numeric"; sectionTitle: string; prompt: string; unit: string }
  | { number: number; kind: "matching"; sectionTitle: string; prompt: string; lefts: string[]; rights: string[] };

export interface SavedAnswerView {
  answer: QuizAnswer | null;
  flagged: boolean;
  timeTakenMs: number;
}

export interface TakingView {
  attemptId: string;
  questions: PublicQuestion[];
  /** By question number. */
  saved: Record<number, SavedAnswerView>;
  startedAt: string;
  /** ISO time, or null for an untimed quiz. */
  deadline: string | null;
  /** The server's clock when the page was made: the countdown corrects the browser's clock with it. */
  serverNow: string;
}

/** Where an attempt stands: still open, out of time but not yet closed, or submitted. */
export type AttemptStatus = "open" | "expired" | "submitted";

/** The quiz still open when the student starts another: what the "Resume it / Abandon it" prompt says. */
export interface OpenQuizView {
  attemptId: string;
  answered: number;
  total: number;
  /** Time left when the new quiz was refused, or null for an untimed quiz. */
  remainingMs: number | null;
}

/** What starting a quiz returns: it redirects to the new quiz, or refuses (another quiz is open: `openQuiz`). */
export type StartQuizResult =
  ActionResult | { ok: false; error: string; openQuiz: OpenQuizView; fieldErrors?: Record<string, string[]>; values?: object };

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
