// What POST /api/sync answers, shared by the server and the device (types only).

/** Why the server refused a queued operation; the device shows the message and keeps the item until the student dismisses it. */
export type SyncRefusal = "future" | "too_old" | "before_account" | "out_of_order" | "before_reset" | "unknown_card" | "account_gone";

export type SyncItemResult =
  | { requestId: string; status: "stored" }
  /** Stored by an earlier sync (a retry): nothing new was written. */
  | { requestId: string; status: "duplicate" }
  | { requestId: string; status: "refused"; reason: SyncRefusal; message: string };

/** A card as the server has it after the sync: the device takes this state. */
export interface SyncedCard {
  flashcardId: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: string | null;
  isSuspended: boolean;
  buriedUntil: string | null;
}

export interface SyncResponse {
  results: SyncItemResult[];
  cards: SyncedCard[];
}

/** The student's scheduling options, as the device needs them to schedule offline exactly as the server does. */
export interface OfflineSchedulerOptions {
  desiredRetention: number;
  maximumInterval: number;
  fsrsParameters: number[] | null;
  timeZone: string;
  dayStartsAtHour: number;
}

/** One card to study offline: what the study screen shows, and its FSRS state (null: never studied). */
export interface OfflineCard {
  flashcardId: string;
  kind: "basic" | "cloze" | "typein";
  sectionTitle: string;
  front: string;
  answer: string;
  cloze?: { before: string; after: string };
  hint?: string;
  /** typein: every accepted spelling, so the device checks a typed answer as the server would. */
  accepted?: string[];
  factStatement: string;
  quote: string;
  state: OfflineCardState | null;
  /** Set on the device when the student buries or suspends it offline. */
  buriedUntil?: string;
  isSuspended?: boolean;
}

export type OfflineCardState = Omit<SyncedCard, "flashcardId" | "isSuspended" | "buriedUntil">;

/** GET /api/sync/deck: what a device keeps to study offline until the end of tomorrow's study day. */
export interface OfflineDeck {
  userId: string;
  isGuest: boolean;
  generatedAt: string;
  /** Cards studied until the end of tomorrow's study day: these (and the new cards) are kept. */
  until: string;
  options: OfflineSchedulerOptions;
  newCardsPerDay: number;
  /** New cards introduced today before the snapshot (today's allowance is what is left). */
  newToday: number;
  cards: OfflineCard[];
}
