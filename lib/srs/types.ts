// View types of the study and settings pages: what the server hands to client components.
// No server code here, so a client component never names a server-only module (even for a type).
import type { BankFlashcard } from "@/lib/content/bank";
import type { Grade } from "./scheduler";

export type CardPhase = "new" | "learning" | "review" | "relearning";

/** One flashcard as the study screen shows it, with the next interval of each rating. */
export interface StudyCardView {
  flashcardId: string;
  kind: BankFlashcard["kind"];
  phase: CardPhase;
  sectionTitle: string;
  /** basic: the question; cloze: the sentence with a blank; typein: the prompt. */
  front: string;
  /** basic: the answer; typein: the answer; cloze: the deleted words. */
  answer: string;
  /** cloze: the sentence around the deletion, to show it in place. */
  cloze?: { before: string; after: string };
  /** cloze: the author's hint on the form of the missing words ("two words", "a year"), shown with the blank. */
  hint?: string;
  /** typein: every accepted spelling (the answer first). */
  accepted?: string[];
  factId: string;
  factStatement: string;
  quote: string;
  intervals: Record<Grade, string>;
  /** Tagged a leech (and since unsuspended by the student). */
  isLeech: boolean;
}

export interface StudyView {
  card: StudyCardView | null;
  counts: { new: number; learning: number; review: number };
  doneToday: number;
  /** When the next card is due after today's queue is done (ISO), or null. */
  nextDue: string | null;
  canUndo: boolean;
  /** The request key of the rating Undo would take back (null when there is none): the undo names it. */
  undoKey: string | null;
  /** A cram session of one section (lib/srs/cram-queue.ts): whether its ratings count, and its start (ISO). */
  cram?: { reschedule: boolean; since: string };
}

/** The study queue after an action, with a line for the student about what just happened. */
export type StudyUpdate = StudyView & { notice?: string };

export type OptimizationStatus = "idle" | "running" | "done" | "kept" | "discarded" | "failed";

/** What the settings page shows about training. */
export interface OptimizationView {
  status: OptimizationStatus;
  /** 0–1 while running. */
  progress: number;
  reviewCount: number;
  cardCount: number;
  startedAt: string | null;
  durationMs: number | null;
  before: Fit | null;
  after: Fit | null;
  error: string | null;
  /** The student's history now, and whether it is enough to train. */
  history: { reviews: number; cards: number; isEnough: boolean };
  /** Whether the student's schedule uses trained parameters. */
  isUsingTrained: boolean;
}

/** Log loss and RMSE (binned) of FSRS's predictions against what the student recalled. Lower is better. */
export interface Fit {
  logLoss: number;
  rmse: number;
}
