import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type FSRS, type Grade, type RecordLogItem } from "ts-fsrs";

/** What the student controls about scheduling (from their study settings). */
export interface SchedulerOptions {
  desiredRetention: number;
  maximumInterval: number;
  /** On in the app (Anki does the same); off in tests so intervals are reproducible. */
  enableFuzz?: boolean;
}

export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];
export const GRADE_LABELS: Record<Grade, string> = {
  [Rating.Again]: "Again",
  [Rating.Hard]: "Hard",
  [Rating.Good]: "Good",
  [Rating.Easy]: "Easy",
};

/**
 * A ts-fsrs scheduler for one student's options. Pure: no clock, no I/O.
 *
 * @example const f = createScheduler({ desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false });
 */
export function createScheduler(options: SchedulerOptions): FSRS {
  return fsrs(
    generatorParameters({
      request_retention: options.desiredRetention,
      maximum_interval: options.maximumInterval,
      enable_fuzz: options.enableFuzz ?? true,
      enable_short_term: true,
    }),
  );
}

/** A never-studied card: what every flashcard of the deck is before its first rating. */
export function newCard(now: Date): Card {
  return createEmptyCard(now);
}

/** Apply one rating to a card at `now`. */
export function rateCard(scheduler: FSRS, card: Card, grade: Grade, now: Date): RecordLogItem {
  return scheduler.next(card, now, grade);
}

/** When each rating would make the card due next, for the rating buttons. */
export function previewDue(scheduler: FSRS, card: Card, now: Date): Record<Grade, Date> {
  const preview = scheduler.repeat(card, now);
  return {
    [Rating.Again]: preview[Rating.Again].card.due,
    [Rating.Hard]: preview[Rating.Hard].card.due,
    [Rating.Good]: preview[Rating.Good].card.due,
    [Rating.Easy]: preview[Rating.Easy].card.due,
  };
}

/**
 * A short, Anki-style interval: "<1m", "10m", "3h", "4d", "2.5mo", "1.2y".
 *
 * @example formatInterval(new Date(0), new Date(10 * 60_000)) === "10m"
 */
export function formatInterval(from: Date, to: Date): string {
  const minutes = (to.getTime() - from.getTime()) / 60_000;
  if (minutes < 1) return "<1m";
  if (minutes < 60) return `${Math.round(minutes)}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  const months = days / 30.4375;
  if (months < 12) return `${trimDecimal(months)}mo`;
  return `${trimDecimal(days / 365.25)}y`;
}

function trimDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

export function isGrade(value: number): value is Grade {
  return value === Rating.Again || value === Rating.Hard || value === Rating.Good || value === Rating.Easy;
}

export { Rating, State };
export type { Card, Grade };
