// GET /api/export/apkg-progress – the Anki package with the signed-in student's scheduling and review history
import { getCurrentUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { buildApkg } from "@/lib/export/apkg";
import { ankiProgress } from "@/lib/export/apkg-progress";
import { getAnkiScheduling, getNoteStamps } from "@/lib/export/queries";
import { errorResponse, jsonError } from "@/lib/http/route";
import { checkActionLimit } from "@/lib/throttle/actions";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return jsonError("signed_out", { message: "Sign in to download your progress." });
  const now = new Date();
  // The same limit as the JSON download of one's progress: each reads every review.
  try {
    await checkActionLimit(db, "export", user.id, now);
  } catch (error) {
    if (isAppError(error)) return errorResponse(error);
    throw error;
  }
  const scheduling = await getAnkiScheduling(db, user.id);
  const body = buildApkg(getBank(), now, { stamps: getNoteStamps(), progress: ankiProgress(scheduling, now) });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": 'attachment; filename="factdeck-with-progress.apkg"',
      "Cache-Control": "no-store",
    },
  });
}
