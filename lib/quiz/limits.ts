import type { QUESTION_KINDS } from "@/lib/content/schemas";

// The quiz builder's limits and labels, free of zod: the builder form (a client
// component) imports them, and taking them from schemas.ts shipped all of zod
// (~31 kB gzip) to the browser with /quiz. Import them from here, never through schemas.ts.

/** Limits of the quiz builder. */
export const QUIZ_MIN_QUESTIONS = 5;
export const QUIZ_MAX_QUESTIONS = 50;
/** The default time budget per question when the student asks for a timed quiz. */
export const SECONDS_PER_QUESTION = 45;
/** Shortest and longest time limits the builder accepts. */
export const MIN_TIME_LIMIT_SECONDS = 30;
export const MAX_TIME_LIMIT_SECONDS = 3 * 60 * 60;
/** Answers that reach the server this long after the deadline still count (network latency). */
export const DEADLINE_GRACE_MS = 5_000;
/** Longest typed answer accepted: anything longer is not an answer to these questions. */
export const MAX_TYPED_ANSWER = 200;

export const KIND_LABELS = {
  mcq: "Multiple choice",
  truefalse: "True / false",
  written: "Written answer",
  numeric: "Numbers",
  matching: "Matching",
} as const satisfies Record<(typeof QUESTION_KINDS)[number], string>;

export const DIFFICULTIES = [1, 2, 3] as const;
export const DIFFICULTY_LABELS: Record<(typeof DIFFICULTIES)[number], string> = { 1: "Easy", 2: "Medium", 3: "Hard" };
