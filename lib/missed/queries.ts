import "server-only";
import type { Bank } from "@/lib/content/bank";
import { questionAnswer, questionPrompt } from "@/lib/content/format";
import { isActive } from "@/lib/content/retire";
import type { QuestionKind } from "@/lib/content/schemas";
import type { Db } from "@/lib/db/create-client";
import { questionIdsColumn } from "@/lib/quiz/columns";
import { RIGHT_IN_A_ROW_TO_MASTER } from "./rules";

export interface MissedItem {
  questionId: string;
  kind: QuestionKind;
  prompt: string;
  correctAnswer: string;
  explanation: string;
  factId: string;
  quote: string;
  missCount: number;
  lastMissedAt: string;
  /** Right answers in a row so far, out of RIGHT_IN_A_ROW_TO_MASTER. */
  streak: number;
  masteredAt: string | null;
}

export interface MissedView {
  missed: { sectionId: string; title: string; items: MissedItem[] }[];
  total: number;
  /** Mastered ones, newest first, so a student can put one back. */
  mastered: MissedItem[];
  needed: number;
}

/** The student's missed questions grouped by section in article order, and the ones mastered. */
export async function getMissedView(db: Db, userId: string, bank: Bank): Promise<MissedView> {
  const rows = await db.missedQuestion.findMany({ where: { userId }, orderBy: [{ lastMissedAt: "desc" }, { id: "asc" }] });
  const toItem = (row: (typeof rows)[number]): MissedItem | null => {
    const question = bank.questions.get(row.questionId);
    if (!question) return null;
    return {
      questionId: row.questionId,
      kind: question.kind,
      prompt: questionPrompt(question),
      correctAnswer: questionAnswer(question),
      explanation: question.explanation,
      factId: question.factId,
      quote: bank.facts.get(question.factId)?.quote ?? "",
      missCount: row.missCount,
      lastMissedAt: row.lastMissedAt.toISOString(),
      streak: row.streak,
      masteredAt: row.masteredAt?.toISOString() ?? null,
    };
  };
  const open = rows.filter((row) => row.masteredAt === null && isActive(bank, row.questionId));
  const missed = bank.sections.flatMap((section) => {
    const items = open.filter((row) => bank.questions.get(row.questionId)?.sectionId === section.id).flatMap((row) => toItem(row) ?? []);
    return items.length > 0 ? [{ sectionId: section.id, title: section.title, items }] : [];
  });
  const mastered = rows
    .filter((row) => row.masteredAt !== null)
    .sort((a, b) => (b.masteredAt?.getTime() ?? 0) - (a.masteredAt?.getTime() ?? 0))
    .flatMap((row) => toItem(row) ?? []);
  return { missed, total: missed.reduce((sum, group) => sum + group.items.length, 0), mastered, needed: RIGHT_IN_A_ROW_TO_MASTER };
}

/** Question ids on the student's Missed list (not mastered), still in the bank and not retired. */
export async function openMissedIds(db: Db, userId: string, bank: Bank): Promise<string[]> {
  const rows = await db.missedQuestion.findMany({
    where: { userId, masteredAt: null },
    select: { questionId: true },
    orderBy: { lastMissedAt: "desc" },
  });
  // A retired question (ids.lock.json) stays stored but is no longer practised or counted.
  return rows.map((row) => row.questionId).filter((id) => bank.questions.has(id) && isActive(bank, id));
}

/** How many questions are on the Missed list. */
export function countMissed(db: Db, userId: string): Promise<number> {
  return db.missedQuestion.count({ where: { userId, masteredAt: null } });
}

/**
 * Questions of one of the student's attempts still on their Missed list: those
 * answered wrongly or left blank in it (`wrong`; an answer claimed right is not), and
 * every one of it not yet mastered (`open`). Empty for an attempt that isn't theirs.
 */
export async function missedInAttempt(db: Db, userId: string, attemptId: string, bank: Bank): Promise<{ wrong: string[]; open: string[] }> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      questionIds: true,
      answers: { where: { OR: [{ isCorrect: true }, { overriddenAt: { not: null } }] }, select: { questionId: true } },
    },
  });
  if (!attempt) return { wrong: [], open: [] };
  const right = new Set(attempt.answers.map((answer) => answer.questionId));
  const inAttempt = new Set(questionIdsColumn.parse(attempt.questionIds));
  const missed = await openMissedIds(db, userId, bank);
  return { wrong: missed.filter((id) => inAttempt.has(id) && !right.has(id)), open: missed.filter((id) => inAttempt.has(id)) };
}
