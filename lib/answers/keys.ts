import type { Flashcard, Question } from "@/lib/content/schemas";
import type { AnswerKey } from "./grade";

/** The answer key of a typed-answer item (type-in card, written or numeric question), or null for other kinds. */
export function answerKeyOf(item: Flashcard | Question): AnswerKey | null {
  switch (item.kind) {
    case "typein":
    case "written":
      return { accepted: [item.answer, ...item.accepted], prompt: item.prompt };
    case "numeric": {
      const shown = item.range ? `${item.range.min}–${item.range.max} ${item.unit}` : `${item.value} ${item.unit}`;
      return {
        accepted: [shown],
        prompt: item.prompt,
        numeric: { value: item.value, range: item.range, tolerance: item.tolerance, unit: item.unit },
        context: item.explanation,
      };
    }
    default:
      return null;
  }
}
