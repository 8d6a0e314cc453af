import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db } from "@/lib/db/create-client";
import type { StudySettings } from "@/lib/settings/schemas";
import { State } from "@/lib/srs/scheduler";
import { postExamDue } from "./post-exam";
import { storedExamSectionsSchema } from "./schemas";

/**
 * End every exam of the student whose moment has passed: it becomes past (its last stored
 * prediction stays on the record next to the score the student enters), /study serves the normal
 * schedule again, and the exam's cards in review get the due dates the planner's `postExamDue`
 * gives under the student's normal retention, spread over the next days so the day after the
 * exam is not a wall of overdue reviews.
 *
 * @returns how many exams it ended
 */
export async function endPastExams(db: Db, userId: string, bank: Bank, settings: StudySettings, now: Date): Promise<number> {
  const ending = await db.exam.findMany({
    where: { userId, status: "active", at: { lte: now } },
    select: { id: true, at: true, sectionIds: true },
  });
  let ended = 0;
  for (const exam of ending) {
    await db.$transaction(async (tx) => {
      // The status change is the claim: of two requests ending the exam at once, one moves the cards.
      const { count } = await tx.exam.updateMany({
        where: { id: exam.id, userId, status: "active" },
        data: { status: "past", activeFor: null },
      });
      if (count === 0) return;
      ended += 1;
      const sections = new Set(storedExamSectionsSchema.parse(JSON.parse(exam.sectionIds)));
      const flashcardIds = [...bank.flashcards.values()].filter((f) => sections.has(f.sectionId)).map((f) => f.id);
      const cards = await tx.card.findMany({
        where: { userId, flashcardId: { in: flashcardIds }, state: State.Review, isSuspended: false },
      });
      const input = {
        examAt: exam.at,
        desiredRetention: settings.desiredRetention,
        fsrsParameters: settings.fsrsParameters ?? null,
        maximumInterval: settings.maximumInterval,
        studyDay: { timeZone: settings.timeZone, dayStartsAtHour: settings.dayStartsAtHour },
      };
      for (const card of cards) {
        const due = postExamDue(card, card.flashcardId, input);
        // Only the due date changes, and only while the card is as read (a rating in between wins).
        if (due.getTime() !== card.due.getTime())
          await tx.card.updateMany({ where: { id: card.id, updatedAt: card.updatedAt }, data: { due } });
      }
    });
  }
  return ended;
}
