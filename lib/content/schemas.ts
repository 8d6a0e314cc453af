import { z } from "zod";

/**
 * zod schemas for every kind of file under `content/`.
 *
 * File kinds:
 * - `content/deck.json`                       → {@link deckFileSchema}
 * - `content/sections/<section>/facts.json`      → {@link factsFileSchema}
 * - `content/sections/<section>/flashcards.json` → {@link flashcardsFileSchema}
 * - `content/sections/<section>/questions.json`  → {@link questionsFileSchema}
 *
 * Shape is checked here; cross-file rules (ids unique, quotes verbatim in the
 * source, answers present in the quote, references resolve) live in `checks.ts`.
 */

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens (kebab-case).")
  .max(80, "Keep ids under 80 characters.");

const text = (what: string) => z.string().trim().min(1, `${what} must not be empty.`);

export const sectionSchema = z.object({
  id: idSchema,
  title: text("title"),
  /** The start of the section's first line in the source: the heading itself, or the first paragraph. */
  start: text("start"),
  /** True when `start` is a heading line (excluded from the section's paragraphs). */
  heading: z.boolean(),
});

export const deckFileSchema = z.object({
  id: idSchema,
  title: text("title"),
  description: text("description"),
  /** Path of the source text, relative to `content/`. */
  source: text("source"),
  sections: z.array(sectionSchema).min(1, "A deck needs at least one section."),
  /**
   * The start of each pull-quote paragraph: a box restating body text. Its sentences need no fact
   * of their own (coverage shows them as "–"), and an active fact may not quote only from one.
   */
  pullQuotes: z.array(text("pull-quote start")).default([]),
});

export const factSchema = z.object({
  id: idSchema,
  /** One sentence a student could be asked to recall. */
  statement: text("statement").max(400, "A statement is one sentence; keep it under 400 characters."),
  /** The exact words of the article that support the statement. */
  quote: text("quote").min(12, "A quote must be long enough to locate in the article (12+ characters)."),
});

export const factsFileSchema = z.object({
  section: idSchema,
  facts: z.array(factSchema).min(1, "A facts file needs at least one fact."),
});

const flashcardBase = {
  id: idSchema,
  factId: idSchema,
};

export const basicCardSchema = z.object({
  ...flashcardBase,
  kind: z.literal("basic"),
  front: text("front"),
  back: text("back"),
});

/** A deletion in the quoted sentence, marked `{{like this}}`; exactly one deletion per card. */
export const clozeCardSchema = z.object({
  ...flashcardBase,
  kind: z.literal("cloze"),
  text: text("text").refine(
    (value) => (value.match(/\{\{[^{}]+\}\}/g) ?? []).length === 1,
    "A cloze text needs exactly one deletion marked {{like this}}.",
  ),
  hint: z.string().trim().min(1).optional(),
});

export const typeInCardSchema = z.object({
  ...flashcardBase,
  kind: z.literal("typein"),
  prompt: text("prompt"),
  /** The short exact answer; it must appear in the fact's quote. */
  answer: text("answer").max(60, "A type-in answer is short: under 60 characters."),
  /** Other spellings accepted as correct, e.g. "twenty-third" for "23rd". */
  accepted: z.array(text("accepted answer")).default([]),
});

export const flashcardSchema = z.discriminatedUnion("kind", [basicCardSchema, clozeCardSchema, typeInCardSchema]);

export const flashcardsFileSchema = z.object({
  section: idSchema,
  flashcards: z.array(flashcardSchema).min(1, "A flashcards file needs at least one card."),
});

const questionBase = {
  id: idSchema,
  factId: idSchema,
  /** Further facts the question draws on (a matching question usually spans several). */
  relatedFactIds: z.array(idSchema).default([]),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: "difficulty must be 1, 2 or 3.",
  }),
  explanation: text("explanation").min(20, "An explanation says why: write at least a sentence."),
};

export const mcqQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal("mcq"),
  prompt: text("prompt"),
  options: z.array(text("option")).length(4, "A multiple-choice question has exactly 4 options."),
  /** The correct option, spelled exactly as in `options`. */
  answer: text("answer"),
  /** The wrong option a student is most likely to pick, and why it is wrong. */
  tempting: z.object({ option: text("tempting.option"), why: text("tempting.why") }),
});

export const trueFalseQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal("truefalse"),
  statement: text("statement"),
  answer: z.boolean(),
});

export const writtenQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal("written"),
  prompt: text("prompt"),
  answer: text("answer").max(80, "A written answer is short: under 80 characters."),
  accepted: z.array(text("accepted answer")).default([]),
});

export const numericQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal("numeric"),
    prompt: text("prompt"),
    /** The number as the article gives it (in `unit`s). Omit when the article gives a range. */
    value: z.number().finite().optional(),
    /** The article's range, e.g. $15–20 billion → { min: 15, max: 20 }. */
    range: z.object({ min: z.number().finite(), max: z.number().finite() }).optional(),
    /** Absolute tolerance around `value`; 0 means exact. */
    tolerance: z.number().nonnegative().default(0),
    /** The unit the answer is written in: "percent", "billion US dollars", "GW", "squadrons"… */
    unit: text("unit"),
    /**
     * For an answer computed from the article's figures (a gap, a ratio, a growth rate): the
     * arithmetic, e.g. "(100 - 68.7) / 68.7 * 100". Its numbers must come from the quotes and it
     * must give `value` (within `tolerance`) or fall in `range`.
     */
    formula: z.string().trim().min(1).optional(),
  })
  .refine((q) => (q.value === undefined) !== (q.range === undefined), {
    message: "A numeric question has either a value or a range, not both and not neither.",
    path: ["value"],
  })
  .refine((q) => !q.range || q.range.min < q.range.max, {
    message: "range.min must be below range.max.",
    path: ["range"],
  });

export const matchingQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal("matching"),
  prompt: text("prompt"),
  pairs: z
    .array(z.object({ left: text("left"), right: text("right") }))
    .min(3, "A matching question has at least 3 pairs.")
    .max(6, "A matching question has at most 6 pairs."),
});

export const questionSchema = z.discriminatedUnion("kind", [
  mcqQuestionSchema,
  trueFalseQuestionSchema,
  writtenQuestionSchema,
  numericQuestionSchema,
  matchingQuestionSchema,
]);

export const questionsFileSchema = z.object({
  section: idSchema,
  questions: z.array(questionSchema).min(1, "A questions file needs at least one question."),
});

/**
 * One retired entry of `content/ids.lock.json`. A retired fact retires its flashcards and
 * questions with it; a card or question can also be retired on its own. Retired items stay in the
 * content files (students' past reviews and answers point at them) but are never studied or drawn.
 */
export const retiredEntrySchema = z.object({
  id: idSchema,
  /** The active fact that says the same thing (a pull-quote restating body text, say). */
  duplicateOf: idSchema.optional(),
  why: text("why"),
});

/** `content/ids.lock.json`: every id ever published (never to disappear) and the retired ones. */
export const lockFileSchema = z.object({
  ids: z.array(idSchema),
  retired: z.array(retiredEntrySchema).default([]),
});

export type RetiredEntry = z.infer<typeof retiredEntrySchema>;
export type LockFile = z.infer<typeof lockFileSchema>;
export type DeckFile = z.infer<typeof deckFileSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Flashcard = z.infer<typeof flashcardSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question["kind"];
export type FlashcardKind = Flashcard["kind"];

export const QUESTION_KINDS = ["mcq", "truefalse", "written", "numeric", "matching"] as const satisfies readonly QuestionKind[];
export const FLASHCARD_KINDS = ["basic", "cloze", "typein"] as const satisfies readonly FlashcardKind[];
