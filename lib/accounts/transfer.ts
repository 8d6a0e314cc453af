import type { Db } from "@/lib/db/create-client";
import { dropRollup } from "@/lib/progress/rollup";

/**
 * Move every row of progress from one user to another, in one transaction:
 * used when a guest creates an account. Where both have a card for the same
 * flashcard (not possible for a fresh account, but cheap to guard), the guest's
 * copy is dropped so the unique (userId, flashcardId) holds.
 */
export async function transferProgress(db: Db, fromUserId: string, toUserId: string): Promise<void> {
  if (fromUserId === toUserId) return;
  await db.$transaction(async (tx) => {
    const existing = await tx.card.findMany({ where: { userId: toUserId }, select: { flashcardId: true } });
    if (existing.length > 0) {
      await tx.card.deleteMany({
        where: { userId: fromUserId, flashcardId: { in: existing.map((c) => c.flashcardId) } },
      });
    }
    await tx.card.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } });
    await tx.reviewLog.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } });
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
