import { z } from "zod";
import type { Card as FsrsCard, ReviewLog as FsrsLog, State } from "ts-fsrs";

/** The FSRS columns of a `Card` row (Prisma). */
export interface CardColumns {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/** Prisma row → ts-fsrs card. The only place snake_case meets camelCase. */
export function toFsrsCard(row: CardColumns): FsrsCard {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as State,
    last_review: row.lastReview ?? undefined,
  };
}

/** ts-fsrs card → the FSRS columns of a `Card` row. */
export function toCardColumns(card: FsrsCard): CardColumns {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** ts-fsrs review log → the FSRS columns of a `ReviewLog` row. */
export function toLogColumns(log: FsrsLog) {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: log.review,
  };
}

/**
 * `ReviewLog.previous`: the card row before the rating (null: the card was new
 * and had no row). Stored as JSON and validated on read, so undo is exact.
 */
export const previousCardSchema = z
  .object({
    due: z.coerce.date(),
    stability: z.number(),
    difficulty: z.number(),
    elapsedDays: z.number().int(),
    scheduledDays: z.number().int(),
    learningSteps: z.number().int(),
    reps: z.number().int(),
    lapses: z.number().int(),
    state: z.number().int().min(0).max(3),
    lastReview: z.coerce.date().nullable(),
    // Absent in reviews stored before leeches existed: undo then leaves them as they are.
    isSuspended: z.boolean().optional(),
    isLeech: z.boolean().optional(),
  })
  .nullable();

/** The card flags a rating can change (a leech is suspended), kept in `previous` so undo restores them. */
export interface CardFlags {
  isSuspended?: boolean;
  isLeech?: boolean;
}

/** ReviewLog.previous: the card before a rating (null: it was new), written and read only here. */
export function serializePrevious(row: (CardColumns & CardFlags) | null): string {
  return JSON.stringify(row && toCardColumnsOnly(row));
}

/** Read ReviewLog.previous (validated: a bad value is a bug and throws). */
export function parsePrevious(text: string): z.output<typeof previousCardSchema> {
  return previousCardSchema.parse(JSON.parse(text));
}

function toCardColumnsOnly(row: CardColumns & CardFlags): CardColumns & CardFlags {
  const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, isSuspended, isLeech } =
    row;
  return { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, isSuspended, isLeech };
}
