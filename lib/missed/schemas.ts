import { z } from "zod";

export const practiseMissedSchema = z.object({
  /** Only the questions missed in this attempt (the results page's "Review the N I missed"). */
  // Ids only: a NUL byte or other odd text must not reach a query (PostgreSQL refuses NUL with an error).
  fromAttemptId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9]+$/i, "Not an attempt id.")
    .optional(),
  /** With an attempt: "wrong" = the ones missed in it; "open" = every question of it still to master. */
  scope: z.enum(["wrong", "open"]).default("wrong"),
});

export const missedQuestionSchema = z.object({
  questionId: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[A-Za-z0-9_-]+$/, "Not a question id."),
});
