import { z } from "zod";
import type { Bank } from "@/lib/content/bank";
import { gradeTyped, type TypedVerdict } from "./grade";
import { answerKeyOf } from "./keys";

/**
 * Grading a bank item by id, for authors (`npm run content:grade`): the same grader
 * the app uses, so what it says is what a student gets. Pure.
 */

export type ItemVerdict = ({ ok: true; accepted: readonly string[] } & TypedVerdict) | { ok: false; error: string };

/** Grade one answer to the item with this id: type-in cards, written, numeric, true/false and multiple-choice questions. */
export function gradeItem(bank: Bank, id: string, answer: string): ItemVerdict {
  const item = bank.questions.get(id) ?? bank.flashcards.get(id);
  if (!item)
    return { ok: false, error: `Unknown item id "${id}": no flashcard or question has it (ids are listed in content/ids.lock.json).` };
  const key = answerKeyOf(item);
  if (key) return { ok: true, accepted: key.accepted, ...gradeTyped(answer, key) };
  if (item.kind === "truefalse") {
    const said = /^(?:t|true|yes)$/i.test(answer.trim()) ? true : /^(?:f|false|no)$/i.test(answer.trim()) ? false : null;
    const accepted = [String(item.answer)];
    if (said === null) return { ok: true, accepted, correct: false, matched: null, reason: 'answer "true" or "false"' };
    return {
      ok: true,
      accepted,
      correct: said === item.answer,
      matched: said === item.answer ? String(item.answer) : null,
      reason: `keyed ${item.answer}`,
    };
  }
  if (item.kind === "mcq") {
    const correct = answer.trim().toLowerCase() === item.answer.toLowerCase();
    return {
      ok: true,
      accepted: [item.answer],
      correct,
      matched: correct ? item.answer : null,
      reason: correct ? "the keyed option" : `the keyed option is "${item.answer}"`,
    };
  }
  return { ok: false, error: `Item "${id}" is a ${item.kind} ${"pairs" in item ? "question" : "card"}: it has no typed answer to grade.` };
}

export const batchFileSchema = z.array(z.object({ id: z.string().min(1), answer: z.string() }));

export interface BatchResult {
  results: { id: string; answer: string; correct: boolean }[];
  unknown: string[];
}

/** Grade `[{"id","answer"}]`; ids that are not in the bank (or have no answer to grade) are listed apart. */
export function gradeBatch(bank: Bank, rows: z.infer<typeof batchFileSchema>): BatchResult {
  const results: BatchResult["results"] = [];
  const unknown: string[] = [];
  for (const row of rows) {
    const verdict = gradeItem(bank, row.id, row.answer);
    if (verdict.ok) results.push({ id: row.id, answer: row.answer, correct: verdict.correct });
    else unknown.push(verdict.error);
  }
  return { results, unknown };
}
