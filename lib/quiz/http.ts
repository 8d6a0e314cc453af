import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { crossSiteError, errorResponse, jsonError } from "@/lib/http/route";
import { attemptIdSchema } from "./schemas";

type Params = Promise<{ attemptId?: string }>;

/**
 * Runs a quiz route handler: refuses cross-site writes (403) and anonymous
 * callers (401), turns a malformed attempt id into 404 (it can't be anyone's),
 * and answers an `AppError` with its status and message from `lib/errors.ts`
 * (404 not yours or missing, 409 submitted or out of time, 400 an answer that
 * doesn't fit). Anything else is a logged 500 with a generic message.
 */
export function quizRoute(
  handler: (context: { request: Request; user: CurrentUser; attemptId: string }) => Promise<Response>,
  { write }: { write: boolean },
) {
  // Next passes no `params` to a route without a dynamic segment (POST /api/quiz/attempts).
  return async (request: Request, context?: { params?: Params }): Promise<Response> => {
    if (write) {
      const crossSite = crossSiteError(request);
      if (crossSite) return crossSite;
    }
    const user = await getCurrentUser();
    if (!user) return jsonError("signed_out", { message: "Sign in (or start as a guest) to take quizzes." });
    const { attemptId: rawId = "" } = (await context?.params) ?? {};
    const attemptId = attemptIdSchema.safeParse(rawId);
    if (rawId && !attemptId.success) return jsonError("attempt_not_found");
    try {
      return await handler({ request, user, attemptId: attemptId.success ? attemptId.data : "" });
    } catch (error) {
      if (isAppError(error)) return errorResponse(error);
      console.error("quiz route failed", { userId: user.id, attemptId: rawId, url: request.url, error });
      return jsonError("internal", { message: "Something went wrong on our side. Your saved answers are safe; try again." });
    }
  };
}
