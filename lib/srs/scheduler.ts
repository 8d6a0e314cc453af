import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type FSRS, type Grade, type RecordLogItem } from "ts-fsrs";
import { DEFAULT_STUDY_DAY, studyClockShiftMs, toStudyClock, type StudyDay } from "./day";

/** What the student controls about scheduling (from their study settings). */
export interface SchedulerOptions {
  desiredRetention: number;
  maximumInterval: number;
  /** The student's trained FSRS parameters (21 numbers), or null/absent for ts-fsrs's defaults. */
  fsrsParameters?: readonly number[] | null;
  /** Where the student's study day begins: FSRS's elapsed days are counted in study days. */
  timeZone?: string;
  dayStartsAtHour?: number;
  /** On in the app (Anki does the same); off in tests so intervals are reproducible. */
  enableFuzz?: boolean;
}

/** A ts-fsrs scheduler together with the study day it counts elapsed days by. */
export interface Scheduler {
  fsrs: FSRS;
  studyDay: StudyDay;
}

export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];

/**
 * A ts-fsrs scheduler for one student's options. Pure: no clock, no I/O.
 *
 * @example const f = createScheduler({ desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false });
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  return {
    fsrs: fsrs(
      generatorParameters({
        request_retention: options.desiredRetention,
        maximum_interval: options.maximumInterval,
        enable_fuzz: options.enableFuzz ?? true,
        enable_short_term: true,
        ...(options.fsrsParameters ? { w: [...options.fsrsParameters] } : {}),
      }),
    ),
    studyDay: {
      timeZone: options.timeZone ?? DEFAULT_STUDY_DAY.timeZone,
      dayStartsAtHour: options.dayStartsAtHour ?? DEFAULT_STUDY_DAY.dayStartsAtHour,
    },
  };
}

/**
 * ts-fsrs counts elapsed days between UTC calendar dates. It is handed the card
 * and `now` moved onto the study clock (each instant by its own zone offset, so
 * the UTC date of each is its study date) and its answer is moved back.
 */
function onStudyClock(scheduler: Scheduler, card: Card, now: Date) {
  const shift = studyClockShiftMs(now, scheduler.studyDay);
  const shifted: Card = {
    ...card,
    due: new Date(card.due.getTime() + shift),
    last_review: card.last_review && toStudyClock(card.last_review, scheduler.studyDay),
  };
  const back = (result: RecordLogItem): RecordLogItem => ({
    card: { ...result.card, due: new Date(result.card.due.getTime() - shift), last_review: now },
    log: { ...result.log, review: now, due: card.last_review ?? card.due },
  });
  return { shifted, at: new Date(now.getTime() + shift), back };
}

/** A never-studied card: what every flashcard of the deck is before its first rating. */
export function newCard(now: Date): Card {
  return createEmptyCard(now);
}

/** Apply one rating to a card at `now`. */
export function rateCard(scheduler: Scheduler, card: Card, grade: Grade, now: Date): RecordLogItem {
  const { shifted, at, back } = onStudyClock(scheduler, card, now);
  return back(scheduler.fsrs.next(shifted, at, grade));
}

/** When each rating would make the card due next, for the rating buttons. */
export function previewDue(scheduler: Scheduler, card: Card, now: Date): Record<Grade, Date> {
  const { shifted, at, back } = onStudyClock(scheduler, card, now);
  const preview = scheduler.fsrs.repeat(shifted, at);
  return Object.fromEntries(GRADES.map((grade) => [grade, back(preview[grade]).card.due])) as Record<Grade, Date>;
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
