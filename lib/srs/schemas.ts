import { z } from "zod";

/**
 * A cram session, as the study screen sends it with every action: whether its ratings count
 * toward the schedule, and when it started (its ratings are those since then).
 */
export const cramSessionSchema = z.object({
  reschedule: z.boolean(),
  since: z.iso.datetime().transform((s) => new Date(s)),
});

export const recordReviewSchema = z.object({
  flashcardId: z.string().min(1).max(120),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "Rate the card Again, Hard, Good or Easy." }),
  requestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "Invalid request id."),
  durationMs: z.number().int().min(0).max(86_400_000).default(0),
  /** A type-in card: what the student typed, and whether they said "I was right" about a verdict of wrong. */
  typed: z.object({ answer: z.string().max(500, "Keep answers under 500 characters."), claimed: z.boolean().default(false) }).optional(),
  /** The study page's one-section filter ("study this section now"), so the next card stays in it. */
  sectionId: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .nullish(),
  /** A cram session of that section (with sectionId only). */
  cram: cramSessionSchema.nullish(),
});

/** /study?section=…: a section id, or nothing (an unknown id shows every section). */
export const studySectionParamSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,80}$/)
  .optional();

/**
 * /study's cram parameters: `cram=practice` (ratings don't count) or `cram=reschedule` (they do),
 * `since` the session's start in epoch milliseconds (the page adds it when a session starts), and
 * `more=1` for the section's new cards beyond today's limit.
 */
export const studyModeParamsSchema = z.object({
  cram: z.enum(["practice", "reschedule"]).optional().catch(undefined),
  since: z.coerce.number().int().positive().optional().catch(undefined),
  more: z.literal("1").optional().catch(undefined),
});

/** Which rating to undo: the study view's undoKey (the request key of the latest rating). */
export const undoReviewSchema = z
  .object({
    requestId: recordReviewSchema.shape.requestId,
    sectionId: recordReviewSchema.shape.sectionId,
    cram: cramSessionSchema.nullish(),
  })
  .optional();

/** One rating; `requestId` is made by the client once per rating, so retries and double clicks carry the same key. */
export type RecordReviewInput = z.infer<typeof recordReviewSchema>;

/** One card of the deck, named by its content id (bury, suspend, unsuspend, reset). */
export const flashcardRefSchema = z.object({
  // Ids only: a NUL byte or other odd text must not reach a query (PostgreSQL refuses NUL with an error).
  flashcardId: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[A-Za-z0-9_-]+$/, "Not a card id."),
  sectionId: recordReviewSchema.shape.sectionId,
  cram: cramSessionSchema.nullish(),
});

/**
 * FSRS-6 parameters as the trainer returns them and ts-fsrs takes them: 21
 * finite numbers, the last one (the forgetting curve's decay) within FSRS-6's
 * bounds. Checked whenever they are read back from the database.
 */
export const fsrsParametersSchema = z
  .array(z.number().refine(Number.isFinite, "Each FSRS parameter is a finite number."))
  .length(21, "FSRS-6 has 21 parameters.")
  .refine((w) => w[20]! >= 0.1 && w[20]! <= 0.8, "The decay parameter is out of range.");

/** Parse stored parameters (JSON text); null when absent. Throws when they are damaged. */
export function parseStoredParameters(raw: string | null): number[] | null {
  if (raw === null) return null;
  return fsrsParametersSchema.parse(JSON.parse(raw));
}
