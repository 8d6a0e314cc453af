import "server-only";
import type { Bank } from "@/lib/content/bank";
import type { Db } from "@/lib/db/create-client";
import type { ItemCounts } from "./report";

/**
 * Every item's graded answers across all students, for `content:report`: quiz answers of
 * submitted attempts (AttemptAnswer.isCorrect is set at submission) and type-in ratings that
 * carry a typed answer. Aggregated in the database: a few grouped rows per item.
 */
export async function countItemAnswers(db: Db, bank: Bank): Promise<ItemCounts[]> {
  const [answers, claims, ratings] = await Promise.all([
    db.attemptAnswer.groupBy({ by: ["questionId", "isCorrect"], where: { isCorrect: { not: null } }, _count: { _all: true } }),
    db.attemptAnswer.groupBy({ by: ["questionId"], where: { isCorrect: false, overriddenAt: { not: null } }, _count: { _all: true } }),
    db.reviewLog.groupBy({
      by: ["cardId", "typedCorrect", "typedOverridden"],
      where: { typedCorrect: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const cards = await db.card.findMany({
    where: { id: { in: [...new Set(ratings.map((row) => row.cardId))] } },
    select: { id: true, flashcardId: true },
  });
  const flashcardOf = new Map(cards.map((card) => [card.id, card.flashcardId]));
  const counts = new Map<string, ItemCounts>();
  const add = (id: string, attempts: number, wrong: number, overrides: number) => {
    const kind = bank.questions.get(id)?.kind ?? bank.flashcards.get(id)?.kind ?? "not in the bank";
    const item = counts.get(id) ?? { id, kind, attempts: 0, wrong: 0, overrides: 0 };
    item.attempts += attempts;
    item.wrong += wrong;
    item.overrides += overrides;
    counts.set(id, item);
  };
  for (const row of answers) add(row.questionId, row._count._all, row.isCorrect ? 0 : row._count._all, 0);
  for (const row of claims) add(row.questionId, 0, 0, row._count._all);
  for (const row of ratings) {
    const id = flashcardOf.get(row.cardId);
    if (id) add(id, row._count._all, row.typedCorrect ? 0 : row._count._all, row.typedOverridden ? row._count._all : 0);
  }
  return [...counts.values()];
}
