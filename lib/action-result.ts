import type { z } from "zod";
import { ERRORS, type AppError, type ErrorCode } from "./errors";

/** What a server action returns: expected failures are values, not exceptions. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * An expected failure as an action's result, with the message from the error table.
 *
 * @example
 * if (!(await markMastered(db, user.id, id, now))) return failure("not_missed");
 */
export function failure(
  code: ErrorCode,
  options: { message?: string; fieldErrors?: Record<string, string[]> } = {},
): { ok: false; error: string; fieldErrors?: Record<string, string[]> } {
  const error = options.message ?? ERRORS[code].message;
  return options.fieldErrors ? { ok: false, error, fieldErrors: options.fieldErrors } : { ok: false, error };
}

/** An `AppError` thrown by domain code, as an action's result (its field, if any, gets the message). */
export function failureOf(error: AppError): { ok: false; error: string; fieldErrors?: Record<string, string[]> } {
  return failure(error.code, { message: error.message, fieldErrors: error.field ? { [error.field]: [error.message] } : undefined });
}

/** Turn a zod error into an ActionResult with messages per field (`invalid_input`). */
export function invalid(error: z.ZodError, message: string = ERRORS.invalid_input.message): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return failure("invalid_input", { message, fieldErrors });
}
