import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { activeFlashcards } from "@/lib/content/retire";
import { ankiQuestionsText } from "@/lib/export/anki-text";
import { buildApkg } from "@/lib/export/apkg";
import { lockNoteStamps, unlockedNotes } from "@/lib/export/apkg-notes";
import { openApkg } from "@/lib/export/apkg-read";
import { ankiGuid } from "@/lib/export/ids";
import { readNoteStamps } from "@/lib/export/note-stamps-file";
import { contentDir, editedBank } from "./edited-bank";

const bank = loadBank(contentDir);
const stamps = readNoteStamps(contentDir);

interface NoteRow {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
}

function rowsOf(bytes: Uint8Array) {
  const db = openApkg(bytes);
  try {
    return {
      tables: (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
        (t) => t.name,
      ),
      notes: db.prepare("SELECT * FROM notes ORDER BY id").all() as NoteRow[],
      cards: db.prepare("SELECT id, nid, ord, mod FROM cards ORDER BY id").all() as { id: number; nid: number; ord: number; mod: number }[],
      models: (db.prepare("SELECT models FROM col").get() as { models: string }).models,
    };
  } finally {
    db.close();
  }
}

const first = rowsOf(buildApkg(bank, new Date("2026-12-01T10:00:00Z"), { stamps }));

describe("the .apkg's notes as Anki's importer compares them", () => {
  test("content/anki-notes.lock.json knows every exported note (after editing cards, run npm run content:lock)", () => {
    expect(unlockedNotes(bank, stamps)).toEqual([]);
  });

  test("has every table of Anki's schema 11, revlog and graves included (empty without progress)", () => {
    expect(first.tables).toEqual(["cards", "col", "graves", "notes", "revlog"]);
  });

  test("csum is the first 8 hex digits of the SHA-1 of the sort field, which is the first field without HTML", () => {
    for (const note of first.notes) {
      const text = note.flds
        .split("\x1f")[0]!
        .replace(/<[^>]*>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&");
      expect(note.sfld).toBe(text);
      expect(note.csum).toBe(parseInt(createHash("sha1").update(note.sfld).digest("hex").slice(0, 8), 16));
    }
  });

  test("a cloze note's card has the ord of its deletion's number (c1 → 0)", () => {
    const clozes = activeFlashcards(bank).filter((c) => c.kind === "cloze");
    expect(clozes.length).toBeGreaterThan(50);
    for (const card of clozes) {
      const note = first.notes.find((n) => n.guid === ankiGuid(card.id))!;
      const numbers = [...note.flds.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1]));
      const ords = first.cards.filter((c) => c.nid === note.id).map((c) => c.ord);
      expect(ords).toEqual([...new Set(numbers)].map((n) => n - 1));
    }
  });

  test("an unchanged bank exported at another time has byte-identical notes and note types (same times)", () => {
    const later = rowsOf(buildApkg(bank, new Date("2027-03-15T08:00:00Z"), { stamps }));
    expect(later.notes).toEqual(first.notes);
    expect(later.models).toBe(first.models);
    expect(new Set(first.notes.map((n) => n.mod)).size).toBeLessThan(first.notes.length);
  });

  test("an edited card keeps its GUID and note id, its fields change and its time goes up; no other note moves", () => {
    const card = activeFlashcards(bank).find((c) => c.kind === "basic")!;
    const edited = editedBank({ editId: card.id });
    const lockedAt = new Date("2027-01-10T12:00:00Z");
    const later = rowsOf(buildApkg(edited, new Date("2027-02-01T09:00:00Z"), { stamps: lockNoteStamps(edited, stamps, lockedAt) }));
    const before = first.notes.find((n) => n.guid === ankiGuid(card.id))!;
    const after = later.notes.find((n) => n.guid === ankiGuid(card.id))!;
    expect(after.id).toBe(before.id);
    expect(after.flds).not.toBe(before.flds);
    expect(after.flds).toContain("(revised)");
    expect(after.mod).toBe(lockedAt.getTime() / 1000);
    expect(after.mod).toBeGreaterThan(before.mod);
    expect(later.notes.filter((n) => n.id !== before.id)).toEqual(first.notes.filter((n) => n.id !== before.id));
  });

  test("an edit not locked yet counts as made at the export's time, never earlier than the locked one", () => {
    const card = activeFlashcards(bank).find((c) => c.kind === "typein")!;
    const now = new Date("2027-02-01T09:00:00Z");
    const later = rowsOf(buildApkg(editedBank({ editId: card.id }), now, { stamps }));
    const note = later.notes.find((n) => n.guid === ankiGuid(card.id))!;
    expect(note.mod).toBe(now.getTime() / 1000);
    const locked = stamps.notes[card.id]!.since;
    const early = rowsOf(buildApkg(editedBank({ editId: card.id }), new Date((locked - 3600) * 1000), { stamps }));
    expect(early.notes.find((n) => n.guid === ankiGuid(card.id))!.mod).toBe(locked + 1);
  });
});

test("the parent deck is named with the same trimming as its section decks, in the .apkg and the questions file", () => {
  const spaced = { ...bank, deck: { ...bank.deck, title: `  ${bank.deck.title}::Notes ` } };
  const db = openApkg(buildApkg(spaced, new Date("2026-12-01T10:00:00Z"), { stamps }));
  const names = Object.values(
    JSON.parse((db.prepare("SELECT decks FROM col").get() as { decks: string }).decks) as Record<string, { name: string }>,
  )
    .map((d) => d.name)
    .filter((name) => name !== "Default");
  db.close();
  const parent = `${bank.deck.title}:Notes`;
  expect(names).toContain(parent);
  for (const name of names) expect(name === parent || name.startsWith(`${parent}::`), name).toBe(true);
  expect(ankiQuestionsText(spaced).split("\n")[6]!.split("\t")[1]).toBe(`${parent}::Quiz questions`);
});
