import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db } from "@/lib/db/create-client";
import { entryStates, type BrowseState } from "./states";

/** The student's state of every browse entry, and the questions of their unsubmitted attempts (answers hidden). */
export async function getBrowseStudent(
  db: Db,
  userId: string,
  bank: Bank,
  now: Date,
): Promise<{ states: Map<string, Set<BrowseState>>; hiddenQuestionIds: Set<string> }> {
  const [cards, missed, open] = await Promise.all([
    db.card.findMany({ where: { userId }, select: { flashcardId: true, state: true, due: true, isSuspended: true, isLeech: true } }),
    db.missedQuestion.findMany({ where: { userId, masteredAt: null }, select: { questionId: true } }),
    db.quizAttempt.findMany({ where: { userId, submittedAt: null }, select: { questionIds: true } }),
  ]);
  return {
    states: entryStates(
      bank,
      cards,
      missed.map((m) => m.questionId),
      now,
    ),
    hiddenQuestionIds: new Set(open.flatMap((attempt) => parseIds(attempt.questionIds))),
  };
}

/** Every review of the student's cards of one fact, oldest first, with the card's memory now. */
export async function getFactCards(db: Db, userId: string, flashcardIds: string[]) {
  return db.card.findMany({
    where: { userId, flashcardId: { in: flashcardIds } },
    select: {
      flashcardId: true,
      state: true,
      due: true,
      stability: true,
      difficulty: true,
      lastReview: true,
      isSuspended: true,
      isLeech: true,
      reps: true,
      lapses: true,
      reviews: {
        orderBy: { reviewedAt: "asc" },
        select: { id: true, rating: true, reviewedAt: true, scheduledDays: true, stability: true, difficulty: true, state: true },
      },
    },
  });
}

function parseIds(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}
