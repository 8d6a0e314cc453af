// GET /api/health – liveness for load balancers and test harnesses: the bank is loaded and the database answers
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const bank = getBank();
    await db.user.count({ take: 1 });
    return Response.json({ ok: true, facts: bank.facts.size });
  } catch (error) {
    console.error("health check failed", error);
    return Response.json({ ok: false, error: "Not ready: check the server log." }, { status: 503 });
  }
}
