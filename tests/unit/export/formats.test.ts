import path from "node:path";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { buildBank } from "@/lib/content/bank";
import { flashcardAnswer, flashcardPrompt } from "@/lib/content/format";
import { loadBank, readRawBank } from "@/lib/content/read";
import { activeFlashcards, activeQuestions } from "@/lib/content/retire";
import { exportBank } from "@/lib/export/formats";
import { ankiGuid } from "@/lib/export/ids";
import type { ExportRow } from "@/lib/export/rows";

const fixture = buildBank(readRawBank(path.join(__dirname, "../../fixtures/content")));
const bank = loadBank(path.join(process.cwd(), "content"));
const text = (format: "anki" | "anki-questions" | "csv" | "quizlet" | "json", b = bank) => exportBank(b, format) as string;

/** Open an exported .apkg as Anki would: unzip it and read its collection with the SQLite driver. */
function openApkg(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
  return { db: new Database(Buffer.from(files["collection.anki2"]!), { readonly: true }), media: strFromU8(files.media!) };
}

describe("json and csv", () => {
  test("json: one array with every studied flashcard and question in the documented shape", () => {
    const rows = JSON.parse(text("json", fixture)) as ExportRow[];
    expect(rows).toHaveLength(activeFlashcards(fixture).length + activeQuestions(fixture).length);
    for (const row of rows)
      expect(Object.keys(row).sort()).toEqual(["answer", "explanation", "id", "kind", "options", "prompt", "quote", "section"]);
    expect(rows.find((r) => r.id === "en-oil-share-card-1")).toMatchObject({
      kind: "flashcard:cloze",
      prompt: "surpassing […] by 2024",
      answer: "30%",
      quote: "surpassing 30% by 2024",
    });
    const mcq = rows.find((r) => r.id === "en-oil-share-q-1")!;
    expect(mcq.answer).toBe("30%");
    expect([...mcq.options!].sort()).toEqual(["1%", "25%", "30%", "50%"]);
    expect(rows.find((r) => r.id === "in-summit-number-q-2")).toMatchObject({ answer: "False", options: ["True", "False"] });
  });

  test("MCQ options come in a shuffled order, the same on every export, not the key always first", () => {
    const rows = (JSON.parse(text("json")) as ExportRow[]).filter((r) => r.kind === "question:mcq");
    const keyFirst = rows.filter((r) => r.options![0] === r.answer).length;
    expect(rows.length).toBeGreaterThan(20);
    expect(keyFirst / rows.length).toBeLessThan(0.5);
    expect(text("json")).toBe(text("json"));
  });

  test("csv: a header and one row per studied item, with kind and section", () => {
    const lines = text("csv").trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,kind,section,prompt,answer,options,quote,explanation");
    // Quoted cells may hold new lines: count the rows by their ids instead.
    for (const card of activeFlashcards(bank).slice(0, 5))
      expect(lines.some((l) => l.startsWith(`${card.id},flashcard:${card.kind},${card.sectionId},`))).toBe(true);
    expect(text("csv")).not.toContain([...bank.retired.ids][0] + ",");
  });

  test("quizlet: one card per line, term TAB definition, every studied basic and type-in flashcard (no cloze)", () => {
    const lines = text("quizlet").trimEnd().split("\n");
    const terms = activeFlashcards(bank).filter((c) => c.kind !== "cloze");
    expect(lines).toHaveLength(terms.length);
    expect(lines[0]).toBe(`${flashcardPrompt(terms[0]!)}\t${flashcardAnswer(terms[0]!)}`);
    expect(text("quizlet")).not.toContain("[…]");
    for (const line of lines) {
      const parts = line.split("\t");
      expect(parts, line).toHaveLength(2);
      expect(parts[0]!.length * parts[1]!.length, line).toBeGreaterThan(0);
    }
  });
});

describe("the Anki text file", () => {
  const lines = text("anki").trimEnd().split("\n");
  const header = lines.filter((l) => l.startsWith("#"));
  const rows = lines.filter((l) => !l.startsWith("#")).map((l) => l.split("\t"));
  const cards = activeFlashcards(bank);

  test("says its separator, HTML and which columns are note type, deck, GUID and tags", () => {
    expect(header).toEqual(["#separator:tab", "#html:true", "#notetype column:1", "#deck column:2", "#guid column:3", "#tags column:4"]);
  });

  test("one row per studied flashcard, no quiz question, each with its kind's note type and a unique GUID", () => {
    expect(rows).toHaveLength(cards.length);
    const byType = { Basic: 0, "Basic (type in the answer)": 0, Cloze: 0 } as Record<string, number>;
    for (const row of rows) {
      expect(row).toHaveLength(6);
      byType[row[0]!] = (byType[row[0]!] ?? 0) + 1;
    }
    expect(byType).toEqual({
      Basic: cards.filter((c) => c.kind === "basic").length,
      "Basic (type in the answer)": cards.filter((c) => c.kind === "typein").length,
      Cloze: cards.filter((c) => c.kind === "cloze").length,
    });
    expect(new Set(rows.map((r) => r[2])).size).toBe(rows.length);
    expect(text("anki")).toBe(text("anki"));
  });

  test("a cloze row has a real deletion, a type-in row the bare answer, tags name section and kind", () => {
    const cloze = rows.filter((r) => r[0] === "Cloze");
    for (const row of cloze) expect(row[4]).toMatch(/\{\{c1::[^{}]+\}\}/);
    const typein = cards.find((c) => c.kind === "typein")!;
    const row = rows.find((r) => r[0] === "Basic (type in the answer)" && r[3]!.includes(`factdeck::section::${typein.sectionId}`))!;
    expect(row[5]).not.toMatch(/<|“/);
    expect(row[1]).toMatch(/^India–Russia Summit, December 2025::/);
    expect(rows[0]![3]).toMatch(/^factdeck::section::\S+ factdeck::kind::(basic|typein|cloze)$/);
  });

  test("the quiz questions are a file of their own, in their own deck", () => {
    const qs = text("anki-questions")
      .trimEnd()
      .split("\n")
      .filter((l) => !l.startsWith("#"));
    expect(qs).toHaveLength(activeQuestions(bank).length);
    for (const q of qs) expect(q.split("\t").slice(0, 2)).toEqual(["Basic", "India–Russia Summit, December 2025::Quiz questions"]);
  });
});

describe("the Anki package (.apkg)", () => {
  const cards = activeFlashcards(bank);
  const first = exportBank(bank, "apkg", new Date("2026-12-01T10:00:00Z")) as Uint8Array;
  const { db, media } = openApkg(first);
  const col = db.prepare("SELECT * FROM col").get() as { ver: number; models: string; decks: string; dconf: string };
  const models = JSON.parse(col.models) as Record<
    string,
    { name: string; type: number; flds: { name: string }[]; tmpls: { qfmt: string }[] }
  >;
  const decks = JSON.parse(col.decks) as Record<string, { name: string }>;
  const notes = db.prepare("SELECT id, guid, mid, tags, flds, sfld FROM notes").all() as {
    id: number;
    guid: string;
    mid: number;
    tags: string;
    flds: string;
    sfld: string;
  }[];

  test("is a schema 11 collection with an empty media map", () => {
    expect(col.ver).toBe(11);
    expect(media).toBe("{}");
    expect(Object.keys(JSON.parse(col.dconf) as object)).toEqual(["1"]);
  });

  test("has one note and one new card per studied flashcard, notes per note type as the bank's kinds", () => {
    const count = (name: string) => notes.filter((n) => models[String(n.mid)]?.name === name).length;
    expect(notes).toHaveLength(cards.length);
    expect(count("Basic (Factdeck)")).toBe(cards.filter((c) => c.kind === "basic").length);
    expect(count("Basic (type in the answer) (Factdeck)")).toBe(cards.filter((c) => c.kind === "typein").length);
    expect(count("Cloze (Factdeck)")).toBe(cards.filter((c) => c.kind === "cloze").length);
    expect(cards.filter((c) => c.kind === "cloze").length).toBeGreaterThan(50);
    const cardRows = db.prepare("SELECT nid, did, ord, type, queue FROM cards").all() as {
      nid: number;
      did: number;
      ord: number;
      type: number;
      queue: number;
    }[];
    expect(cardRows).toHaveLength(cards.length);
    expect(new Set(cardRows.map((c) => c.nid))).toEqual(new Set(notes.map((n) => n.id)));
    for (const c of cardRows) {
      expect(c).toMatchObject({ ord: 0, type: 0, queue: 0 });
      expect(decks[String(c.did)]?.name).toMatch(/^India–Russia Summit, December 2025::/);
    }
  });

  test("the note types: a type box on the type-in front, a cloze type for clozes, quote and section fields", () => {
    const byName = Object.fromEntries(Object.values(models).map((m) => [m.name, m]));
    expect(byName["Basic (type in the answer) (Factdeck)"]!.tmpls[0]!.qfmt).toContain("{{type:Back}}");
    expect(byName["Cloze (Factdeck)"]!.type).toBe(1);
    expect(byName["Cloze (Factdeck)"]!.tmpls[0]!.qfmt).toBe("{{cloze:Text}}");
    for (const m of Object.values(models)) expect(m.flds.map((f) => f.name).slice(2)).toEqual(["Quote", "Section"]);
  });

  test("fields are intact: cloze deletions, the bare type-in answer, the fact's quote; tags name section and kind", () => {
    // The GUID comes from the card id: the same function a second export uses.
    const noteOf = (id: string) => notes.find((n) => n.guid === ankiGuid(id))!;
    const typein = cards.flatMap((c) => (c.kind === "typein" && !/[&<>"]/.test(c.answer) ? [c] : []))[0]!;
    const fields = noteOf(typein.id).flds.split("\x1f");
    expect(fields).toHaveLength(4);
    expect(fields[1]).toBe(typein.answer);
    const cloze = cards.find((c) => c.kind === "cloze" && !/[&<>"]/.test(c.text + bank.facts.get(c.factId)!.quote))!;
    const clozeFields = noteOf(cloze.id).flds.split("\x1f");
    expect(clozeFields[0]).toMatch(/\{\{c1::[^{}]+\}\}/);
    expect(clozeFields[2]).toBe(bank.facts.get(cloze.factId)!.quote);
    expect(noteOf(cloze.id).tags).toBe(` factdeck::section::${cloze.sectionId} factdeck::kind::cloze `);
  });

  test("GUIDs and ids are the same on a later export, so a re-import updates the notes", () => {
    const later = openApkg(exportBank(bank, "apkg", new Date("2027-01-15T08:00:00Z")) as Uint8Array);
    const again = later.db.prepare("SELECT id, guid, flds FROM notes ORDER BY id").all();
    expect(again).toEqual(notes.map(({ id, guid, flds }) => ({ id, guid, flds })).sort((a, b) => a.id - b.id));
    expect(new Set(notes.map((n) => n.guid)).size).toBe(notes.length);
    later.db.close();
  });
});
