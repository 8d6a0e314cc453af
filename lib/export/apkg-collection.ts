import { ankiId } from "./ids";

// The fixed parts of the collection in an .apkg: the SQL schema and the JSON that schema 11 keeps
// in `col` (note types, decks, deck options, collection config). The layout follows Anki's legacy
// schema as genanki writes it (kerrickstaley/genanki apkg_schema.py); keys Anki reads are named
// as in rslib/src/{notetype,decks,deckconfig}/schema11.rs.

export const SCHEMA = `
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

export type ApkgNoteKind = keyof typeof APKG_NOTE_TYPES;

const CSS =
  ".card { font-family: system-ui, sans-serif; font-size: 20px; text-align: center; }\n" +
  ".quote { font-style: italic; margin-top: 1em; }\n.section { font-size: 0.8em; opacity: 0.7; }\n" +
  ".cloze { font-weight: bold; color: #1d4ed8; }\n.nightMode .cloze { color: #93c5fd; }\n";

/** The parent deck (the deck's title) holds one deck per section. */
export const PARENT_DECK_ID = ankiId("deck", "__parent__");

/** One note type as Anki's legacy model dict, without its modification time (`mod`, set by the caller). */
export function notetypeJson(kind: ApkgNoteKind) {
  const nt = APKG_NOTE_TYPES[kind];
  return {
    id: ankiId("notetype", kind),
    name: nt.name,
    type: nt.type,
    usn: -1,
    sortf: 0,
    did: PARENT_DECK_ID,
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
  };
}

export function deckJson(id: number, name: string, mod: number, conf = 1) {
  return {
    id,
    name,
    mod,
    usn: -1,
    desc: "",
    dyn: 0,
    conf,
    collapsed: false,
    extendNew: 0,
    extendRev: 50,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

/** The student's study options, for the deck options preset of an export with scheduling. */
export interface PresetOptions {
  desiredRetention: number;
  maximumInterval: number;
  newCardsPerDay: number;
  dailyReviewLimit: number;
  leechThreshold: number;
  /** Trained FSRS-6 parameters (21 numbers), or null: Anki's defaults. */
  fsrsParameters: readonly number[] | null;
}

export const PRESET_ID = ankiId("dconf", "factdeck");

/**
 * A deck options group as Anki's legacy dconf has it: "Default" (id 1, which every collection
 * has, so Anki keeps its own) or, with scheduling, "Factdeck" with the student's options
 * (imported when "Import any deck presets" is ticked). Steps are ts-fsrs's defaults (1m 10m, 10m).
 */
export function dconfJson(mod: number, preset?: PresetOptions) {
  return {
    id: preset ? PRESET_ID : 1,
    name: preset ? "Factdeck" : "Default",
    mod,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: {
      bury: true,
      delays: [1, 10],
      initialFactor: 2500,
      ints: [1, 4, 7],
      order: 1,
      perDay: preset?.newCardsPerDay ?? 20,
      separate: true,
    },
    rev: {
      bury: true,
      ease4: 1.3,
      fuzz: 0.05,
      ivlFct: 1,
      maxIvl: preset?.maximumInterval ?? 36500,
      minSpace: 1,
      perDay: preset?.dailyReviewLimit ?? 200,
    },
    // Leech action: Factdeck suspends leeches (0); "Default" keeps Anki's tag-only (1).
    lapse: { delays: [10], leechAction: preset ? 0 : 1, leechFails: preset?.leechThreshold ?? 8, minInt: 1, mult: 0 },
    desiredRetention: preset?.desiredRetention ?? 0.9,
    fsrsParams6: preset?.fsrsParameters ? [...preset.fsrsParameters] : [],
  };
}

/** Where the student's day starts, as the collection config's V2 timing keys need it. */
export interface CollectionDay {
  /** Unix seconds: the start of the collection's day 0 (review cards' `due` counts days from it). */
  crt: number;
  /** The hour the day starts (Anki's "next day starts at"). */
  rollover: number;
  /** Minutes west of UTC at `crt` (Anki's creationOffset: negative east of Greenwich). */
  minutesWest: number;
}

/** The collection config (`col.conf`): the V2 scheduler with the new timezone code, as Anki 2.1.50+ writes it. */
export function colConf(day: CollectionDay, nextPos: number) {
  return {
    activeDecks: [1],
    curDeck: 1,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    nextPos,
    sortType: "noteFld",
    sortBackwards: false,
    addToCur: true,
    // Without schedVer the importer takes the file for a V1 collection and converts its cards.
    schedVer: 2,
    sched2021: true,
    rollover: day.rollover,
    creationOffset: day.minutesWest,
    localOffset: day.minutesWest,
  };
}
