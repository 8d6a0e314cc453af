import { forgetting_curve, State, type Card } from "ts-fsrs";
import type { CalibrationReview } from "../../lib/exam/types";
import { studyDaysBetween, type StudyDay } from "../../lib/srs/day";
import { createScheduler, newCard, rateCard, Rating } from "../../lib/srs/scheduler";
import { firstRating, recallRating } from "../../lib/srs/simulate";
import { seededRandom } from "../../lib/random";
import type { SimulatedStudent } from "./students";

/**
 * One simulated student studying a deck for an exam, session by session, as
 * lib/srs/simulate.ts does it (same rating draws, same-day steps recalled 90 % of
 * the time): the app schedules with its parameters while the student's memory
 * follows their true ones. What is studied each day is the strategy's choice;
 * every rating costs the student's own seconds, and a session stops when the
 * day's budget is spent.
 */

export interface DeckCard {
  flashcardId: string;
  factId: string;
  sectionId: string;
}

export interface StudentCard extends DeckCard {
  /** The app's view (default FSRS parameters). */
  app: Card | null;
  /** The student's true memory. */
  truth: Card | null;
}

/** What the strategy sees at the start of a session, and answers with. */
export interface SessionContext {
  day: number;
  now: Date;
  cards: readonly StudentCard[];
  /** Due reviews so far, newest first, as the app logs them (for calibration). */
  calibration: readonly CalibrationReview[];
  secondsPerReview: number;
}

/** Card indices to show today, in order: review cards and new ones. Learning steps come back by themselves. */
export type Strategy = ((session: SessionContext) => number[]) & {
  /** Each card once a session: no same-day learning steps (they come back on a later day, as due cards). */
  skipsLearningSteps?: boolean;
};

export interface ExamSetup {
  start: Date;
  sessions: number;
  examAt: Date;
  studyDay: StudyDay;
  budgetMinutes: number;
}

/** A session can run this long on the wall clock (waiting for a learning step costs no budget). */
const SESSION_MS = 90 * 60_000;

export interface StudentResult {
  cards: StudentCard[];
  seconds: number;
  calibration: CalibrationReview[];
}

export function runStudent(student: SimulatedStudent, deck: readonly DeckCard[], setup: ExamSetup, strategy: Strategy): StudentResult {
  const next = seededRandom(student.seed);
  const app = createScheduler({ desiredRetention: 0.9, maximumInterval: 36500, ...setup.studyDay, enableFuzz: false });
  const memory = createScheduler({
    desiredRetention: 0.9,
    maximumInterval: 36500,
    fsrsParameters: student.trueParameters,
    ...setup.studyDay,
    enableFuzz: false,
  });
  const decay = student.trueParameters[20]!;
  const cards: StudentCard[] = deck.map((d) => ({ ...d, app: null, truth: null }));
  const calibration: CalibrationReview[] = [];
  let seconds = 0;
  const step = student.secondsPerReview * 1000;

  for (let day = 0; day < setup.sessions; day++) {
    const sessionStart = setup.start.getTime() + day * 86_400_000;
    const now = new Date(sessionStart);
    const list = strategy({ day, now, cards, calibration, secondsPerReview: student.secondsPerReview });
    const seenToday = new Set<number>();
    let budget = setup.budgetMinutes * 60_000;
    let t = sessionStart;
    let nextInList = 0;
    while (budget >= step) {
      // Learning steps that have come due first, then the strategy's list, then wait for the next step.
      let pick = -1;
      if (!strategy.skipsLearningSteps)
        for (const i of seenToday) {
          const c = cards[i]!.app!;
          if (c.state !== State.Review && c.due.getTime() <= t && (pick < 0 || c.due < cards[pick]!.app!.due)) pick = i;
        }
      if (pick < 0 && nextInList < list.length) pick = list[nextInList++]!;
      if (pick < 0) {
        if (strategy.skipsLearningSteps) break;
        let soonest = Infinity;
        for (const i of seenToday) {
          const c = cards[i]!.app!;
          if (c.state !== State.Review) soonest = Math.min(soonest, c.due.getTime());
        }
        if (soonest > sessionStart + SESSION_MS) break;
        t = Math.max(t, soonest);
        continue;
      }
      const card = cards[pick]!;
      const at = new Date(t);
      const before = card.app;
      let rating;
      if (!before || !card.truth) rating = firstRating(next());
      else {
        const elapsed = studyDaysBetween(card.truth.last_review!, at, setup.studyDay);
        rating = recallRating(next(), elapsed <= 0 ? 0.9 : forgetting_curve(decay, elapsed, card.truth.stability));
        const appElapsed = studyDaysBetween(before.last_review!, at, setup.studyDay);
        if (before.state === State.Review && appElapsed >= 1) {
          calibration.unshift({ elapsedDays: appElapsed, stability: before.stability, isRecalled: rating !== Rating.Again });
        }
      }
      card.app = rateCard(app, before ?? newCard(at), rating, at).card;
      card.truth = rateCard(memory, card.truth ?? newCard(at), rating, at).card;
      seenToday.add(pick);
      budget -= step;
      seconds += student.secondsPerReview;
      t += step;
    }
  }
  return { cards, seconds, calibration };
}

/** The student's true chance of recalling each fact at the exam (its best card; never studied: 0). */
export function trueFactRecall(student: SimulatedStudent, cards: readonly StudentCard[], setup: ExamSetup): Map<string, number> {
  const decay = student.trueParameters[20]!;
  const byFact = new Map<string, number>();
  for (const c of cards) {
    let p = 0;
    if (c.truth?.last_review) {
      const elapsed = studyDaysBetween(c.truth.last_review, setup.examAt, setup.studyDay);
      p = elapsed <= 0 ? 0.9 : forgetting_curve(decay, elapsed, c.truth.stability);
    }
    byFact.set(c.factId, Math.max(byFact.get(c.factId) ?? 0, p));
  }
  return byFact;
}
