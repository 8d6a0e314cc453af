import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import type { Bank } from "@/lib/content/bank";
import { DEFAULT_STUDY_DAY, startOfStudyDay } from "@/lib/srs/day";
import {
  colConf,
  dconfJson,
  deckJson,
  notetypeJson,
  APKG_NOTE_TYPES,
  PARENT_DECK_ID,
  PRESET_ID,
  SCHEMA,
  type ApkgNoteKind,
} from "./apkg-collection";
import { apkgNotes, notetypeHashes } from "./apkg-notes";
import type { AnkiProgress } from "./apkg-progress";
import { deckPart } from "./anki-notes";
import { ankiId } from "./ids";
import { stampedTime } from "./note-times";
import { EMPTY_NOTE_STAMPS, type NoteStamps } from "./schemas";

// An Anki package (.apkg): a zip holding `collection.anki2`, an SQLite collection in Anki's
// schema version 11 (the one every Anki since 2.1 and AnkiDroid import; tables col, notes, cards,
// revlog, graves, with note types and decks as JSON in col), and `media` (a JSON map, empty here).

export interface ApkgOptions {
  /** `content/anki-notes.lock.json`: each note's and note type's modification time. */
  stamps?: NoteStamps;
  /** The student's scheduling and review history; without it every card is new. */
  progress?: AnkiProgress;
}

/**
 * The flashcards as an Anki package: one note per card (Basic, type-in or Cloze), one deck per
 * section under the deck's title, tags for section and kind, the quote and section as fields.
 * Quiz questions are left out (they are exam rehearsal, and have their own text file). Note and
 * card ids and GUIDs come from the card ids, and each note's modification time from the lock
 * (`stamps`), so two exports of an unchanged bank hold the same notes, and an edited card's note
 * is newer: Anki's importer updates exactly the notes that changed.
 *
 * @param now the export's time: the collection's, and a note's when the lock does not know its content yet
 * @example const bytes = buildApkg(bank, new Date(), { stamps: readNoteStamps("content") });
 */
export function buildApkg(bank: Bank, now: Date, options: ApkgOptions = {}): Uint8Array {
  const { stamps = EMPTY_NOTE_STAMPS, progress } = options;
  const notes = apkgNotes(bank);
  const secs = Math.floor(now.getTime() / 1000);
  const day = progress?.day ?? {
    crt: Math.floor(startOfStudyDay(now).getTime() / 1000),
    rollover: DEFAULT_STUDY_DAY.dayStartsAtHour,
    minutesWest: 0,
  };
  const conf = progress ? PRESET_ID : 1;

  const ntHashes = notetypeHashes();
  const models = Object.fromEntries(
    (Object.keys(APKG_NOTE_TYPES) as ApkgNoteKind[]).map((kind) => {
      const model = notetypeJson(kind);
      return [String(model.id), { ...model, mod: stampedTime(stamps.notetypes, kind, ntHashes.get(kind)!, now) }];
    }),
  );
  const decks: Record<string, ReturnType<typeof deckJson>> = { "1": deckJson(1, "Default", secs) };
  decks[String(PARENT_DECK_ID)] = deckJson(PARENT_DECK_ID, deckPart(bank.deck.title), secs, conf);
  const deckIdOf = new Map<string, number>();
  for (const note of notes) {
    if (deckIdOf.has(note.deck)) continue;
    const id = ankiId("deck", note.deck);
    deckIdOf.set(note.deck, id);
    decks[String(id)] = deckJson(id, note.deck, secs, conf);
  }
  const dconf = { "1": dconfJson(secs), ...(progress ? { [String(PRESET_ID)]: dconfJson(secs, progress.preset) } : {}) };

  const db = new Database(":memory:");
  try {
    db.exec(SCHEMA);
    db.prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')").run(
      day.crt,
      now.getTime(),
      now.getTime(),
      JSON.stringify(colConf(day, notes.length + 1)),
      JSON.stringify(models),
      JSON.stringify(decks),
      JSON.stringify(dconf),
    );
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)");
    const insertRevlog = db.prepare("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)");
    db.transaction(() => {
      notes.forEach((note, index) => {
        const mtime = stampedTime(stamps.notes, note.flashcardId, note.hash, now);
        insertNote.run(note.noteId, note.guid, note.mid, mtime, note.tags, note.flds, note.sfld, note.csum);
        // A card never studied is new: type 0 and queue 0, due = its position among new cards.
        const s = progress?.cards.get(note.flashcardId);
        insertCard.run(
          note.cardId,
          note.noteId,
          deckIdOf.get(note.deck)!,
          s?.mod ?? mtime,
          ...(s ? [s.type, s.queue, s.due, s.ivl, s.factor, s.reps, s.lapses, s.left, s.data] : [0, 0, index + 1, 0, 0, 0, 0, 0, ""]),
        );
      });
      // Reviews of retired cards (no longer in the file) are left out with their cards.
      const exported = new Set(notes.map((n) => n.cardId));
      for (const r of progress?.revlog ?? []) {
        if (exported.has(r.cid)) insertRevlog.run(r.id, r.cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type);
      }
    })();
    const collection = db.serialize();
    return zipSync({ "collection.anki2": new Uint8Array(collection), media: strToU8("{}") });
  } finally {
    db.close();
  }
}
