import type { Bank, BankFlashcard } from "@/lib/content/bank";
import { parseCloze } from "@/lib/content/format";
import { activeFlashcards } from "@/lib/content/retire";
import { ankiGuid } from "./ids";

/** Anki's three stock note types our flashcard kinds map to (basic, typein, cloze). */
export const ANKI_NOTE_TYPES = {
  basic: "Basic",
  typein: "Basic (type in the answer)",
  cloze: "Cloze",
} as const satisfies Record<BankFlashcard["kind"], string>;

/** One flashcard as an Anki note: its GUID, deck, tags and the fields of its note type. */
export interface AnkiNote {
  flashcardId: string;
  guid: string;
  kind: BankFlashcard["kind"];
  /** `Parent::Section`: one deck per section under the deck's title. */
  deck: string;
  /** Hierarchical tags without spaces: `factdeck::section::<id>`, `factdeck::kind::<kind>`. */
  tags: string[];
  /** basic/typein: the question; cloze: the text with `{{c1::answer::hint}}` (HTML). */
  front: string;
  /** basic: the answer; typein: the bare answer (the type box compares with it); cloze: "" (HTML). */
  back: string;
  /** The article's sentence the card comes from (HTML). */
  quote: string;
  /** The section's title (HTML). */
  section: string;
}

/** Text as an HTML field (`#html:true`, and what Anki renders): escaped, on one line. */
export function htmlField(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\t\r\n]+/g, " ")
    .trim();
}

/** A tag name part Anki accepts: no `::` inside a part, no spaces. */
const tagPart = (value: string) => value.replace(/\s+/g, "_").replace(/:+/g, "_");
/** A deck name part: `::` would start a subdeck, and Anki trims the parts. */
export const deckPart = (value: string) => value.replace(/::/g, ":").trim();

/**
 * Anki's cloze for our one deletion: `{{c1::answer::hint}}`, the hint when the card has one.
 * Braces in the answer or hint would end the deletion early, so they become lookalikes.
 */
export function ankiCloze(text: string, hint?: string): string {
  const cloze = parseCloze(text);
  if (!cloze) return htmlField(text);
  const safe = (s: string) => htmlField(s).replace(/\{/g, "(").replace(/\}/g, ")").replace(/::/g, ":");
  return `${htmlField(cloze.before)}{{c1::${safe(cloze.answer)}${hint ? `::${safe(hint)}` : ""}}}${htmlField(cloze.after)}`;
}

/** Every studied flashcard as an Anki note, in the bank's order (retired cards are left out). */
export function ankiNotes(bank: Bank): AnkiNote[] {
  const sectionTitle = new Map(bank.sections.map((s) => [s.id, s.title]));
  return activeFlashcards(bank).map((card) => {
    const title = sectionTitle.get(card.sectionId) ?? card.sectionId;
    const base = {
      flashcardId: card.id,
      guid: ankiGuid(card.id),
      kind: card.kind,
      deck: `${deckPart(bank.deck.title)}::${deckPart(title)}`,
      tags: [`factdeck::section::${tagPart(card.sectionId)}`, `factdeck::kind::${card.kind}`],
      quote: htmlField(bank.facts.get(card.factId)?.quote ?? ""),
      section: htmlField(title),
    };
    switch (card.kind) {
      case "basic":
        return { ...base, front: htmlField(card.front), back: htmlField(card.back) };
      case "typein":
        return { ...base, front: htmlField(card.prompt), back: htmlField(card.answer) };
      case "cloze":
        return { ...base, front: ankiCloze(card.text, card.hint), back: "" };
    }
  });
}
