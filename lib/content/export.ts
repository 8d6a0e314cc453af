import { z } from "zod";
import type { Bank } from "./bank";
import { flashcardAnswer, flashcardPrompt, questionAnswer, questionPrompt } from "./format";
import { activeFlashcards, activeQuestions } from "./retire";

export const exportFormatSchema = z.enum(["json", "csv", "anki"]);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** One flashcard or question, flattened for other tools. */
export interface ExportRow {
  id: string;
  kind: string;
  section: string;
  prompt: string;
  answer: string;
  options: string[] | null;
  quote: string;
  explanation: string;
}

export function exportRows(bank: Bank): ExportRow[] {
  const quoteOf = (factId: string) => bank.facts.get(factId)?.quote ?? "";
  // Retired items are not studied any more, so other tools don't get them either.
  const cards = activeFlashcards(bank).map((card) => ({
    id: card.id,
    kind: `flashcard:${card.kind}`,
    section: card.sectionId,
    prompt: flashcardPrompt(card),
    answer: flashcardAnswer(card),
    options: null,
    quote: quoteOf(card.factId),
    explanation: bank.facts.get(card.factId)?.statement ?? "",
  }));
  const questions = activeQuestions(bank).map((question) => ({
    id: question.id,
    kind: `question:${question.kind}`,
    section: question.sectionId,
    prompt: questionPrompt(question),
    answer: questionAnswer(question),
    options: question.kind === "mcq" ? question.options : question.kind === "truefalse" ? ["True", "False"] : null,
    quote: quoteOf(question.factId),
    explanation: question.kind === "mcq" ? `${question.explanation} ${question.tempting.why}` : question.explanation,
  }));
  return [...cards, ...questions];
}

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const html = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\t\r\n]+/g, " ");

/**
 * Serialise every flashcard and question.
 * - `json`: one array of {@link ExportRow}.
 * - `csv`: the same columns, RFC 4180 quoting, `options` joined with " | ".
 * - `anki`: a notes file for Anki's File → Import (tab-separated, HTML fields):
 *   front, back with the source quote, and the section as a tag.
 */
export function exportBank(bank: Bank, format: ExportFormat): string {
  const rows = exportRows(bank);
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === "csv") {
    const header = ["id", "kind", "section", "prompt", "answer", "options", "quote", "explanation"];
    const body = rows.map((r) =>
      [r.id, r.kind, r.section, r.prompt, r.answer, r.options?.join(" | ") ?? "", r.quote, r.explanation].map(csvCell).join(","),
    );
    return `${[header.join(","), ...body].join("\r\n")}\r\n`;
  }
  const notes = rows.map((r) => {
    const front = r.options ? `${html(r.prompt)}<br><br>${r.options.map(html).join("<br>")}` : html(r.prompt);
    const back = `<b>${html(r.answer)}</b><br><br>${html(r.explanation)}<br><br><i>“${html(r.quote)}”</i>`;
    return [front, back, `factdeck::${r.section}`].join("\t");
  });
  return `${["#separator:tab", "#html:true", "#tags column:3", ...notes].join("\n")}\n`;
}
