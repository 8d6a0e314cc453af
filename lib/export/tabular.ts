import type { Bank } from "@/lib/content/bank";
import { activeFlashcards } from "@/lib/content/retire";
import { flashcardAnswer, flashcardPrompt } from "@/lib/content/format";
import { exportRows } from "./rows";

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * Every studied flashcard and question as CSV (RFC 4180 quoting, CRLF), with a header row:
 * id, kind, section, prompt, answer, options (in the order a student sees them, joined with " | "),
 * quote, explanation.
 */
export function csvFile(bank: Bank): string {
  const header = ["id", "kind", "section", "prompt", "answer", "options", "quote", "explanation"];
  const body = exportRows(bank).map((r) =>
    [r.id, r.kind, r.section, r.prompt, r.answer, r.options?.join(" | ") ?? "", r.quote, r.explanation].map(csvCell).join(","),
  );
  return `${[header.join(","), ...body].join("\r\n")}\r\n`;
}

/** One line, no tab: Quizlet splits terms on tabs and cards on new lines. */
const quizletCell = (value: string) => value.replace(/[\t\r\n]+/g, " ").trim();

/**
 * The basic and type-in flashcards for Quizlet's import ("Between term and definition: Tab",
 * "Between cards: New line"): term = the question, definition = the answer. Clozes are left out:
 * a sentence with a blank is no term, and Quizlet's modes (Match, Learn, the reversed Write) would
 * show the blanked sentence as if it were a definition to recall, or ask for it from a bare "30%".
 */
export function quizletFile(bank: Bank): string {
  const lines = activeFlashcards(bank)
    .filter((card) => card.kind !== "cloze")
    .map((card) => `${quizletCell(flashcardPrompt(card))}\t${quizletCell(flashcardAnswer(card))}`);
  return `${lines.join("\n")}\n`;
}
