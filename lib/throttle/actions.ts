import "server-only";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors";
import { waitText, type WindowLimit } from "./policy";
import { actionKey, resetRequestKey, signInKey, takeAction } from "./store";

/**
 * How often one student may start the expensive things: far more than studying needs, far less
 * than a loop would send. Counted in the database, so every instance shares the count.
 */
export const ACTION_LIMITS = {
  quiz: { max: 30, windowMs: 10 * 60_000, what: "started 30 quizzes in 10 minutes" },
  export: { max: 10, windowMs: 60 * 60_000, what: "downloaded your progress 10 times in an hour" },
  training: { max: 5, windowMs: 60 * 60_000, what: "started training 5 times in an hour" },
  parameters: { max: 10, windowMs: 60 * 60_000, what: "changed your FSRS parameters 10 times in an hour" },
} as const satisfies Record<string, WindowLimit & { what: string }>;

export type LimitedAction = keyof typeof ACTION_LIMITS;

/** Count one use of `action` by the student, or throw AppError "rate_limited" saying how long to wait. */
export async function checkActionLimit(db: Db, action: LimitedAction, userId: string, now: Date): Promise<void> {
  const limit = ACTION_LIMITS[action];
  const verdict = await takeAction(db, action, userId, limit, now);
  if (!verdict.allowed) {
    throw new AppError("rate_limited", { message: `You have ${limit.what}. Wait ${waitText(verdict.retryAfterSeconds)} and try again.` });
  }
}

/**
 * Forget every counter of these students, for when their accounts are deleted: their expensive
 * actions, and their email's failed sign-ins (every browser's) and reset links.
 */
export async function deleteThrottlesOf(db: Db, students: { id: string; email: string }[]): Promise<void> {
  const actions = Object.keys(ACTION_LIMITS);
  for (let i = 0; i < students.length; i += 100) {
    const chunk = students.slice(i, i + 100);
    const keys = chunk.flatMap((s) => [...actions.map((action) => actionKey(action, s.id)), resetRequestKey(s.email)]);
    await db.throttle.deleteMany({
      where: { OR: [{ key: { in: keys } }, ...chunk.map((s) => ({ key: { startsWith: signInKey(s.email) } }))] },
    });
  }
}
