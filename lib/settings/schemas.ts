import { z } from "zod";

export const DEFAULT_STUDY_SETTINGS = {
  desiredRetention: 0.9,
  newCardsPerDay: 20,
  maximumInterval: 36500,
  sectionIds: [] as string[],
};

/**
 * A number field of a form. An empty or missing field is an error: `z.coerce` alone would
 * turn "" and null into 0 (found by the fuzz tests: a form without newCardsPerDay saved 0).
 */
const formNumber = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value), schema);

/** The settings form (FormData, so numbers are coerced). */
export const studySettingsSchema = z.object({
  desiredRetention: formNumber(
    z.coerce
      .number({ error: "Enter a retention between 0.70 and 0.99." })
      .min(0.7, "Desired retention must be at least 0.70: lower means forgetting most cards.")
      .max(0.99, "Desired retention must be at most 0.99: higher means reviewing every day."),
  ),
  newCardsPerDay: formNumber(
    z.coerce
      .number({ error: "Enter a whole number of new cards." })
      .int("Enter a whole number of new cards.")
      .min(0, "New cards per day can't be negative.")
      .max(500, "At most 500 new cards a day."),
  ),
  maximumInterval: formNumber(
    z.coerce
      .number({ error: "Enter a whole number of days." })
      .int("Enter a whole number of days.")
      .min(1, "The maximum interval is at least 1 day.")
      .max(36500, "The maximum interval is at most 36500 days (100 years)."),
  ),
  sectionIds: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(50).default([]),
});

export type StudySettingsInput = z.infer<typeof studySettingsSchema>;
export type StudySettings = StudySettingsInput;

/** The stored JSON list of sections, validated on read. */
export const storedSectionIdsSchema = z.array(z.string()).catch([]);
