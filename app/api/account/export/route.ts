// GET /api/account/export – download all of the signed-in student's progress as JSON
import { headers } from "next/headers";
import { exportProgress } from "@/lib/accounts/queries";
import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db/client";
import { jsonError } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return jsonError("signed_out", { message: "Sign in to download your progress." });
  const data = await exportProgress(db, session.user.id);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="factdeck-progress-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
