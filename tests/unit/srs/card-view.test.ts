import { describe, expect, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { describeFlashcard, toCardView } from "@/lib/srs/card-view";
import { createScheduler, newCard } from "@/lib/srs/scheduler";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/settings/schemas";

const bank = loadBank();
const NOW = new Date("2026-03-10T12:00:00Z");

describe("a card as the study screen shows it (card-view)", () => {
  test("a new card: its text, phase new, and an interval per rating that grows from Again to Easy", () => {
    const flashcard = [...bank.flashcards.values()].find((f) => f.kind === "basic")!;
    const view = toCardView(bank, flashcard.id, newCard(NOW), createScheduler(DEFAULT_STUDY_SETTINGS), NOW, false)!;
    expect(view).toMatchObject({ flashcardId: flashcard.id, kind: "basic", phase: "new", front: flashcard.front, isLeech: false });
    expect(Object.keys(view.intervals)).toEqual(["1", "2", "3", "4"]);
    expect(view.intervals[1]).not.toBe(view.intervals[4]);
  });

  test("a cloze card shows its sentence with a blank; a card not in the bank has no view", () => {
    const cloze = [...bank.flashcards.values()].find((f) => f.kind === "cloze")!;
    const text = describeFlashcard(bank, cloze.id)!;
    expect(text.front).toContain("[…]");
    expect(text.front).not.toContain(text.answer);
    expect(describeFlashcard(bank, "no-such-card")).toBeNull();
    expect(toCardView(bank, "no-such-card", newCard(NOW), createScheduler(DEFAULT_STUDY_SETTINGS), NOW, false)).toBeNull();
  });
});
