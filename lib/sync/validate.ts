import type { SyncOperation } from "./schemas";
import type { SyncRefusal } from "./types";
import { CLOCK_SKEW_TOLERANCE_MS, DEFAULT_MAX_OFFLINE_AGE_MS } from "./limits";

/** What the student reads for each refusal: what happened to their rating, in their words. */
export const REFUSAL_MESSAGES: Record<SyncRefusal, string> = {
  future: "This rating is dated in the future: the device's clock is wrong, so it was not counted.",
  too_old: "This rating was made more than 14 days ago: too late to schedule the card by it.",
  before_account: "This rating is dated before your account existed, so it was not counted.",
  out_of_order: "This rating is dated before the one queued ahead of it on this device, which can't happen; it was not counted.",
  before_reset: "You reset this card after this rating was made, so the rating no longer applies.",
  unknown_card: "This card has been removed from the deck, so the rating was not counted.",
  account_gone: "Your account no longer exists, so nothing could be synced.",
};

export interface SyncCheckContext {
  /** The server's clock. */
  now: Date;
  /** When the student's account was made: nothing can be studied before it. */
  accountCreatedAt: Date;
  /** Is this flashcard in the deck and not retired? */
  isStudied: (flashcardId: string) => boolean;
  /** Oldest accepted age (default 14 days). */
  maxAgeMs?: number;
}

/**
 * Check a device's queue, in the order the device made it, before anything is stored. Pure: the
 * server's clock comes in as `now`. Returns a refusal for each operation that can't be true (or
 * null for one that is accepted); a refused operation is left out of the order check, so one bad
 * time doesn't refuse everything after it.
 *
 * @example checkOperations([{ kind: "rate", at: tomorrow, … }], ctx) // ["future"]
 */
export function checkOperations(operations: readonly SyncOperation[], context: SyncCheckContext): (SyncRefusal | null)[] {
  const maxAge = context.maxAgeMs ?? DEFAULT_MAX_OFFLINE_AGE_MS;
  const now = context.now.getTime();
  let previous = -Infinity;
  return operations.map((operation) => {
    const at = operation.at.getTime();
    const refusal = refusalOf(operation, at);
    if (refusal === null) previous = at;
    return refusal;
  });

  function refusalOf(operation: SyncOperation, at: number): SyncRefusal | null {
    if (!context.isStudied(operation.flashcardId)) return "unknown_card";
    if (at > now + CLOCK_SKEW_TOLERANCE_MS) return "future";
    if (at < now - maxAge) return "too_old";
    if (at < context.accountCreatedAt.getTime()) return "before_account";
    // A device queues in the order it studies: an earlier time after a later one is forged or broken.
    if (at < previous) return "out_of_order";
    return null;
  }
}
