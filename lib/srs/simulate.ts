import { forgetting_curve, type Card, type ReviewLog } from "ts-fsrs";
import type { StudyDay } from "./day";
import { studyDaysBetween } from "./day";
import { serializePrevious, toCardColumns, toLogColumns } from "./mapping";
import { createScheduler, newCard, Rating, rateCard, type Grade } from "./scheduler";
import { seededRandom } from "@/lib/random";

/**
 * A simulated student, for tests, demos and the benchmark: they study with the
 * app's scheduler (default parameters) while their memory follows FSRS with
 * *other*, known parameters. Training on the history should find parameters
 * closer to theirs. Pure and reproducible: same options, same history.
 */
export interface SimulationOptions {
  /** The parameters the student's memory really follows (21 numbers, FSRS-6). */
  trueParameters: readonly number[];
  /** The parameters the app schedules with while the history is made (null: defaults). */
  schedulerParameters?: readonly number[] | null;
  cards: number;
  newCardsPerDay: number;
  days: number;
  /** The first session; one session a day follows at the same time. */
  start: Date;
  studyDay: StudyDay;
  seed: number;
  desiredRetention?: number;
}

export interface SimulatedReview {
  at: Date;
  rating: Grade;
  /** The card before the rating (null: it was new). */
  before: Card | null;
  log: ReviewLog;
}

export interface SimulatedCard {
  index: number;
  card: Card;
  reviews: SimulatedReview[];
}

/** A student who forgets faster than FSRS's defaults assume: lower initial stabilities, slower growth. */
export const FORGETFUL_STUDENT_PARAMETERS = [
  0.1, 0.45, 1.1, 4.2, 6.8, 0.7, 2.4, 0.02, 1.35, 0.2, 0.9, 1.7, 0.08, 0.3, 1.5, 0.5, 2.2, 0.55, 0.1, 0.07, 0.3,
] as const;

const SESSION_MS = 90 * 60_000;
const STEP_MS = 15_000;

/**
 * Simulate `days` daily sessions. Each session shows due cards, then up to
 * `newCardsPerDay` new ones, and learning steps that fall within the session.
 * Whether a review is recalled is drawn from the true memory's retrievability
 * (elapsed study days, as FSRS counts them); same-day steps are recalled 90% of
 * the time. Recalled: Hard 10%, Good 80%, Easy 10%; forgotten: Again.
 *
 * @example simulateHistory({ trueParameters: FORGETFUL_STUDENT_PARAMETERS, cards: 150, newCardsPerDay: 10, days: 120, start, studyDay, seed: 7 })
 */
export function simulateHistory(options: SimulationOptions): SimulatedCard[] {
  const next = seededRandom(options.seed);
  const retention = options.desiredRetention ?? 0.9;
  const app = createScheduler({
    desiredRetention: retention,
    maximumInterval: 36500,
    fsrsParameters: options.schedulerParameters ?? null,
    ...options.studyDay,
    enableFuzz: false,
  });
  const memory = createScheduler({
    desiredRetention: retention,
    maximumInterval: 36500,
    fsrsParameters: options.trueParameters,
    ...options.studyDay,
    enableFuzz: false,
  });
  const decay = options.trueParameters[20]!;

  const cards: (SimulatedCard & { truth: Card; isNew: boolean })[] = [];
  let introduced = 0;
  for (let day = 0; day < options.days; day++) {
    const sessionStart = options.start.getTime() + day * 86_400_000;
    const sessionEnd = sessionStart + SESSION_MS;
    for (let n = 0; n < options.newCardsPerDay && introduced < options.cards; n++, introduced++) {
      const card = newCard(new Date(sessionStart));
      cards.push({ index: introduced, card, truth: card, isNew: true, reviews: [] });
    }
    let t = sessionStart;
    for (let guard = 0; guard < 10_000; guard++) {
      let pick: (typeof cards)[number] | undefined;
      for (const c of cards) if (c.card.due.getTime() <= t && (!pick || c.card.due < pick.card.due)) pick = c;
      if (!pick) {
        let soonest = Infinity;
        for (const c of cards) if (c.card.due.getTime() > t) soonest = Math.min(soonest, c.card.due.getTime());
        if (soonest > sessionEnd) break;
        t = soonest;
        continue;
      }
      const at = new Date(t);
      const rating = pick.isNew ? firstRating(next()) : recallRating(next(), recallChance(pick, at));
      const { card, log } = rateCard(app, pick.card, rating, at);
      pick.reviews.push({ at, rating, before: pick.isNew ? null : pick.card, log });
      pick.card = card;
      pick.truth = rateCard(memory, pick.truth, rating, at).card;
      pick.isNew = false;
      t += STEP_MS;
    }
  }
  return cards.filter((c) => c.reviews.length > 0).map(({ index, card, reviews }) => ({ index, card, reviews }));

  function recallChance(c: (typeof cards)[number], at: Date): number {
    const elapsed = studyDaysBetween(c.truth.last_review!, at, options.studyDay);
    return elapsed <= 0 ? 0.9 : forgetting_curve(decay, elapsed, c.truth.stability);
  }
}

/** A new card's first rating from a uniform draw `x` (exported for bench/exam: the same student behaviour). */
export function firstRating(x: number): Grade {
  if (x < 0.15) return Rating.Again;
  if (x < 0.25) return Rating.Hard;
  if (x < 0.9) return Rating.Good;
  return Rating.Easy;
}

/** A due card's rating from a uniform draw `x`, recalled with probability `chance`. */
export function recallRating(x: number, chance: number): Grade {
  if (x >= chance) return Rating.Again;
  const y = x / chance;
  if (y < 0.1) return Rating.Hard;
  if (y < 0.9) return Rating.Good;
  return Rating.Easy;
}

/**
 * The simulated history as database rows of one student (Card and ReviewLog,
 * with their own ids), on the given flashcards of the deck.
 */
export function toSimulatedRows(history: SimulatedCard[], userId: string, flashcardIds: readonly string[]) {
  const cards = history.map((c) => {
    const flashcardId = flashcardIds[c.index];
    if (!flashcardId) throw new Error(`The deck has no flashcard number ${c.index + 1} for the simulated history.`);
    return { id: `sim-${userId}-${c.index}`, userId, flashcardId, ...toCardColumns(c.card) };
  });
  const reviews = history.flatMap((c) =>
    c.reviews.map((r, i) => ({
      id: `sim-${userId}-${c.index}-${i}`,
      userId,
      cardId: `sim-${userId}-${c.index}`,
      requestId: `sim-${c.index}-${i}`,
      durationMs: 6000,
      previous: serializePrevious(r.before && toCardColumns(r.before)),
      ...toLogColumns(r.log),
    })),
  );
  return { cards, reviews };
}
