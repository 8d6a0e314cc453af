// GET /api/account/export – download all of the signed-in student's progress as JSON
import { exportProgress } from "@/lib/accounts/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { errorResponse, jsonError } from "@/lib/http/route";
import { checkActionLimit } from "@/lib/throttle/actions";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return jsonError("signed_out", { message: "Sign in to download your progress." });
  try {
    await checkActionLimit(db, "export", user.id, new Date());
  } catch (error) {
    if (isAppError(error)) return errorResponse(error);
    throw error;
  }
  const data = await exportProgress(db, user.id);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="factdeck-progress-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
