// POST /api/quiz/attempts/:id/submit – grade and close the quiz. Submitting again returns the first result.
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { quizRoute } from "@/lib/quiz/http";
import { submitAttempt } from "@/lib/quiz/mutations";

export const dynamic = "force-dynamic";

export const POST = quizRoute(
  async ({ user, attemptId }) => {
    const result = await submitAttempt(db, user.id, attemptId, getBank(), new Date());
    return Response.json({ ...result, resultsUrl: `/quiz/${attemptId}/results` });
  },
  { write: true },
);
