// GET /api/quiz/attempts/:id – the quiz as the student may see it: questions without answers while it is open.
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { getAttemptStatus, getTakingView } from "@/lib/quiz/queries";
import { quizRoute } from "@/lib/quiz/http";

export const dynamic = "force-dynamic";

export const GET = quizRoute(
  async ({ user, attemptId }) => {
    const now = new Date();
    const status = await getAttemptStatus(db, user.id, attemptId, now);
    const view = await getTakingView(db, user.id, attemptId, getBank(), now);
    return Response.json({ status, ...view, resultsUrl: `/quiz/${attemptId}/results` }, { headers: { "Cache-Control": "no-store" } });
  },
  { write: false },
);
