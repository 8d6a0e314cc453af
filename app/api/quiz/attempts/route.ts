// POST /api/quiz/attempts – start a quiz from builder settings (JSON); GET – the student's attempts, newest first.
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { parseJsonBody } from "@/lib/http/route";
import { quizRoute } from "@/lib/quiz/http";
import { startAttempt } from "@/lib/quiz/mutations";
import { listAttempts } from "@/lib/quiz/queries";
import { quizSettingsSchema } from "@/lib/quiz/schemas";
import { checkActionLimit } from "@/lib/throttle/actions";

export const dynamic = "force-dynamic";

export const POST = quizRoute(
  async ({ request, user }) => {
    const body = await parseJsonBody(request, quizSettingsSchema, "Those quiz settings could not be used.");
    if (!body.ok) return body.response;
    await checkActionLimit(db, "quiz", user.id, new Date());
    const started = await startAttempt(db, user.id, body.data, getBank(), new Date());
    return Response.json({ ...started, url: `/quiz/${started.attemptId}` }, { status: 201 });
  },
  { write: true },
);

export const GET = quizRoute(
  async ({ user }) =>
    Response.json({ attempts: await listAttempts(db, user.id, new Date()) }, { headers: { "Cache-Control": "no-store" } }),
  { write: false },
);
