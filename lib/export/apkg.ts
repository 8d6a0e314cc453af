import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import type { Bank } from "@/lib/content/bank";
import { ankiNotes, type AnkiNote } from "./anki-notes";
import { ankiChecksum, ankiId } from "./ids";

// An Anki package (.apkg): a zip holding `collection.anki2`, an SQLite collection in Anki's
// schema version 11 (the one every Anki since 2.1 and AnkiDroid import; tables col, notes, cards,
// revlog, graves, with note types and decks as JSON in col), and `media` (a JSON map, empty here).
// The layout follows Anki's legacy schema as genanki writes it (kerrickstaley/genanki apkg_schema.py).

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** Our note types: Anki's stock three with the quote and section as fields of their own. */
export const APKG_NOTE_TYPES = {
  basic: {
    name: "Basic (Factdeck)",
    type: 0,
    fields: ["Front", "Back", "Quote", "Section"],
    qfmt: "{{Front}}",
    afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n<div class="quote">{{Quote}}</div>\n<div class="section">{{Section}}</div>',
  },
  typein: {
    name: "Basic (type in the answer) (Factdeck)",
    type: 0,
    fields: ["Front", "Back", "Quote", "Section"],
    qfmt: "{{Front}}\n\n{{type:Back}}",
    afmt: '{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}\n<div class="quote">{{Quote}}</div>\n<div class="section">{{Section}}</div>',
  },
  cloze: {
    name: "Cloze (Factdeck)",
    type: 1,
    fields: ["Text", "Back Extra", "Quote", "Section"],
    qfmt: "{{cloze:Text}}",
    afmt: '{{cloze:Text}}<br>\n{{Back Extra}}\n<div class="quote">{{Quote}}</div>\n<div class="section">{{Section}}</div>',
  },
} as const;

const CSS =
  ".card { font-family: system-ui, sans-serif; font-size: 20px; text-align: center; }\n" +
  ".quote { font-style: italic; margin-top: 1em; }\n.section { font-size: 0.8em; opacity: 0.7; }\n" +
  ".cloze { font-weight: bold; color: #1d4ed8; }\n.nightMode .cloze { color: #93c5fd; }\n";

/** The `models` JSON of `col`: one entry per note type, keyed by its id (Anki's legacy model dict). */
function modelsJson(mod: number, deckId: number) {
  return Object.fromEntries(
    Object.entries(APKG_NOTE_TYPES).map(([kind, nt]) => {
      const id = ankiId("notetype", kind);
      return [
        String(id),
        {
          id,
          name: nt.name,
          type: nt.type,
          mod,
          usn: -1,
          sortf: 0,
          did: deckId,
          tmpls: [{ name: nt.type === 1 ? "Cloze" : "Card 1", ord: 0, qfmt: nt.qfmt, afmt: nt.afmt, bqfmt: "", bafmt: "", did: null }],
          flds: nt.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] })),
          css: CSS,
          latexPre:
            "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
          latexPost: "\\end{document}",
          // The front needs its first field (a cloze's card comes from its c1 deletion).
          req: [[0, "all", [0]]],
          tags: [],
          vers: [],
        },
      ];
    }),
  );
}

function deckJson(id: number, name: string, mod: number) {
  return {
    id,
    name,
    mod,
    usn: -1,
    desc: "",
    dyn: 0,
    conf: 1,
    collapsed: false,
    extendNew: 0,
    extendRev: 50,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

/** Deck options group 1 ("Default"), as Anki's legacy dconf has it. */
function dconfJson(mod: number) {
  return {
    "1": {
      id: 1,
      name: "Default",
      mod,
      usn: 0,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      dyn: false,
      new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
      rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
      lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    },
  };
}

/** A field's text without HTML, as Anki keeps the sort field and checksums it. */
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

/**
 * The flashcards as an Anki package: one note per card (Basic, type-in or Cloze), one deck per
 * section under the deck's title, tags for section and kind, the quote and section as fields.
 * Quiz questions are left out (they are exam rehearsal, and have their own text file). Content
 * only: every card is new in Anki. Note and card ids and GUIDs come from the card ids, so a second
 * export of an unchanged bank is the same collection but for the times (`now`).
 *
 * @param now the export's time: the notes' modification time, so Anki sees a newer export as newer
 */
export function buildApkg(bank: Bank, now: Date): Uint8Array {
  const notes = ankiNotes(bank);
  const secs = Math.floor(now.getTime() / 1000);
  const parentName = bank.deck.title.replace(/::/g, ":");
  const parentId = ankiId("deck", "__parent__");
  const decks: Record<string, ReturnType<typeof deckJson>> = { "1": deckJson(1, "Default", secs) };
  decks[String(parentId)] = deckJson(parentId, parentName, secs);
  const deckIdOf = new Map<string, number>();
  for (const note of notes) {
    if (deckIdOf.has(note.deck)) continue;
    const id = ankiId("deck", note.deck);
    deckIdOf.set(note.deck, id);
    decks[String(id)] = deckJson(id, note.deck, secs);
  }

  const db = new Database(":memory:");
  try {
    db.exec(SCHEMA);
    const conf = {
      activeDecks: [1],
      curDeck: 1,
      newSpread: 0,
      collapseTime: 1200,
      timeLim: 0,
      estTimes: true,
      dueCounts: true,
      nextPos: notes.length + 1,
      sortType: "noteFld",
      sortBackwards: false,
      addToCur: true,
    };
    db.prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')").run(
      secs,
      now.getTime(),
      now.getTime(),
      JSON.stringify(conf),
      JSON.stringify(modelsJson(secs, parentId)),
      JSON.stringify(decks),
      JSON.stringify(dconfJson(secs)),
    );
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    // A new card: type 0 and queue 0, due = its position among new cards.
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    db.transaction(() => {
      notes.forEach((note, index) => {
        const noteId = ankiId("note", note.flashcardId);
        const fields = fieldsOf(note);
        const sortField = stripHtml(fields[0] ?? "");
        insertNote.run(
          noteId,
          note.guid,
          ankiId("notetype", note.kind),
          secs,
          ` ${note.tags.join(" ")} `,
          fields.join("\x1f"),
          sortField,
          ankiChecksum(sortField),
        );
        insertCard.run(ankiId("card", note.flashcardId), noteId, deckIdOf.get(note.deck)!, secs, index + 1);
      });
    })();
    const collection = db.serialize();
    return zipSync({ "collection.anki2": new Uint8Array(collection), media: strToU8("{}") });
  } finally {
    db.close();
  }
}
