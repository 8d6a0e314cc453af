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
