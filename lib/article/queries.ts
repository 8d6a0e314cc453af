import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db } from "@/lib/db/create-client";
import { getStudySettings } from "@/lib/settings/queries";
import { factStates, type FactState } from "./fact-state";

/** The student's state for every fact of the bank at `now`, with their trained FSRS parameters if any. */
export async function getFactStates(db: Db, userId: string, bank: Bank, now: Date): Promise<Map<string, FactState>> {
  const [rows, settings] = await Promise.all([
    db.card.findMany({ where: { userId }, select: { flashcardId: true, state: true, stability: true, lastReview: true } }),
    getStudySettings(db, userId),
  ]);
  return factStates(bank, rows, now, settings.fsrsParameters ?? undefined);
}
