import { describe, expect, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { activeFlashcards } from "@/lib/content/retire";
import { buildApkg } from "@/lib/export/apkg";
import { lockNoteStamps } from "@/lib/export/apkg-notes";
import { readApkgRecords } from "@/lib/export/apkg-read";
import { readNoteStamps } from "@/lib/export/note-stamps-file";
import { reimportCounts, type CollectionRecords, type NoteRecord } from "@/lib/export/reimport-diff";
import { contentDir, editedBank } from "./edited-bank";

const bank = loadBank(contentDir);
const stamps = readNoteStamps(contentDir);
const cards = activeFlashcards(bank);
const none = { added: 0, updated: 0, unchanged: 0, conflicting: 0, missing: 0, updatedWithoutChange: 0 };
const firstExport = readApkgRecords(buildApkg(bank, new Date("2026-12-01T10:00:00Z"), { stamps }));

describe("re-importing a later export, by Anki's rules", () => {
  test("of an unchanged bank: every note unchanged", () => {
    const again = readApkgRecords(buildApkg(bank, new Date("2027-01-15T08:00:00Z"), { stamps }));
    expect(reimportCounts(firstExport, again)).toEqual({ ...none, unchanged: cards.length });
  });

  test("after one card was edited and one added (and locked): 1 updated, 1 added, the rest unchanged", () => {
    const basics = cards.filter((c) => c.kind === "basic");
    const edited = editedBank({ editId: basics[0]!.id, addId: basics[1]!.id });
    const locked = lockNoteStamps(edited, stamps, new Date("2027-01-10T12:00:00Z"));
    const later = readApkgRecords(buildApkg(edited, new Date("2027-01-15T08:00:00Z"), { stamps: locked }));
    expect(reimportCounts(firstExport, later)).toEqual({ ...none, added: 1, updated: 1, unchanged: cards.length - 1 });
  });

  test("without the lock every note's time was the export's: every note 'updated', none changed", () => {
    const old = readApkgRecords(buildApkg(bank, new Date("2026-12-01T10:00:00Z")));
    const later = readApkgRecords(buildApkg(bank, new Date("2027-01-15T08:00:00Z")));
    expect(reimportCounts(old, later)).toEqual({ ...none, updated: cards.length, updatedWithoutChange: cards.length });
  });
});

const note = (guid: string, mtime: number, mid = 1, flds = "a\x1fb"): NoteRecord => ({ guid, mid, mtime, flds, tags: " t " });
const basicType = { id: 1, fields: ["Front", "Back"], templates: ["Card 1"] };
const collection = (notes: NoteRecord[], notetypes = [basicType]): CollectionRecords => ({ notes, notetypes });

test.each([
  { label: "newer time: updated", incoming: collection([note("g", 20, 1, "a\x1fc")]), expected: { updated: 1 } },
  { label: "same time, other fields: left as it is", incoming: collection([note("g", 10, 1, "a\x1fc")]), expected: { unchanged: 1 } },
  { label: "older time: left as it is", incoming: collection([note("g", 5)]), expected: { unchanged: 1 } },
  {
    label: "another note type: conflicting",
    incoming: collection([note("g", 20, 2)], [{ ...basicType, id: 2 }]),
    expected: { conflicting: 1 },
  },
  {
    label: "our note type with a field added is copied under a new id: conflicting",
    incoming: collection([note("g", 20)], [{ ...basicType, fields: ["Front", "Back", "Extra"] }]),
    expected: { conflicting: 1 },
  },
  {
    label: "a new GUID: added, and the old note missing from the file",
    incoming: collection([note("h", 20)]),
    expected: { added: 1, missing: 1 },
  },
])("$label", ({ incoming, expected }) => {
  expect(reimportCounts(collection([note("g", 10)]), incoming)).toEqual({ ...none, ...expected });
});
