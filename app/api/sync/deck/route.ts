// GET /api/sync/deck – what the device keeps to study offline (cards due until the end of tomorrow,
// their text and FSRS state, the student's scheduling options). 401 signed out. Never cached.
import { getCurrentUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { jsonError } from "@/lib/http/route";
import { getStudySettings } from "@/lib/settings/queries";
import { getOfflineDeck } from "@/lib/sync/deck";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return jsonError("signed_out", { message: "Sign in (or start as a guest) to study offline." });
  const settings = await getStudySettings(db, user.id);
  const deck = await getOfflineDeck(db, user, getBank(), settings, new Date());
  return Response.json(deck, { headers: { "Cache-Control": "no-store, private" } });
}
