import { z } from "zod";

export const practiseMissedSchema = z.object({
  /** Only the questions missed in this attempt (the results page's "Review the N I missed"). */
  fromAttemptId: z.string().min(1).max(64).optional(),
  /** With an attempt: "wrong" = the ones missed in it; "open" = every question of it still to master. */
  scope: z.enum(["wrong", "open"]).default("wrong"),
});

export const missedQuestionSchema = z.object({ questionId: z.string().min(1).max(120) });
