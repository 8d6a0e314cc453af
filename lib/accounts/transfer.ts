import type { Db } from "@/lib/db/create-client";
import { dropRollup } from "@/lib/progress/rollup";

interface StudiedCard {
  id: string;
  flashcardId: string;
  reps: number;
  lastReview: Date | null;
}

/**
 * Of two cards of one flashcard, the one studied more (more ratings, then the later rating) keeps
 * its state; the account's wins a tie. Pure, so the rule is tested on its own.
 */
export function pickMoreStudied<T extends StudiedCard>(guest: T, account: T): T {
  if (guest.reps !== account.reps) return guest.reps > account.reps ? guest : account;
  const at = (card: T) => card.lastReview?.getTime() ?? -Infinity;
  return at(guest) > at(account) ? guest : account;
}

/**
 * Move every row of progress from one user to another, in one transaction: used when a guest
 * creates an account or signs in to one they have (B3). Where both have a card for the same
 * flashcard, the more-studied card's state is kept and every review of both is kept, on it.
 */
export async function transferProgress(db: Db, fromUserId: string, toUserId: string): Promise<void> {
  if (fromUserId === toUserId) return;
  await db.$transaction(async (tx) => {
    const select = { id: true, flashcardId: true, reps: true, lastReview: true } as const;
    const guestCards = await tx.card.findMany({ where: { userId: fromUserId }, select });
    const accountCards = guestCards.length
      ? await tx.card.findMany({ where: { userId: toUserId, flashcardId: { in: guestCards.map((c) => c.flashcardId) } }, select })
      : [];
    const accountByFlashcard = new Map(accountCards.map((c) => [c.flashcardId, c]));
    for (const guestCard of guestCards) {
      const accountCard = accountByFlashcard.get(guestCard.flashcardId);
      if (!accountCard) continue;
      const keep = pickMoreStudied(guestCard, accountCard);
      const drop = keep === guestCard ? accountCard : guestCard;
      // Reviews first: deleting a card cascades to its reviews.
      await tx.reviewLog.updateMany({ where: { cardId: drop.id }, data: { cardId: keep.id } });
      await tx.card.delete({ where: { id: drop.id } });
    }
    await tx.card.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } });
    await tx.reviewLog.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } });
    await tx.cramReview.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } });
    await dropRollup(tx, [fromUserId, toUserId]);
    await tx.quizAttempt.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } });
    const ownMissed = await tx.missedQuestion.findMany({ where: { userId: toUserId }, select: { questionId: true } });
    if (ownMissed.length > 0) {
      await tx.missedQuestion.deleteMany({ where: { userId: fromUserId, questionId: { in: ownMissed.map((m) => m.questionId) } } });
    }
    await tx.missedQuestion.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } });
    // A finished training (its figures, and parameters waiting to be kept or discarded) moves too;
    // one still running writes to the guest's row and goes with the guest.
    if (!(await tx.fsrsOptimization.findUnique({ where: { userId: toUserId }, select: { userId: true } }))) {
      await tx.fsrsOptimization.updateMany({ where: { userId: fromUserId, status: { not: "running" } }, data: { userId: toUserId } });
    }
    // Exams move too; the guest's active exam stays active unless the account has one already.
    const hasActiveExam = Boolean(await tx.exam.findUnique({ where: { activeFor: toUserId }, select: { id: true } }));
    await tx.exam.updateMany({
      where: { userId: fromUserId, status: "active" },
      data: hasActiveExam ? { userId: toUserId, activeFor: null, status: "cancelled" } : { userId: toUserId, activeFor: toUserId },
    });
    await tx.exam.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } });
    const settings = await tx.studySettings.findUnique({ where: { userId: fromUserId } });
    const hasOwn = await tx.studySettings.findUnique({ where: { userId: toUserId } });
    if (settings && !hasOwn) {
      const { userId: _from, updatedAt: _at, ...values } = settings;
      await tx.studySettings.create({ data: { ...values, userId: toUserId } });
    }
  });
}
