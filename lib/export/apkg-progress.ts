import { default_w } from "ts-fsrs";
import { startOfStudyDay, studyDayNumber, timeZoneOffsetMinutes, type StudyDay } from "@/lib/srs/day";
import { parsePrevious, type CardColumns } from "@/lib/srs/mapping";
import type { CollectionDay, PresetOptions } from "./apkg-collection";
import { ankiId } from "./ids";
import { secondsOf } from "./note-times";

// A student's FSRS states and reviews in Anki's columns (rslib/src/card/mod.rs, revlog/mod.rs,
// storage/card/data.rs), so an .apkg carries them. Card type/queue: 0 new, 1 learning, 2 review,
// 3 relearning (queue 3 also: learning due on a later day; -1 suspended). A review card's `due`
// counts days from the collection's day 0 (`crt`; the importer shifts it to the target's), an
// intraday learning card's is unix seconds. Pure: `now` is passed in.

/** One `Card` row of the student (the columns the export uses). */
export interface SchedulingCard extends Omit<CardColumns, "elapsedDays"> {
  flashcardId: string;
  isSuspended: boolean;
  resetAt: Date | null;
  updatedAt: Date;
}

/** One `ReviewLog` row (cram ratings are not reviews: they are never passed in). */
export interface SchedulingReview {
  flashcardId: string;
  rating: number;
  reviewedAt: Date;
  durationMs: number;
  /** The card's state before the rating. */
  state: number;
  /** The card row before the rating, as JSON (null: it was new). */
  previous: string;
}

export interface StudentScheduling {
  settings: PresetOptions & StudyDay;
  cards: SchedulingCard[];
  reviews: SchedulingReview[];
}

/** The scheduling columns of one row of `cards`. */
export interface AnkiCardColumns {
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  mod: number;
  data: string;
}

/** One row of `revlog` (usn -1 is added by the writer). */
export interface AnkiRevlogRow {
  id: number;
  cid: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

export interface AnkiProgress {
  day: CollectionDay;
  preset: PresetOptions;
  /** By flashcard id; a flashcard without a row is new. */
  cards: Map<string, AnkiCardColumns>;
  /** Sorted by id (the review time in ms, made unique). */
  revlog: AnkiRevlogRow[];
}

// ts-fsrs's default learning steps (1m 10m) and relearning steps (10m), which the app uses:
// Anki's `left` is the number of steps still to go.
const LEARNING_STEPS = 2;
const RELEARNING_STEPS = 1;
/** Anki's initial ease, kept on graduated cards (FSRS ignores it). */
const INITIAL_EASE = 2500;
/** Anki caps a review's time at the preset's maxTaken (60 s). */
const MAX_TAKEN_MS = 60_000;
const REVLOG_TYPE = [0, 0, 1, 2] as const; // by state before: new and learning → learn, review, relearning
const MANUAL = 4;

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** A state's memory difficulty in Anki's revlog form: (D − 1) / 9 + 0.1, in thousandths. */
const revlogFactor = (difficulty: number) => Math.round(((difficulty - 1) / 9 + 0.1) * 1000);

interface CardState {
  state: number;
  due: Date;
  scheduledDays: number;
  lastReview: Date | null;
}

/** The student's day and the collection's day 0, for the day counts of `due` and intervals. */
interface Days {
  studyDay: StudyDay;
  /** A date's day from the collection's day 0. */
  dayOf: (date: Date) => number;
  today: number;
}

/**
 * The student's cards and reviews as Anki's `cards` columns and `revlog` rows.
 *
 * @param now the export's time: a learning card due after today is on the day-learning queue
 * @example const progress = ankiProgress(await getAnkiScheduling(db, userId), new Date());
 */
export function ankiProgress(scheduling: StudentScheduling, now: Date): AnkiProgress {
  const { settings } = scheduling;
  const studyDay: StudyDay = { timeZone: settings.timeZone, dayStartsAtHour: settings.dayStartsAtHour };
  // Day 0 is the study day of the first review, so every review card's due is a small positive count.
  const first = scheduling.reviews.reduce((min, r) => Math.min(min, r.reviewedAt.getTime()), now.getTime());
  const crtDate = startOfStudyDay(new Date(first), studyDay);
  const crtDay = studyDayNumber(crtDate, studyDay);
  const dayOf = (date: Date) => studyDayNumber(date, studyDay) - crtDay;
  const days: Days = { studyDay, dayOf, today: dayOf(now) };

  const cards = new Map<string, AnkiCardColumns>();
  for (const card of scheduling.cards) {
    if (card.state !== 0) cards.set(card.flashcardId, cardColumns(card, settings, days));
  }
  const byCard = new Map<string, SchedulingReview[]>();
  for (const review of scheduling.reviews) {
    const list = byCard.get(review.flashcardId);
    if (list) list.push(review);
    else byCard.set(review.flashcardId, [review]);
  }
  const entries = scheduling.cards.flatMap((card) => revlogEntries(card, byCard.get(card.flashcardId) ?? [], days));
  return { day: collectionDay(crtDate, studyDay), preset: settings, cards, revlog: uniqueIds(entries) };
}

/** A studied card's row in `cards` (a new one needs none: every exported card is new by default). */
function cardColumns(card: SchedulingCard, settings: StudentScheduling["settings"], days: Days): AnkiCardColumns {
  const isLearning = card.state === 1 || card.state === 3;
  const isLaterDay = days.dayOf(card.due) > days.today;
  const decay = (settings.fsrsParameters ?? default_w)[20]!;
  // Rounded as Anki rounds them when it writes the column (CardData::convert_to_json).
  const data = {
    s: round(card.stability, 4),
    d: round(card.difficulty, 3),
    dr: round(settings.desiredRetention, 2),
    decay: round(decay, 3),
    ...(card.lastReview ? { lrt: secondsOf(card.lastReview) } : {}),
  };
  const steps = card.state === 1 ? LEARNING_STEPS : RELEARNING_STEPS;
  return {
    type: card.state,
    queue: card.isSuspended ? -1 : isLearning ? (isLaterDay ? 3 : 1) : 2,
    due: isLearning && !isLaterDay ? secondsOf(card.due) : days.dayOf(card.due),
    ivl: card.state === 1 ? 0 : Math.max(1, card.scheduledDays),
    factor: card.state === 1 ? 0 : INITIAL_EASE,
    reps: card.reps,
    lapses: card.lapses,
    left: isLearning ? Math.max(1, steps - card.learningSteps) : 0,
    mod: secondsOf(card.updatedAt),
    data: JSON.stringify(data),
  };
}

/** An interval as the revlog has it: days for a review state or a step ending on a later day, else negative seconds. */
function interval(state: CardState | null, from: Date | null, days: Days): number {
  if (!state || state.state === 0 || !from) return 0;
  if (state.state === 2) return Math.max(1, state.scheduledDays);
  const dayCount = studyDayNumber(state.due, days.studyDay) - studyDayNumber(from, days.studyDay);
  return dayCount > 0 ? dayCount : -Math.max(0, Math.round((state.due.getTime() - from.getTime()) / 1000));
}

type RevlogEntry = Omit<AnkiRevlogRow, "id"> & { at: number };

/** One card's ratings as revlog entries, with a Forget entry where the student reset it. */
function revlogEntries(card: SchedulingCard, unsorted: SchedulingReview[], days: Days): RevlogEntry[] {
  const cid = ankiId("card", card.flashcardId);
  const reviews = unsorted.toSorted((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const befores = reviews.map((r) => parsePrevious(r.previous));
  return reviews.flatMap((review, i) => {
    const before = befores[i] ?? null;
    const at = review.reviewedAt.getTime();
    // The state a rating left: the next rating's "before", or the card now. A rating never
    // leaves a card new, so a new "before" next means a reset came between: that state is gone.
    const nextAt = i + 1 < reviews.length ? reviews[i + 1]!.reviewedAt.getTime() : null;
    const next = nextAt === null ? card : (befores[i + 1] ?? null);
    const after = next && next.state !== 0 ? next : null;
    const entry: RevlogEntry = {
      at,
      cid,
      ease: review.rating,
      ivl: interval(after, review.reviewedAt, days),
      lastIvl: interval(before, before?.lastReview ?? null, days),
      factor: after ? revlogFactor(after.difficulty) : 0,
      time: Math.min(Math.max(0, review.durationMs), MAX_TAKEN_MS),
      type: REVLOG_TYPE[review.state as 0 | 1 | 2 | 3] ?? 1,
    };
    if (!next || next.state !== 0) return [entry];
    // Anki's "Forget" entry (manual, ease 0, factor 0), after which FSRS starts again: at the
    // card's reset if that falls between, else just after the rating (an earlier reset's time is not kept).
    const resetAt = card.resetAt && card.resetAt.getTime() > at ? card.resetAt.getTime() : at + 1;
    const forgetAt = Math.max(at + 1, nextAt === null ? resetAt : Math.min(resetAt, nextAt - 1));
    return [entry, { at: forgetAt, cid, ease: 0, ivl: 0, lastIvl: 0, factor: 0, time: 0, type: MANUAL }];
  });
}

function collectionDay(crtDate: Date, studyDay: StudyDay): CollectionDay {
  return { crt: secondsOf(crtDate), rollover: studyDay.dayStartsAtHour, minutesWest: -timeZoneOffsetMinutes(studyDay.timeZone, crtDate) };
}

/** Revlog ids are the review times in ms; two at the same ms (two cards) get the next free ms. */
function uniqueIds(entries: RevlogEntry[]): AnkiRevlogRow[] {
  const taken = new Set<number>();
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at - b.entry.at || a.index - b.index)
    .map(({ entry: { at, ...row } }) => {
      let id = at;
      while (taken.has(id)) id += 1;
      taken.add(id);
      return { id, ...row };
    });
}
