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

type AttemptRow = {
  id: string;
  userId: string;
  settings: string;
  questionIds: string;
  layout: string;
  startedAt: Date;
  deadline: Date | null;
  submittedAt: Date | null;
  score: number | null;
  total: number;
  answers: {
    id: string;
    questionId: string;
    answer: string;
    isCorrect: boolean | null;
    flagged: boolean;
    timeTakenMs: number;
    answeredAt: Date;
  }[];
};

/**
 * A submitted attempt in full. One still open holds only what its quiz page shows: answers by
 * question number, never the question ids (made from facts, they can name the answer), the option
 * layout or whether an answer is right.
 */
function exportAttempt({ userId: _u, settings, questionIds, layout, answers, ...attempt }: AttemptRow) {
  if (attempt.submittedAt !== null) {
    return {
      ...attempt,
      settings: parseStored(settings),
      questionIds: parseStored(questionIds),
      layout: parseStored(layout),
      answers: answers.map((a) => ({ ...a, answer: parseStored(a.answer) })),
    };
  }
  const order = parseStored(questionIds);
  const ids: unknown[] = Array.isArray(order) ? order : [];
  return {
    id: attempt.id,
    startedAt: attempt.startedAt,
    deadline: attempt.deadline,
    submittedAt: null,
    total: attempt.total,
    settings: parseStored(settings),
    answers: answers
      .map((a) => ({
        number: ids.indexOf(a.questionId) + 1,
        answer: parseStored(a.answer),
        flagged: a.flagged,
        timeTakenMs: a.timeTakenMs,
        answeredAt: a.answeredAt,
      }))
      .sort((x, y) => x.number - y.number),
  };
}

/**
 * Everything Factdeck stores about a student's study, as one JSON-ready object
 * ("download all my progress"). Only rows of `userId`.
 */
export async function exportProgress(db: Db, userId: string) {
  const [user, settings, cards, reviews, attempts, missed, cramReviews] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true, isAnonymous: true, createdAt: true } }),
    db.studySettings.findUnique({ where: { userId } }),
    db.card.findMany({ where: { userId }, orderBy: { flashcardId: "asc" } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } }),
    db.quizAttempt.findMany({ where: { userId }, orderBy: { startedAt: "asc" }, include: { answers: true } }),
    db.missedQuestion.findMany({ where: { userId }, orderBy: { firstMissedAt: "asc" } }),
    db.cramReview.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } }),
  ]);
  return {
    exportedFormat: "factdeck-progress@1",
    user,
    settings: settings && { ...settings, sectionIds: parseStored(settings.sectionIds) },
    cards: cards.map(({ userId: _u, ...card }) => card),
    reviews: reviews.map(({ userId: _u, previous, ...review }) => ({ ...review, previous: parseStored(previous) })),
    quizAttempts: attempts.map(exportAttempt),
    missedQuestions: missed.map(({ userId: _u, ...row }) => row),
    // Ratings of cram sessions that didn't count toward the schedule (lib/srs/cram-review.ts).
    cramReviews: cramReviews.map(({ userId: _u, ...row }) => row),
  };
}
