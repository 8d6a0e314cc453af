import { z } from "zod";
import { DAY_STARTS_AT_HOUR, isValidTimeZone } from "@/lib/srs/day";

export const DEFAULT_STUDY_SETTINGS = {
  desiredRetention: 0.9,
  newCardsPerDay: 20,
  dailyReviewLimit: 200,
  maximumInterval: 36500,
  sectionIds: [] as string[],
  timeZone: "UTC",
  dayStartsAtHour: DAY_STARTS_AT_HOUR,
  leechThreshold: 8,
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
  dailyReviewLimit: z.coerce
    .number({ error: "Enter a whole number of reviews." })
    .int("Enter a whole number of reviews.")
    .min(0, "Maximum reviews per day can't be negative.")
    .max(9999, "At most 9999 reviews a day.")
    .default(DEFAULT_STUDY_SETTINGS.dailyReviewLimit),
  maximumInterval: formNumber(
    z.coerce
      .number({ error: "Enter a whole number of days." })
      .int("Enter a whole number of days.")
      .min(1, "The maximum interval is at least 1 day.")
      .max(36500, "The maximum interval is at most 36500 days (100 years)."),
  ),
  sectionIds: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .max(50)
    .default([]),
  timeZone: z
    .string({ error: "Pick your time zone from the list." })
    .max(64)
    .refine(isValidTimeZone, "Pick your time zone from the list.")
    .default(DEFAULT_STUDY_SETTINGS.timeZone),
  dayStartsAtHour: z.coerce
    .number({ error: "Pick the hour a new day starts." })
    .int("Pick the hour a new day starts.")
    .min(0, "Pick an hour from 0 to 23.")
    .max(23, "Pick an hour from 0 to 23.")
    .default(DEFAULT_STUDY_SETTINGS.dayStartsAtHour),
  leechThreshold: z.coerce
    .number({ error: "Enter a whole number of lapses." })
    .int("Enter a whole number of lapses.")
    .min(1, "A card becomes a leech after at least 1 lapse.")
    .max(99, "At most 99 lapses.")
    .default(DEFAULT_STUDY_SETTINGS.leechThreshold),
});

export type StudySettingsForm = z.infer<typeof studySettingsSchema>;
type FieldsWithDefaults = "sectionIds" | "dailyReviewLimit" | "timeZone" | "dayStartsAtHour" | "leechThreshold";
/** What the settings form saves; fields with defaults may be left out. */
export type StudySettingsInput = Omit<StudySettingsForm, FieldsWithDefaults> & Partial<Pick<StudySettingsForm, FieldsWithDefaults>>;

/** A student's settings as the app uses them: the form's fields and their trained FSRS parameters. */
export type StudySettings = StudySettingsForm & {
  /** Trained FSRS parameters; null or absent for ts-fsrs's defaults. */
  fsrsParameters?: number[] | null;
};

/** The stored JSON list of sections, validated on read. */
export const storedSectionIdsSchema = z.array(z.string()).catch([]);

/** Light or dark pages: "system" follows the browser's prefers-color-scheme. */
export const COLOR_SCHEMES = ["system", "light", "dark"] as const;
export const colorSchemeSchema = z.enum(COLOR_SCHEMES, { error: "Pick System, Light or Dark." });
export type ColorScheme = z.infer<typeof colorSchemeSchema>;
