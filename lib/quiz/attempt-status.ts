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

/** What becomes of an answer that reaches the server after the deadline and its short grace. */
export type LateAnswer = { counts: true; answeredAt: Date } | { counts: false; reason: "made_after_deadline" | "arrived_too_late" };

/**
 * An answer made before the deadline on a device that lost the network still counts if it reaches
 * the server within `offlineGraceMs` of the deadline. `madeAt` is the device's word (its clock
 * corrected by the server's), so it is only believed inside [startedAt, deadline], and the grace
 * bounds what a student gains by switching the network off: at most `offlineGraceMs` more.
 *
 * @example
 * // deadline 10:00, answered at 09:59:50 offline, back online at 10:01: it counts, as made at 09:59:50.
 */
export function lateAnswer(
  attempt: { startedAt: Date; deadline: Date | null },
  madeAt: Date | undefined,
  now: Date,
  offlineGraceMs: number,
): LateAnswer {
  const deadline = attempt.deadline?.getTime() ?? Number.POSITIVE_INFINITY;
  if (now.getTime() > deadline + offlineGraceMs) return { counts: false, reason: "arrived_too_late" };
  if (!madeAt || madeAt.getTime() > deadline || madeAt.getTime() < attempt.startedAt.getTime())
    return { counts: false, reason: "made_after_deadline" };
  return { counts: true, answeredAt: madeAt };
}
