import type { BankFlashcard, BankQuestion } from "./bank";

// How bank items read as text: for the quiz and missed pages and for the export.

/**
 * A cloze text's `{{deletion}}` and the sentence around it (the first one; the schema allows one),
 * or null when it has none.
 *
 * @example
 * parseCloze("Modi met Putin at {{the airport}}."); // { before: "Modi met Putin at ", answer: "the airport", after: "." }
 */
export function parseCloze(text: string): { before: string; answer: string; after: string } | null {
  const match = /\{\{([^{}]+)\}\}/.exec(text);
  if (!match) return null;
  return { before: text.slice(0, match.index), answer: match[1] ?? "", after: text.slice(match.index + match[0].length) };
}

export function flashcardPrompt(card: BankFlashcard): string {
  switch (card.kind) {
    case "basic":
      return card.front;
    case "cloze": {
      const cloze = parseCloze(card.text);
      return cloze ? `${cloze.before}[…]${cloze.after}` : card.text;
    }
    case "typein":
      return card.prompt;
  }
}

export function flashcardAnswer(card: BankFlashcard): string {
  switch (card.kind) {
    case "basic":
      return card.back;
    case "cloze":
      return parseCloze(card.text)?.answer ?? "";
    case "typein":
      return card.answer;
  }
}

export function questionPrompt(question: BankQuestion): string {
  return question.kind === "truefalse" ? `True or false: ${question.statement}` : question.prompt;
}

/** The correct answer of a question as one line of text. */
export function questionAnswer(question: BankQuestion): string {
  switch (question.kind) {
    case "mcq":
    case "written":
      return question.answer;
    case "truefalse":
      return question.answer ? "True" : "False";
    case "numeric":
      return question.range
        ? `${question.range.min}–${question.range.max} ${question.unit}`
        : `${question.value} ${question.unit}${question.tolerance ? ` (±${question.tolerance})` : ""}`;
    case "matching":
      return question.pairs.map((p) => `${p.left} → ${p.right}`).join("; ");
  }
}
