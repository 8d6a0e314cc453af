import "server-only";
import { z } from "zod";
import { type AppError, ERRORS, type ErrorCode } from "@/lib/errors";

/**
 * Shared pieces of JSON route handlers: a same-origin check for writes, body
 * parsing that turns anything malformed into a 400 with field messages, and
 * one shape for every error: `{ error, fieldErrors? }`, its status and default
 * message from the table in `lib/errors.ts`.
 */

/** The JSON reply for an expected failure: status and message from the error table. */
export function jsonError(code: ErrorCode, options: { message?: string; fieldErrors?: Record<string, string[]> } = {}): Response {
  const { status, message } = ERRORS[code];
  const error = options.message ?? message;
  const body = options.fieldErrors ? { error, fieldErrors: options.fieldErrors } : { error };
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** The JSON reply for an `AppError` thrown by domain code (its field, if any, gets the message). */
export function errorResponse(error: AppError): Response {
  return jsonError(error.code, { message: error.message, fieldErrors: error.field ? { [error.field]: [error.message] } : undefined });
}

/**
 * Writes must come from our own pages: a browser always sends `Origin` on a
 * cross-site POST/PUT, so one naming another site is refused (403). Callers
 * that are not browsers (no Origin) are judged by their session cookie alone.
 */
export function crossSiteError(request: Request): Response | null {
  const origin = request.headers.get("origin");
  if (!origin) return null;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    if (host && new URL(origin).host === host) return null;
  } catch {
    // An unparseable Origin is as foreign as another site.
  }
  return jsonError("cross_site");
}

/** Messages by field path ("answer.choice"), for a 400. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "body";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

const MAX_BODY_BYTES = 64 * 1024;

/** Parse a JSON body with `schema`: a Response (400 `invalid_input`, 413) when it can't be read, else the data. */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  message: string,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return { ok: false, response: jsonError("too_large") };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError("invalid_input", { message: `${message} The body is not JSON.` }) };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, response: jsonError("invalid_input", { message, fieldErrors: fieldErrorsOf(parsed.error) }) };
  return { ok: true, data: parsed.data };
}
