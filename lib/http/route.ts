import "server-only";
import { z } from "zod";

/**
 * Shared pieces of JSON route handlers: a same-origin check for writes, body
 * parsing that turns anything malformed into a 400 with field messages, and
 * one shape for every error: `{ error, fieldErrors? }`.
 */

export function jsonError(status: number, error: string, fieldErrors?: Record<string, string[]>): Response {
  return Response.json(fieldErrors ? { error, fieldErrors } : { error }, { status, headers: { "Cache-Control": "no-store" } });
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
  return jsonError(403, "Cross-site requests are not allowed.");
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

/** Parse a JSON body with `schema`: a Response (400/413) when it can't be read, else the data. */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  message: string,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return { ok: false, response: jsonError(413, "That request is too large.") };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, `${message} The body is not JSON.`) };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, response: jsonError(400, message, fieldErrorsOf(parsed.error)) };
  return { ok: true, data: parsed.data };
}
