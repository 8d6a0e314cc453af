import { DEADLINE_GRACE_MS } from "./limits";
import type { AttemptStatus } from "./types";

/**
 * True once the deadline and its grace have passed (an untimed quiz never is).
 *
 * @example
 * isPastDeadline(new Date("2026-01-01T10:00:00Z"), new Date("2026-01-01T10:00:04Z")); // false: within the grace
 */
export function isPastDeadline(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() > deadline.getTime() + DEADLINE_GRACE_MS;
}

/** Where an attempt stands at `now`: submitted, out of time but not yet closed, or open. */
export function attemptStatus(attempt: { submittedAt: Date | null; deadline: Date | null }, now: Date): AttemptStatus {
  if (attempt.submittedAt) return "submitted";
  return isPastDeadline(attempt.deadline, now) ? "expired" : "open";
}
