import path from "node:path";
import { describe, expect, test } from "vitest";
import { browseEntries, searchBank } from "@/lib/browse/search";
import { loadBank } from "@/lib/content/read";

const bank = loadBank(path.join(process.cwd(), "content"));
const keys = (query: string, hidden?: Set<string>) => searchBank(bank, query, { hiddenQuestionIds: hidden }).map((e) => e.key);

describe("browse search ranking", () => {
  test("a word in a fact's statement and quote puts the fact first, then the items asking about it", () => {
    const found = keys("Murmansk");
    expect(found[0]).toBe("fact:re-arctic-murmansk");
    expect(found.slice(0, 4)).toEqual(expect.arrayContaining(["question:re-arctic-murmansk-q-1", "flashcard:re-arctic-murmansk-card-1"]));
  });

  test("every word must match (AND): adding a word narrows, never widens", () => {
    const relos = keys("RELOS");
    const both = keys("RELOS Arctic");
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(relos.length);
    for (const key of both) expect(relos).toContain(key);
  });

  test("the last word matches as a prefix, and a long word forgives one typo", () => {
    expect(keys("Kudank")[0]).toBe(keys("Kudankulam")[0]);
    expect(keys("Murmansc")[0]).toBe("fact:re-arctic-murmansk");
    expect(keys("zzzzqx")).toEqual([]);
  });

  test("prompts outrank explanations: a question asking about BRAHMOS comes before one merely explaining with it", () => {
    const [first] = searchBank(bank, "BrahMos missile");
    expect(first!.prompt.toLowerCase()).toContain("brahmos");
  });

  test("a question in an open attempt is not found by words of its answer or explanation", () => {
    const hidden = new Set(["re-arctic-murmansk-q-1"]);
    // Its prompt does not say Murmansk: only the answer does.
    expect(bank.questions.get("re-arctic-murmansk-q-1")).toBeDefined();
    expect(keys("Murmansk", hidden)).not.toContain("question:re-arctic-murmansk-q-1");
    expect(keys("Arctic", hidden)).toContain("question:re-arctic-murmansk-q-1");
  });

  test("no query lists every active fact, flashcard and question in bank order; retired ones are left out", () => {
    const active = (ids: Iterable<string>) => [...ids].filter((id) => !bank.retired.ids.has(id)).length;
    expect(bank.retired.ids.size).toBeGreaterThan(0);
    expect(keys("")).toHaveLength(active(bank.facts.keys()) + active(bank.flashcards.keys()) + active(bank.questions.keys()));
    expect(browseEntries(bank)[0]!.type).toBe("fact");
  });
});
