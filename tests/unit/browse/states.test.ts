import path from "node:path";
import { describe, expect, test } from "vitest";
import { searchBank } from "@/lib/browse/search";
import { entryStates, filterEntries } from "@/lib/browse/states";
import { loadBank } from "@/lib/content/read";
import { State } from "@/lib/srs/scheduler";

const bank = loadBank(path.join(process.cwd(), "content"));
const now = new Date("2026-12-01T10:00:00Z");
const card = [...bank.flashcards.values()].find((c) => !bank.retired.ids.has(c.id))!;
const question = [...bank.questions.values()].find((q) => !bank.retired.ids.has(q.id))!;

describe("browse states and filters", () => {
  test("a due leech in relearning is due, learning and leech; an unstudied card is new; its fact has both", () => {
    const states = entryStates(
      bank,
      [{ flashcardId: card.id, state: State.Relearning, due: new Date(now.getTime() - 1000), isSuspended: false, isLeech: true }],
      [question.id],
      now,
    );
    expect([...states.get(`flashcard:${card.id}`)!].sort()).toEqual(["due", "learning", "leech"]);
    expect(states.get(`question:${question.id}`)).toEqual(new Set(["missed"]));
    expect(states.get(`fact:${question.factId}`)!.has("missed")).toBe(true);
    const other = [...bank.flashcards.values()][1]!;
    expect(states.get(`flashcard:${other.id}`)).toEqual(new Set(["new"]));
  });

  test("a suspended card is never due", () => {
    const states = entryStates(
      bank,
      [{ flashcardId: card.id, state: State.Review, due: new Date(0), isSuspended: true, isLeech: false }],
      [],
      now,
    );
    expect(states.get(`flashcard:${card.id}`)).toEqual(new Set(["suspended"]));
  });

  test("filters combine: section, a kind or a whole type, and a state", () => {
    const all = searchBank(bank, "");
    const states = entryStates(bank, [], [question.id], now);
    const missed = filterEntries(all, { state: "missed" }, states);
    expect(missed.map((e) => e.key).sort()).toEqual([`fact:${question.factId}`, `question:${question.id}`].sort());
    const relosCloze = filterEntries(all, { section: "relos", kind: "cloze" }, states);
    expect(relosCloze.length).toBeGreaterThan(0);
    expect(relosCloze.every((e) => e.sectionId === "relos" && e.kind === "cloze")).toBe(true);
    expect(filterEntries(all, { kind: "question" }, states)).toHaveLength(
      [...bank.questions.keys()].filter((id) => !bank.retired.ids.has(id)).length,
    );
  });
});
