import { describe, expect, test } from "vitest";
import type { BankFlashcard } from "@/lib/content/bank";
import { LEARN_AHEAD_MS, planQueue, studyWindow, type QueueInput, type QueueRow } from "@/lib/srs/queue";
import { State } from "@/lib/srs/scheduler";

const NOW = new Date("2026-03-10T12:00:00Z");
const window = studyWindow(NOW, { timeZone: "UTC", dayStartsAtHour: 4 });
const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000);
const row = (id: string, state: number, due: Date, lastReview: Date | null = null): QueueRow => ({
  id,
  flashcardId: `f-${id}`,
  state,
  due,
  lastReview,
});
const flashcard = (id: string, sectionId = "s1") => ({ id, sectionId }) as BankFlashcard;
const limits = { dailyReviewLimit: 200, newCardsPerDay: 20 };

function input(parts: Partial<QueueInput<QueueRow>>): QueueInput<QueueRow> {
  return {
    learning: [],
    reviews: [],
    reviewsDue: 0,
    planned: [],
    broughtForward: [],
    unseen: [],
    ratedToday: { new: 0, review: 0 },
    ...parts,
  };
}

describe("the study queue's rules (planQueue)", () => {
  test("the study window: today's study day and the learn-ahead limit", () => {
    expect(window.dayStart.toISOString()).toBe("2026-03-10T04:00:00.000Z");
    expect(window.dayEnd.toISOString()).toBe("2026-03-11T04:00:00.000Z");
    expect(window.learnAheadUntil.getTime() - NOW.getTime()).toBe(LEARN_AHEAD_MS);
  });

  test("the oldest due card comes first, learning or review; counts include every due review", () => {
    const learning = [row("l1", State.Learning, minutes(-5))];
    const reviews = [row("r1", State.Review, minutes(-60))];
    const plan = planQueue(input({ learning, reviews, reviewsDue: 7, unseen: [flashcard("n1")] }), limits, window, NOW, null);
    expect(plan.next).toEqual({ kind: "due", row: reviews[0] });
    expect(plan.counts).toEqual({ new: 1, learning: 1, review: 7 });
  });

  test("ties in due are broken by the row id, as the database orders", () => {
    const due = minutes(-1);
    const plan = planQueue(
      input({ learning: [row("b", State.Learning, due)], reviews: [row("a", State.Review, due)], reviewsDue: 1 }),
      limits,
      window,
      NOW,
      null,
    );
    expect(plan.next?.kind === "due" && plan.next.row.id).toBe("a");
  });

  test("reviews past today's limit wait; learning cards never do", () => {
    const reviews = [row("r1", State.Review, minutes(-60))];
    const learning = [row("l1", State.Relearning, minutes(-5))];
    const done = planQueue(input({ learning, reviews, reviewsDue: 30, ratedToday: { new: 0, review: 200 } }), limits, window, NOW, null);
    expect(done.next).toEqual({ kind: "due", row: learning[0] });
    expect(done.counts.review).toBe(0);
    const some = planQueue(input({ reviews, reviewsDue: 30, ratedToday: { new: 0, review: 190 } }), limits, window, NOW, null);
    expect(some.counts.review).toBe(10);
  });

  test("new cards after due ones, brought-forward first, up to today's new-card limit", () => {
    const plan = planQueue(
      input({
        broughtForward: [flashcard("b1")],
        unseen: [flashcard("n1"), flashcard("n2"), flashcard("n3")],
        ratedToday: { new: 18, review: 0 },
      }),
      limits,
      window,
      NOW,
      null,
    );
    expect(plan.next).toEqual({ kind: "new", flashcard: flashcard("b1") });
    expect(plan.counts.new).toBe(2);
  });

  test("a learning step due within the learn-ahead window shows when nothing else is left, not one due later", () => {
    const soon = row("l1", State.Learning, minutes(10));
    expect(planQueue(input({ learning: [soon] }), limits, window, NOW, null)).toEqual({
      next: { kind: "ahead", row: soon },
      counts: { new: 0, learning: 1, review: 0 },
    });
    expect(planQueue(input({ learning: [row("l2", State.Learning, minutes(30))] }), limits, window, NOW, null).next).toBeNull();
  });

  test("under an exam, its reviews follow the plan's order and skip the review limit", () => {
    const exam = { queue: { sectionIds: ["s1"], newFlashcardIds: [], reviewFlashcardIds: ["f-p2", "f-p1"] }, isExamCard: () => true };
    const planned = [row("p1", State.Review, minutes(60 * 30)), row("p2", State.Review, minutes(60 * 40))];
    const plan = planQueue(input({ planned, ratedToday: { new: 0, review: 500 } }), limits, window, NOW, exam);
    expect(plan.next).toEqual({ kind: "due", row: planned[1] });
    expect(plan.counts.review).toBe(2);
  });
});
