// PUT /api/quiz/attempts/:id/answers – save one answer and its flag while the quiz is open.
// 400 malformed or not fitting the question (nothing stored), 404 not yours, 409 submitted or out of time.
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { parseJsonBody } from "@/lib/http/route";
import { quizRoute } from "@/lib/quiz/http";
import { saveAnswer } from "@/lib/quiz/mutations";
import { offlineGraceMs } from "@/lib/quiz/offline-grace";
import { saveAnswerSchema } from "@/lib/quiz/schemas";

export const dynamic = "force-dynamic";

export const PUT = quizRoute(
  async ({ request, user, attemptId }) => {
    const body = await parseJsonBody(request, saveAnswerSchema, "That answer could not be read.");
    if (!body.ok) return body.response;
    const saved = await saveAnswer(db, user.id, attemptId, body.data, getBank(), new Date(), offlineGraceMs());
    return Response.json({ saved });
  },
  { write: true },
);
