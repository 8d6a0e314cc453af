import type { Bank, BankQuestion } from "@/lib/content/bank";
import { flashcardAnswer, flashcardPrompt, questionAnswer, questionPrompt } from "@/lib/content/format";
import { activeFlashcards, activeQuestions } from "@/lib/content/retire";
import { seededRandom } from "@/lib/random";
import { shuffle } from "@/lib/quiz/build";
import { seedOf } from "./ids";

/** One flashcard or question, flattened for other tools. */
export interface ExportRow {
  id: string;
  /** `flashcard:basic|cloze|typein` or `question:mcq|truefalse|…`. */
  kind: string;
  section: string;
  prompt: string;
  answer: string;
  options: string[] | null;
  quote: string;
  explanation: string;
}

/**
 * A question's choices as a student sees them: an MCQ's options shuffled, never the key always
 * first. The shuffle is seeded by the question's id, so two exports agree (a re-import changes nothing).
 */
export function shownOptions(question: BankQuestion): string[] | null {
  if (question.kind === "mcq") return shuffle(question.options, seededRandom(seedOf(question.id)));
  if (question.kind === "truefalse") return ["True", "False"];
  return null;
}

/** Every studied flashcard, then every studied question (retired items are not exported: they are not studied). */
export function exportRows(bank: Bank): ExportRow[] {
  const quoteOf = (factId: string) => bank.facts.get(factId)?.quote ?? "";
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
    options: shownOptions(question),
    quote: quoteOf(question.factId),
    explanation: question.kind === "mcq" ? `${question.explanation} ${question.tempting.why}` : question.explanation,
  }));
  return [...cards, ...questions];
}
