import "server-only";
import type { Bank } from "@/lib/content/bank";
import { activeFlashcards } from "@/lib/content/retire";
import type { DbTx } from "@/lib/db/create-client";
import { toCardColumns } from "./mapping";
import { newCard } from "./scheduler";

/**
 * Bring the flashcards of some facts forward in a student's queue: a card the
 * student has studied becomes due now (FSRS then schedules it from the review
 * as an early one); a card never studied gets a row as a new card due now,
 * which the queue shows before other new cards. Cards due already keep their
 * place. Used when a quiz question is missed, so its fact comes back soon and
 * returns on the FSRS schedule afterwards.
 */
export async function bringFactsForward(tx: DbTx, userId: string, factIds: readonly string[], bank: Bank, now: Date): Promise<number> {
  const facts = new Set(factIds);
  const flashcardIds = activeFlashcards(bank)
    .filter((card) => facts.has(card.factId))
    .map((card) => card.id);
  if (flashcardIds.length === 0) return 0;
  // Read by the (userId, flashcardId) key, then update by id: a `due > now` condition next to userId
  // lets SQLite's planner walk the (userId, due) index over every future card of the student instead.
  const cards = await tx.card.findMany({
    where: { userId, flashcardId: { in: flashcardIds } },
    select: { id: true, flashcardId: true, due: true },
  });
  const later = cards.filter((card) => card.due > now).map((card) => card.id);
  const { count } =
    later.length > 0 ? await tx.card.updateMany({ where: { id: { in: later }, due: { gt: now } }, data: { due: now } }) : { count: 0 };
  const existing = new Set(cards.map((card) => card.flashcardId));
  const missing = flashcardIds.filter((id) => !existing.has(id));
  if (missing.length > 0) {
    const columns = toCardColumns(newCard(now));
    await tx.card.createMany({ data: missing.map((flashcardId) => ({ userId, flashcardId, ...columns })) });
  }
  return count + missing.length;
}
