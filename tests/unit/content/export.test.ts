import path from "node:path";
import { describe, expect, test } from "vitest";
import { exportBank, exportRows } from "@/lib/content/export";
import { buildBank } from "@/lib/content/bank";
import { readRawBank } from "@/lib/content/read";

const bank = buildBank(readRawBank(path.join(__dirname, "../../fixtures/content")));

describe("content:export", () => {
  test("json: one array with every flashcard and question in the documented shape", () => {
    const rows = JSON.parse(exportBank(bank, "json")) as ReturnType<typeof exportRows>;
    expect(rows).toHaveLength(bank.flashcards.size + bank.questions.size);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(["answer", "explanation", "id", "kind", "options", "prompt", "quote", "section"]);
      expect(typeof row.answer).toBe("string");
      expect(row.options === null || Array.isArray(row.options)).toBe(true);
    }
    expect(rows.find((r) => r.id === "en-oil-share-card-1")).toMatchObject({
      kind: "flashcard:cloze",
      prompt: "surpassing […] by 2024",
      answer: "30%",
      quote: "surpassing 30% by 2024",
    });
    expect(rows.find((r) => r.id === "en-oil-share-q-1")).toMatchObject({ answer: "30%", options: ["30%", "1%", "50%", "25%"] });
    expect(rows.find((r) => r.id === "en-savings-q-1")?.answer).toBe("15–20 billion US dollars");
    expect(rows.find((r) => r.id === "in-summit-number-q-2")).toMatchObject({ answer: "False", options: ["True", "False"] });
  });

  test("csv: a header and one quoted row per item", () => {
    const lines = exportBank(bank, "csv").trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,kind,section,prompt,answer,options,quote,explanation");
    expect(lines).toHaveLength(1 + bank.flashcards.size + bank.questions.size);
    expect(lines.find((l) => l.startsWith("en-oil-share-q-1,"))).toContain("30% | 1% | 50% | 25%");
  });

  test("anki: tab-separated notes with the headers Anki's importer reads", () => {
    const lines = exportBank(bank, "anki").trimEnd().split("\n");
    expect(lines.slice(0, 3)).toEqual(["#separator:tab", "#html:true", "#tags column:3"]);
    const notes = lines.slice(3);
    expect(notes).toHaveLength(bank.flashcards.size + bank.questions.size);
    for (const note of notes) expect(note.split("\t")).toHaveLength(3);
    expect(notes.find((n) => n.startsWith("surpassing […] by 2024"))).toContain("<i>“surpassing 30% by 2024”</i>");
  });
});
