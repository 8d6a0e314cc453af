import "server-only";
import type { Db } from "@/lib/db/create-client";

/** Parse a JSON column written by this app; a damaged value is returned as its raw text. */
function parseStored(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * Everything Factdeck stores about a student's study, as one JSON-ready object
 * ("download all my progress"). Only rows of `userId`.
 */
export async function exportProgress(db: Db, userId: string) {
  const [user, settings, cards, reviews, attempts, missed] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true, isAnonymous: true, createdAt: true } }),
    db.studySettings.findUnique({ where: { userId } }),
    db.card.findMany({ where: { userId }, orderBy: { flashcardId: "asc" } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } }),
    db.quizAttempt.findMany({ where: { userId }, orderBy: { startedAt: "asc" }, include: { answers: true } }),
    db.missedQuestion.findMany({ where: { userId }, orderBy: { firstMissedAt: "asc" } }),
  ]);
  return {
    exportedFormat: "factdeck-progress@1",
    user,
    settings: settings && { ...settings, sectionIds: parseStored(settings.sectionIds) },
    cards: cards.map(({ userId: _u, ...card }) => card),
    reviews: reviews.map(({ userId: _u, previous, ...review }) => ({ ...review, previous: parseStored(previous) })),
    quizAttempts: attempts.map(({ userId: _u, settings: s, questionIds, layout, ...attempt }) => ({
      ...attempt,
      settings: parseStored(s),
      questionIds: parseStored(questionIds),
      layout: parseStored(layout),
      answers: attempt.answers.map((a) => ({ ...a, answer: parseStored(a.answer) })),
    })),
    missedQuestions: missed.map(({ userId: _u, ...row }) => row),
  };
}
