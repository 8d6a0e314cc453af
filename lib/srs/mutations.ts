import "server-only";
import type { Db } from "@/lib/db/create-client";
import { startOfNextStudyDay, type StudyDay } from "./day";
import { toCardColumns } from "./mapping";
import { newCard } from "./scheduler";

/** A card's row, made as a new card if the student never rated it (bury and suspend work on new cards too). */
async function upsertCard(db: Db, userId: string, flashcardId: string, now: Date, data: { isSuspended?: boolean; buriedUntil?: Date }) {
  await db.card.upsert({
    where: { userId_flashcardId: { userId, flashcardId } },
    create: { userId, flashcardId, ...toCardColumns(newCard(now)), ...data },
    update: data,
  });
}

/**
 * Hide one card until the student's next study day begins (Anki's "bury").
 *
 * @example await buryCard(db, user.id, "in-modi-embrace-airport-card-1", new Date(), settings)
 */
export async function buryCard(db: Db, userId: string, flashcardId: string, now: Date, day: StudyDay): Promise<Date> {
  const until = startOfNextStudyDay(now, day);
  await upsertCard(db, userId, flashcardId, now, { buriedUntil: until });
  return until;
}

/** Take one card out of study until the student unsuspends it. */
export async function suspendCard(db: Db, userId: string, flashcardId: string, now: Date): Promise<void> {
  await upsertCard(db, userId, flashcardId, now, { isSuspended: true });
}

/** Put a suspended card back into study, keeping its schedule (and its leech tag). Returns false if the student has no such card. */
export async function unsuspendCard(db: Db, userId: string, flashcardId: string): Promise<boolean> {
  const { count } = await db.card.updateMany({ where: { userId, flashcardId }, data: { isSuspended: false } });
  return count > 0;
}

/**
 * Start a card over as new (Anki's "reset"/"forget"): its FSRS state, lapses and
 * leech tag are cleared and it is unsuspended. Its review history is kept (for
 * statistics; training reads only what came after the reset), but can no longer
 * be undone. Returns false if the student has no such card.
 */
export async function resetCard(db: Db, userId: string, flashcardId: string, now: Date): Promise<boolean> {
  const { count } = await db.card.updateMany({
    where: { userId, flashcardId },
    data: { ...toCardColumns(newCard(now)), isSuspended: false, isLeech: false, buriedUntil: null, resetAt: now },
  });
  return count > 0;
}
