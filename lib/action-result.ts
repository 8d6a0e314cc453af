import type { z } from "zod";
import { ERRORS, type AppError, type ErrorCode } from "./errors";

/** What a server action returns: expected failures are values, not exceptions. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  // values: what was typed, sent back so the form shows it (FormValues, or a form's own shape).
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; values?: object };

/** The refusal branch of ActionResult. */
export type ActionFailure = Extract<ActionResult, { ok: false }>;

/** What a student typed into a form, sent back with a refusal so the form shows it again (B1). */
export type FormValues = Record<string, string | string[]>;

/**
 * The submitted fields of `formData` (Next's own `$ACTION…` fields left out); names in `multi`
 * are checkbox groups and keep every value. Files are not echoed.
 */
export function submittedValues(formData: FormData, multi: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$") || typeof value !== "string") continue;
    if (multi.includes(name)) ((values[name] ??= []) as string[]).push(value);
    else values[name] = value.slice(0, 200);
  }
  for (const name of multi) values[name] ??= [];
  return values;
}

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
export function invalid(error: z.ZodError, message: string = ERRORS.invalid_input.message): ActionFailure {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return failure("invalid_input", { message, fieldErrors });
}
