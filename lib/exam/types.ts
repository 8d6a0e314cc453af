/**
 * The exam planner's API (issue #16). Everything in lib/exam is pure: it takes
 * `now`, the student's cards and settings, and returns a plan; no I/O, no clock.
 * The Exam page, the /study queue, the tests and `npm run bench:exam` all call
 * the same `planExam` (lib/exam/plan.ts).
 *
 * Shares (scores, targets, retention) are numbers in 0–1; the UI rounds them.
 *
 * Entry points (each in its own file of lib/exam):
 * - `planExam(input: ExamPlanInput): ExamPlan` — plan.ts: predictions, the day-by-day plan, today's list.
 * - `calibrationReviewFromLog(row)` — calibration.ts: a ReviewLog row → CalibrationReview (or null when it wasn't a due review).
 * - `postExamDue(card: CardColumns, flashcardId: string, input: PostExamInput): Date` — post-exam.ts: the
 *   card's due date back under the normal retention, spread so there is no wall of overdue cards.
 */
import type { CardColumns } from "@/lib/srs/mapping";
import type { StudyDay } from "@/lib/srs/day";

/** Seconds one rating takes a student we know nothing about yet (Anki users average 8–12 s). */
export const DEFAULT_SECONDS_PER_REVIEW = 10;
/** The budget when the student names none: enough to learn a 237-card deck in under a week. */
export const DEFAULT_DAILY_BUDGET_MINUTES = 30;
/** The share the plan aims at when the student names no target. */
export const DEFAULT_TARGET_SHARE = 0.9;
/** Mock exams are offered this many study days before the exam, where they fit. */
export const MOCK_EXAM_DAYS_BEFORE = [7, 3, 1] as const;
/** The largest daily budget the planner tries when it works out "minutes a day needed". */
export const MAX_BUDGET_MINUTES = 240;

/** What the student set (one active exam). */
export interface ExamSpec {
  /** The exam's moment (the student picked a date and time in their study time zone). */
  at: Date;
  /** Content section ids the exam covers; cards of other sections are ignored (they keep their normal schedule). */
  sectionIds: readonly string[];
  /** The score the student aims for, 0–1; null/absent: no on-track claim. The final sweep aims at the higher of it and 0.95. */
  targetShare?: number | null;
  /** Minutes a day the student will study; null/absent: DEFAULT_DAILY_BUDGET_MINUTES. */
  dailyBudgetMinutes?: number | null;
}

/** One flashcard of the exam's sections, as the student's progress stands. */
export interface ExamCard {
  /** The content's flashcard id (what /study serves). */
  flashcardId: string;
  /** The fact the card asks about: a fact counts as recalled when its best card is. */
  factId: string;
  sectionId: string;
  /** The card's FSRS columns from the `Card` row; null = never studied (counts as not recalled). */
  memory: CardColumns | null;
  /**
   * The card's stability right after its first rating of the current study day, when
   * it was rated more than once today: the `stability` of that day's second ReviewLog
   * (ts-fsrs logs the state *before* each rating). Absent/null: rated at most once
   * today. Further same-day repetitions then count for nothing, so practice on the
   * same day can't inflate the prediction.
   */
  stabilityAfterFirstReviewToday?: number | null;
  /** The card's first rating ever was today (its Card row was created this study day): counts towards today's new-card pace. */
  isNewToday?: boolean;
  /** Suspended cards are not planned (they still count, as the exam asks about them). */
  isSuspended?: boolean;
}

/**
 * One earlier review of a card that was due (FSRS state Review, at least one
 * study day after its previous review): what the model expected and what happened.
 * Build them from ReviewLog rows with `calibrationReviewFromLog` (lib/exam/calibration.ts).
 */
export interface CalibrationReview {
  /** Study days since the card's previous review. */
  elapsedDays: number;
  /** The card's stability before this review (the app's model). */
  stability: number;
  /** Rated Hard, Good or Easy (not Again). */
  isRecalled: boolean;
}

/** Everything `planExam` needs. */
export interface ExamPlanInput {
  now: Date;
  exam: ExamSpec;
  /** The exam sections' cards (every flashcard, studied or not). Cards of other sections are ignored. */
  cards: readonly ExamCard[];
  /** The student's trained FSRS parameters where they kept some (StudySettings.fsrsParameters); null = ts-fsrs defaults. */
  fsrsParameters?: readonly number[] | null;
  /** The student's normal desired retention (StudySettings): where cards return after the exam. */
  desiredRetention: number;
  maximumInterval?: number;
  /** The student's study-day boundaries (StudySettings.timeZone / dayStartsAtHour). */
  studyDay: StudyDay;
  /** The student's own average seconds per rating (from ReviewLog.durationMs); null: DEFAULT_SECONDS_PER_REVIEW. */
  secondsPerReview?: number | null;
  /** Seconds already studied today (any deck part), taken off today's budget. Default 0. */
  secondsStudiedToday?: number;
  /** The student's recent due reviews (up to a few thousand, newest first is fine) to calibrate the model on. */
  calibration?: readonly CalibrationReview[];
}

/** A predicted share with its honest band: the truth lands in [low, high] more often than not. */
export interface ScoreEstimate {
  score: number;
  low: number;
  high: number;
}

/** The two predictions the issue asks for. */
export interface ScorePair {
  /** If the student stopped studying now. */
  ifStopNow: ScoreEstimate;
  /** If they follow the plan (every planned day within the budget). */
  withPlan: ScoreEstimate;
}

export interface SectionForecast extends ScorePair {
  sectionId: string;
  facts: number;
  cards: number;
  /** Cards of the section never studied yet. */
  newCards: number;
}

/** How the student stands against their target (null in ExamPlan when they set none). */
export interface TargetStatus {
  target: number;
  /** The plan's predicted score reaches the target. */
  isOnTrack: boolean;
  /** Minutes a day that would reach it (null: on track, or no budget up to MAX_BUDGET_MINUTES reaches it). */
  minutesPerDayNeeded: number | null;
  /** True when even the largest budget tried cannot reach the target in the days left. */
  isOutOfReach: boolean;
}

/** One study day of the plan, from today to the last study day before the exam. */
export interface PlanDay {
  /** The study day's number (lib/srs/day.ts studyDayNumber); day 0 of the plan is today. */
  studyDayNumber: number;
  /** When that study day begins. */
  startsAt: Date;
  /** Reviews of cards already introduced, and new cards introduced, planned that day. */
  reviews: number;
  newCards: number;
  minutes: number;
  /** The retention below which a card is reviewed that day: rises as the exam approaches. */
  targetRetention: number;
  /** Predicted exam-day score (share of facts) after that day's study, if the plan is followed. */
  predictedScore: number;
  /** The last day(s): every card predicted below the target at the exam is seen once more. */
  isFinalSweep: boolean;
  /** A mock exam is scheduled that day. */
  hasMockExam: boolean;
}

/** What /study serves today while the exam is active (cards of the exam's sections only). */
export interface TodayStudyList {
  /** Never-studied cards to introduce today, in deck order (the input's order). */
  newFlashcardIds: string[];
  /**
   * Studied cards to review today, best first: by gain in predicted exam-day recall
   * per second of study. Cards whose memory is still fresh enough are left out.
   */
  reviewFlashcardIds: string[];
  /** The retention today's reviews aim at (see PlanDay.targetRetention). */
  targetRetention: number;
  /** Today is a final-sweep day: reviewFlashcardIds holds every card predicted below the target at the exam. */
  isFinalSweep: boolean;
  /**
   * Always true: show each card of the list once today. A new card's same-day
   * learning steps and a forgotten card's relearning step are skipped (the card
   * comes back on a later day as a due card): FSRS-6 gives same-day repetitions
   * little lasting value, so the plan spends that time on other cards, and its
   * minutes and predictions assume it.
   */
  isOncePerDay: boolean;
  /** Budget left today, in minutes (after secondsStudiedToday). */
  minutesLeft: number;
}

/** A timed quiz on the exam's sections, planned at a spaced point before the exam. */
export interface MockExam {
  daysBefore: number;
  studyDayNumber: number;
  /** The start of that study day: the mock exam is offered from then until the day ends. */
  startsAt: Date;
  isToday: boolean;
}

/** How the model was corrected from the student's own due reviews. */
export interface CalibrationSummary {
  /** Due reviews used. */
  reviews: number;
  /** Observed share recalled on them, and what the uncorrected model expected (null with no reviews). */
  observedRecall: number | null;
  expectedRecall: number | null;
  /**
   * Factor applied to every stability before predicting (1 = the model as it is;
   * < 1: the student forgets faster than the model thinks). Shrunk towards 1 when
   * there are few reviews.
   */
  stabilityFactor: number;
  /** The factor's plausible range; the score bands are computed at both ends. */
  stabilityFactorLow: number;
  stabilityFactorHigh: number;
}

/** The planner's answer. */
export type ExamPlan =
  | ({
      status: "active";
      examAt: Date;
      /** Study days from today to the exam's study day (0: the exam is today). */
      daysLeft: number;
      facts: number;
      cards: number;
      newCards: number;
      secondsPerReview: number;
      dailyBudgetMinutes: number;
      target: TargetStatus | null;
      /** Weakest first (by the plan-following prediction, then stop-now). */
      sections: SectionForecast[];
      days: PlanDay[];
      today: TodayStudyList;
      mockExams: MockExam[];
      calibration: CalibrationSummary;
    } & ScorePair)
  | {
      /** The exam moment has passed: the plan is over, cards go back to their normal schedule (see post-exam.ts). */
      status: "ended";
      examAt: Date;
    };

/** For returning a card to the normal schedule after the exam (lib/exam/post-exam.ts). */
export interface PostExamInput {
  examAt: Date;
  /** The student's normal desired retention. */
  desiredRetention: number;
  fsrsParameters?: readonly number[] | null;
  maximumInterval?: number;
  studyDay: StudyDay;
  /**
   * Cards that would fall due within this many study days after the exam are
   * spread evenly over them (by a hash of the flashcard id), instead of all at once.
   */
  spreadDays?: number;
}
