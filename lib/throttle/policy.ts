/**
 * How often things may happen, as pure decisions over one counter row (`Throttle`): what the next
 * row is if this attempt goes ahead, or how long to wait. No I/O; `now` comes in.
 */

export interface ThrottleRow {
  hits: number;
  windowStart: Date;
  blockedUntil: Date;
}

export type Decision = { allowed: true; next: ThrottleRow } | { allowed: false; retryAfterSeconds: number };

/** Failed sign-ins an account may take before each further one has to wait. */
export const FREE_SIGN_IN_FAILURES = 5;
/** The wait after the first failure past the free ones; it doubles with each further failure… */
export const FIRST_SIGN_IN_DELAY_MS = 15_000;
/** …up to this, so nobody, however many wrong guesses are sent for an address, is locked out for long. */
export const MAX_SIGN_IN_DELAY_MS = 5 * 60_000;
/** A day without a failed sign-in forgets the earlier ones. */
export const SIGN_IN_MEMORY_MS = 24 * 60 * 60_000;

/** The wait after the `failures`-th failed sign-in in a row. */
export function signInDelayMs(failures: number): number {
  if (failures < FREE_SIGN_IN_FAILURES) return 0;
  return Math.min(MAX_SIGN_IN_DELAY_MS, FIRST_SIGN_IN_DELAY_MS * 2 ** (failures - FREE_SIGN_IN_FAILURES));
}

const secondsUntil = (when: Date, now: Date) => Math.max(1, Math.ceil((when.getTime() - now.getTime()) / 1000));

/**
 * A sign-in attempt counts as a failure until it succeeds (then the row is cleared), so attempts
 * sent all at once can't all pass before any failure is written.
 */
export function decideSignIn(row: ThrottleRow | null, now: Date): Decision {
  // A free try writes blockedUntil = its own `now`, no block: a concurrent attempt whose `now` was taken
  // a moment earlier must not read that as one (it refused one of a burst's free tries on PostgreSQL).
  if (row && signInDelayMs(row.hits) > 0 && row.blockedUntil > now) {
    return { allowed: false, retryAfterSeconds: secondsUntil(row.blockedUntil, now) };
  }
  const remembered = row !== null && now.getTime() - row.blockedUntil.getTime() < SIGN_IN_MEMORY_MS;
  const hits = remembered ? row.hits + 1 : 1;
  return {
    allowed: true,
    next: { hits, windowStart: remembered ? row.windowStart : now, blockedUntil: new Date(now.getTime() + signInDelayMs(hits)) },
  };
}

export interface WindowLimit {
  max: number;
  windowMs: number;
}

/** Password-reset links one email address may be sent: enough for a lost email, too few to flood an inbox. */
export const RESET_REQUEST_LIMIT: WindowLimit = { max: 3, windowMs: 15 * 60_000 };

/** At most `max` per fixed window of `windowMs` (for expensive actions, per student). */
export function decideWindow(row: ThrottleRow | null, now: Date, limit: WindowLimit): Decision {
  const windowEnd = row ? row.windowStart.getTime() + limit.windowMs : 0;
  if (!row || now.getTime() >= windowEnd) {
    return { allowed: true, next: { hits: 1, windowStart: now, blockedUntil: new Date(now.getTime() + limit.windowMs) } };
  }
  if (row.hits >= limit.max) return { allowed: false, retryAfterSeconds: secondsUntil(new Date(windowEnd), now) };
  return { allowed: true, next: { ...row, hits: row.hits + 1 } };
}

/** "2 minutes", "45 seconds": for messages. */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
