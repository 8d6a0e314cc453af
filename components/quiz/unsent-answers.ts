import { z } from "zod";
import { saveAnswerSchema } from "@/lib/quiz/schemas";

/**
 * Answers the page had not heard back about when it went away (a reload, a closed tab), kept in
 * this tab's sessionStorage. Their keepalive save may reach the server only after the reloaded
 * page was made (B7): the page then shows them from here and sends them again, so the box shows
 * what the student typed. A save is idempotent (the last one wins), so sending one twice is safe.
 */
const unsentSchema = z.record(z.string().regex(/^\d+$/), saveAnswerSchema.omit({ number: true }));
export type UnsentAnswers = Record<number, z.infer<typeof unsentSchema>[string]>;

const keyOf = (attemptId: string) => `factdeck:unsent-answers:${attemptId}`;

/** Keep `unsent` for this tab's next page of the attempt (nothing is kept when it is empty). */
export function keepUnsent(attemptId: string, unsent: UnsentAnswers): void {
  try {
    if (Object.keys(unsent).length === 0) sessionStorage.removeItem(keyOf(attemptId));
    else sessionStorage.setItem(keyOf(attemptId), JSON.stringify(unsent));
  } catch {
    // Storage full or turned off: the keepalive save is still on its way.
  }
}

/** The answers kept by `keepUnsent`, once: reading them forgets them. Anything unreadable is dropped. */
export function takeUnsent(attemptId: string): UnsentAnswers {
  try {
    const raw = sessionStorage.getItem(keyOf(attemptId));
    if (raw === null) return {};
    sessionStorage.removeItem(keyOf(attemptId));
    const parsed = unsentSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
