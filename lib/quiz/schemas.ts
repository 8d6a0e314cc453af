import { z } from "zod";
import { QUESTION_KINDS } from "@/lib/content/schemas";
import {
  MAX_TIME_LIMIT_SECONDS,
  MAX_TYPED_ANSWER,
  MIN_TIME_LIMIT_SECONDS,
  QUIZ_MAX_QUESTIONS,
  QUIZ_MIN_QUESTIONS,
  SECONDS_PER_QUESTION,
} from "./limits";

// The builder's limits and labels live in limits.ts (no zod: the builder form imports them); import them from there.

const idSchema = z.string().min(1).max(120);

export const quizSettingsSchema = z
  .object({
    count: z
      .number({ error: "Choose how many questions." })
      .int("Choose a whole number of questions.")
      .min(1, `A quiz has at least ${QUIZ_MIN_QUESTIONS} questions.`)
      .max(QUIZ_MAX_QUESTIONS, `A quiz has at most ${QUIZ_MAX_QUESTIONS} questions.`),
    /** Sections of the article to draw from; empty means all of them. */
    sectionIds: z.array(idSchema).max(50).default([]),
    kinds: z.array(z.enum(QUESTION_KINDS)).min(1, "Pick at least one kind of question.").max(QUESTION_KINDS.length),
    difficulties: z
      .array(z.union([z.literal(1), z.literal(2), z.literal(3)]))
      .min(1, "Pick at least one difficulty.")
      .max(3),
    /** null: untimed. */
    timeLimitSeconds: z
      .number()
      .int()
      .min(MIN_TIME_LIMIT_SECONDS, "A time limit is at least 30 seconds.")
      .max(MAX_TIME_LIMIT_SECONDS, "A time limit is at most 3 hours.")
      .nullable(),
    /** "missed": a practice of the student's missed questions (the draw ignores sections, kinds and difficulties). */
    mode: z.enum(["standard", "missed"]).default("standard"),
  })
  .superRefine((settings, ctx) => {
    // A practice of missed questions may be shorter: it has as many questions as were missed.
    if (settings.mode === "standard" && settings.count < QUIZ_MIN_QUESTIONS) {
      ctx.addIssue({ code: "custom", path: ["count"], message: `A quiz has at least ${QUIZ_MIN_QUESTIONS} questions.` });
    }
  });
export type QuizSettings = z.infer<typeof quizSettingsSchema>;

/** The one-click quiz: 10 questions of every kind from the whole article, 45 s each. */
export const QUICK_QUIZ: QuizSettings = {
  count: 10,
  sectionIds: [],
  kinds: [...QUESTION_KINDS],
  difficulties: [1, 2, 3],
  timeLimitSeconds: 10 * SECONDS_PER_QUESTION,
  mode: "standard",
};

/** Practice of missed questions: untimed, as many as are missed (up to the maximum). */
export function missedPracticeSettings(count: number): QuizSettings {
  return {
    count: Math.min(QUIZ_MAX_QUESTIONS, Math.max(1, count)),
    sectionIds: [],
    kinds: [...QUESTION_KINDS],
    difficulties: [1, 2, 3],
    timeLimitSeconds: null,
    mode: "missed",
  };
}

/**
 * The builder form as it arrives (FormData fields): numbers as strings, a time
 * mode of none / auto (45 s per question) / custom minutes.
 */
export const quizBuilderFormSchema = z
  .object({
    count: z.coerce.number({ error: "Choose how many questions." }),
    sectionIds: z.array(idSchema).default([]),
    kinds: z.array(z.string()).default([]),
    difficulties: z.array(z.coerce.number()).default([]),
    timeMode: z.enum(["none", "auto", "custom"], { error: "Choose a time limit." }),
    minutes: z.coerce.number().optional(),
  })
  .transform((form, ctx) => {
    let timeLimitSeconds: number | null = null;
    if (form.timeMode === "auto") timeLimitSeconds = Math.round(form.count) * SECONDS_PER_QUESTION;
    if (form.timeMode === "custom") {
      if (form.minutes === undefined || !Number.isFinite(form.minutes)) {
        ctx.addIssue({ code: "custom", path: ["minutes"], message: "Type the time limit in minutes." });
        return z.NEVER;
      }
      timeLimitSeconds = Math.round(form.minutes * 60);
    }
    // Checked by quizSettingsSchema next: kinds and difficulties are still unchecked strings and numbers here.
    const settings = {
      count: form.count,
      sectionIds: form.sectionIds,
      kinds: form.kinds,
      difficulties: form.difficulties,
      timeLimitSeconds,
    };
    return settings as unknown as z.input<typeof quizSettingsSchema>;
  })
  .pipe(quizSettingsSchema);

/** A student's answer, by question kind. MCQ answers name the option's text, matching answers list a right side per left side. */
export const quizAnswerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("mcq"), choice: z.string().min(1).max(MAX_TYPED_ANSWER) }),
  z.object({ kind: z.literal("truefalse"), value: z.boolean() }),
  z.object({
    kind: z.literal("written"),
    text: z.string().max(MAX_TYPED_ANSWER, `Keep answers under ${MAX_TYPED_ANSWER} characters.`),
  }),
  z.object({
    kind: z.literal("numeric"),
    text: z.string().max(MAX_TYPED_ANSWER, `Keep answers under ${MAX_TYPED_ANSWER} characters.`),
  }),
  z.object({
    kind: z.literal("matching"),
    matches: z.array(z.string().min(1).max(MAX_TYPED_ANSWER).nullable()).min(1).max(10),
  }),
]);
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;

/** PUT /api/quiz/attempts/:id/answers – save (or clear, with answer null) one answer and its flag. */
export const saveAnswerSchema = z.object({
  /**
   * The question's number in this quiz (1-based). Content ids never reach the
   * browser before submission: they are made from the fact and can give the
   * answer away ("...-50-percent-q-3").
   */
  number: z.number().int().min(1).max(QUIZ_MAX_QUESTIONS),
  answer: quizAnswerSchema.nullable(),
  flagged: z.boolean().default(false),
  /** Time spent on this question so far, for the results page. */
  timeTakenMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000)
    .default(0),
  /**
   * When the student gave this answer, on the server's clock as the page knows it. Only read when
   * the answer arrives after the deadline, from a device that was offline (lib/quiz/attempt-status.ts).
   */
  madeAt: z.iso
    .datetime({ offset: true, error: "Not a time." })
    .transform((text) => new Date(text))
    .optional(),
});
export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;

export const attemptIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i, "Not an attempt id.");

/** The open quiz a student chose to abandon for a new one (its id), or nothing; anything else is nothing. */
export const abandonQuizSchema = attemptIdSchema.optional().catch(undefined);

/** "I was right" on one answer of a submitted attempt (`claimed: false` takes the claim back). */
export const claimRightSchema = z.object({
  attemptId: attemptIdSchema,
  questionId: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[a-z0-9-]+$/, "Not a question id."),
  claimed: z.boolean(),
});

/** Stored columns, validated on read. */
export const storedQuestionIdsSchema = z.array(z.string());
/** Per question, the order its choices are shown in (MCQ options, matching right sides). */
export const storedLayoutSchema = z.record(z.string(), z.array(z.string()));
export const storedAnswerSchema = quizAnswerSchema.nullable();

export const resultsFilterSchema = z.enum(["all", "wrong", "flagged"]).catch("all");
export type ResultsFilter = z.infer<typeof resultsFilterSchema>;
