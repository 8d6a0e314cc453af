import type { Bank } from "@/lib/content/bank";
import { APKG_NOTE_TYPES, notetypeJson, type ApkgNoteKind } from "./apkg-collection";
import { ankiNotes, type AnkiNote } from "./anki-notes";
import { ankiChecksum, ankiId } from "./ids";
import { contentHash, restamp } from "./note-times";
import type { NoteStamps } from "./schemas";

/** One flashcard as the rows of an .apkg: its note (columns of `notes`) and its one card. */
export interface ApkgNote {
  flashcardId: string;
  kind: ApkgNoteKind;
  deck: string;
  noteId: number;
  cardId: number;
  guid: string;
  /** The note type's id (`notes.mid`). */
  mid: number;
  /** Space-separated with a space at each end, as Anki stores them. */
  tags: string;
  /** The fields joined by 0x1f. */
  flds: string;
  /** The first field without HTML: Anki's sort field, and what its checksum is of. */
  sfld: string;
  csum: number;
  /** Of the note type, fields and tags: what the note's modification time follows. */
  hash: string;
}

/** A field's text without HTML, as Anki keeps the sort field and checksums it (our fields only hold these entities). */
const stripHtml = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

function fieldsOf(note: AnkiNote): string[] {
  return [note.front, note.kind === "cloze" ? "" : note.back, note.quote, note.section];
}

/** Every studied flashcard as the note and card an .apkg holds for it, in the bank's order. */
export function apkgNotes(bank: Bank): ApkgNote[] {
  return ankiNotes(bank).map((note) => {
    const fields = fieldsOf(note);
    const sfld = stripHtml(fields[0] ?? "");
    const flds = fields.join("\x1f");
    const tags = ` ${note.tags.join(" ")} `;
    return {
      flashcardId: note.flashcardId,
      kind: note.kind,
      deck: note.deck,
      noteId: ankiId("note", note.flashcardId),
      cardId: ankiId("card", note.flashcardId),
      guid: note.guid,
      mid: ankiId("notetype", note.kind),
      tags,
      flds,
      sfld,
      csum: ankiChecksum(sfld),
      hash: contentHash([note.kind, flds, tags]),
    };
  });
}

/** The hash of each note type's JSON (templates, fields, CSS): its modification time follows it. */
export function notetypeHashes(): Map<ApkgNoteKind, string> {
  const kinds = Object.keys(APKG_NOTE_TYPES) as ApkgNoteKind[];
  return new Map(kinds.map((kind) => [kind, contentHash([JSON.stringify(notetypeJson(kind))])]));
}

/**
 * The lock's entries for this bank at `now` (for `npm run content:lock`): each note and note type
 * keeps its time while its hash is unchanged, and one that changed (or is new) gets `now`.
 */
export function lockNoteStamps(bank: Bank, stamps: NoteStamps, now: Date): NoteStamps {
  const notes = new Map(apkgNotes(bank).map((note) => [note.flashcardId, note.hash]));
  return { notes: restamp(stamps.notes, notes, now), notetypes: restamp(stamps.notetypes, notetypeHashes(), now) };
}

/** Notes and note types whose content the lock does not have (changed or new since the last `content:lock`). */
export function unlockedNotes(bank: Bank, stamps: NoteStamps): string[] {
  const notes = apkgNotes(bank).filter((note) => stamps.notes[note.flashcardId]?.hash !== note.hash);
  const notetypes = [...notetypeHashes()].filter(([kind, hash]) => stamps.notetypes[kind]?.hash !== hash);
  return [...notes.map((note) => note.flashcardId), ...notetypes.map(([kind]) => `notetype:${kind}`)];
}
