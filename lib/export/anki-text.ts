import type { Bank } from "@/lib/content/bank";
import { ANKI_NOTE_TYPES, ankiNotes, deckPart, htmlField } from "./anki-notes";
import { ankiGuid } from "./ids";
import { exportRows } from "./rows";

// Anki's text import (File → Import, a .txt): header lines say the separator, that fields are
// HTML, and which columns hold the note type, deck, GUID and tags; every other column is a field
// of the row's note type, in order. With a GUID column, a re-import updates the note with that
// GUID instead of adding one (Anki's "update existing notes" match).

const HEADER = ["#separator:tab", "#html:true", "#notetype column:1", "#deck column:2", "#guid column:3", "#tags column:4"];

/**
 * The flashcards as one Anki text file: each row `note type, deck, GUID, tags, field 1, field 2`
 * with Anki's stock note types (their fields are Front/Back and Text/Back Extra):
 * Basic (Front = question, Back = answer + the quote), Basic (type in the answer) (Back = the bare
 * answer the type box compares with; so no quote), and Cloze (Text with `{{c1::…::hint}}`, Back
 * Extra = the quote and section). Quiz questions are not in it: see {@link ankiQuestionsText}.
 */
export function ankiText(bank: Bank): string {
  const rows = ankiNotes(bank).map((note) => {
    const quote = `<i>“${note.quote}”</i><br><small>${note.section}</small>`;
    const fields =
      note.kind === "basic"
        ? [note.front, `${note.back}<br><br>${quote}`]
        : note.kind === "typein"
          ? [note.front, note.back]
          : [note.front, quote];
    return [ANKI_NOTE_TYPES[note.kind], note.deck, note.guid, note.tags.join(" "), ...fields].join("\t");
  });
  return `${[...HEADER, ...rows].join("\n")}\n`;
}

/**
 * The quiz questions as a separate, optional Anki text file (Basic notes in their own deck
 * `<title>::Quiz questions`): the prompt with its choices in the order a student sees them (an
 * MCQ's shuffled, never the key first), the answer, explanation and quote on the back.
 */
export function ankiQuestionsText(bank: Bank): string {
  const deck = `${deckPart(bank.deck.title)}::Quiz questions`;
  const rows = exportRows(bank)
    .filter((row) => row.kind.startsWith("question:"))
    .map((row) => {
      const front = row.options ? `${htmlField(row.prompt)}<br><br>${row.options.map(htmlField).join("<br>")}` : htmlField(row.prompt);
      const back = `<b>${htmlField(row.answer)}</b><br><br>${htmlField(row.explanation)}<br><br><i>“${htmlField(row.quote)}”</i>`;
      const tags = [`factdeck::section::${row.section}`, `factdeck::kind::${row.kind.replace(":", "_")}`].join(" ");
      return ["Basic", deck, ankiGuid(row.id), tags, front, back].join("\t");
    });
  return `${[...HEADER, ...rows].join("\n")}\n`;
}
