// POST /api/sync – store a batch of a device's offline queue (ratings, bury, suspend), oldest first.
// 200 with a result per operation (stored, duplicate, or refused with its reason) and the cards'
// new state; 400 malformed (nothing stored), 401 signed out, 403 cross-site, 413 too large.
import { getCurrentUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { isActive } from "@/lib/content/retire";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { crossSiteError, jsonError, parseJsonBody } from "@/lib/http/route";
import { getStudySettings } from "@/lib/settings/queries";
import { syncOperations } from "@/lib/sync/mutations";
import { syncBatchSchema } from "@/lib/sync/schemas";
import type { SyncResponse } from "@/lib/sync/types";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const crossSite = crossSiteError(request);
  if (crossSite) return crossSite;
  const user = await getCurrentUser();
  if (!user) return jsonError("signed_out", { message: "Sign in to sync: your queued ratings stay on this device until then." });
  const body = await parseJsonBody(request, syncBatchSchema, "That sync could not be read.");
  if (!body.ok) return body.response;
  try {
    const bank = getBank();
    const settings = await getStudySettings(db, user.id);
    const answer: SyncResponse = await syncOperations(db, user.id, body.data.operations, new Date(), {
      review: settings,
      isStudied: (id) => bank.flashcards.has(id) && isActive(bank, id),
      maxAgeMs: env.SYNC_MAX_OFFLINE_DAYS * 86_400_000,
    });
    return Response.json(answer, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("sync failed", { userId: user.id, operations: body.data.operations.length, error });
    return jsonError("internal", { message: "Sync failed on our side. Your ratings stay on this device; it will try again." });
  }
}
