// The study screen's view of one card (pure): its text from the bank, its phase, and the next
// interval of each rating from its memory state at `now`. No I/O, so it is unit-tested alone.
import type { Bank } from "@/lib/content/bank";
import { parseCloze } from "@/lib/content/format";
import type { CardPhase, StudyCardView } from "./types";
import { formatInterval, GRADES, previewDue, State, type Card, type Grade, type Scheduler } from "./scheduler";

const PHASES: Record<number, CardPhase> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

/** A card as the study screen shows it, with the interval each rating would give it now; null for a card not in the bank. */
export function toCardView(
  bank: Bank,
  flashcardId: string,
  memory: Card,
  scheduler: Scheduler,
  now: Date,
  isLeech: boolean,
): StudyCardView | null {
  const text = describeFlashcard(bank, flashcardId);
  if (!text) return null;
  const due = previewDue(scheduler, memory, now);
  const intervals = Object.fromEntries(GRADES.map((g) => [g, formatInterval(now, due[g])])) as Record<Grade, string>;
  return { ...text, phase: PHASES[memory.state] ?? "new", intervals, isLeech };
}

/** The text of one flashcard as the student sees it, with its fact and quote. */
export function describeFlashcard(bank: Bank, flashcardId: string) {
  const flashcard = bank.flashcards.get(flashcardId);
  const fact = flashcard && bank.facts.get(flashcard.factId);
  if (!flashcard || !fact) return null;
  const section = bank.sections.find((s) => s.id === flashcard.sectionId);
  const base = {
    flashcardId,
    kind: flashcard.kind,
    sectionTitle: section?.title ?? "",
    factId: fact.id,
    factStatement: fact.statement,
    quote: fact.quote,
  };
  switch (flashcard.kind) {
    case "basic":
      return { ...base, front: flashcard.front, answer: flashcard.back };
    case "cloze": {
      const { before, answer, after } = parseCloze(flashcard.text) ?? { before: "", answer: "", after: "" };
      return {
        ...base,
        front: `${before}[…]${after}`,
        answer,
        cloze: { before, after },
        ...(flashcard.hint ? { hint: flashcard.hint } : {}),
      };
    }
    case "typein":
      return { ...base, front: flashcard.prompt, answer: flashcard.answer, accepted: [flashcard.answer, ...flashcard.accepted] };
  }
}
