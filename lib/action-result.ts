import type { z } from "zod";

/** What a server action returns: expected failures are values, not exceptions. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Turn a zod error into an ActionResult with messages per field. */
export function invalid(error: z.ZodError, message = "Some fields need fixing."): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, error: message, fieldErrors };
}
