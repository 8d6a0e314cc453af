import { describe, expect, test } from "vitest";
import { orderCramQueue, type CramCardRow } from "@/lib/srs/cram-queue";
import { State } from "@/lib/srs/scheduler";

const now = new Date(2026, 0, 10, 9, 0);
const dayEnd = new Date(2026, 0, 11, 4, 0);
const at = (days: number) => new Date(now.getTime() + days * 86_400_000);
const row = (flashcardId: string, state: number, due: Date, extra: Partial<CramCardRow> = {}): CramCardRow => ({
  flashcardId,
  state,
  due,
  isSuspended: false,
  buriedUntil: null,
  ...extra,
});

describe("a cram session's order", () => {
  test("due cards first (oldest first), then new ones, then those not due yet (soonest first)", () => {
    const rows = [
      row("later", State.Review, at(9)),
      row("late", State.Review, at(-3)),
      row("today", State.Review, at(0.5)),
      row("soon", State.Review, at(2)),
    ];
    const queue = orderCramQueue(["new1", "later", "late", "today", "new2", "soon"], rows, [], now, dayEnd);
    expect(queue.flashcardIds).toEqual(["late", "today", "new1", "new2", "soon", "later"]);
    expect(queue.counts).toEqual({ new: 2, learning: 0, review: 4 });
  });

  test.each([
    { label: "rated Good: done for the session", rating: 3, expected: ["b"] },
    { label: "rated Hard: done for the session", rating: 2, expected: ["b"] },
    { label: "rated Again: back at the end", rating: 1, expected: ["b", "a"] },
  ])("$label", ({ rating, expected }) => {
    const queue = orderCramQueue(["a", "b"], [], [{ flashcardId: "a", rating, reviewedAt: now }], now, dayEnd);
    expect(queue.flashcardIds).toEqual(expected);
  });

  test("the latest rating of a card decides: Again then Good is done", () => {
    const ratings = [
      { flashcardId: "a", rating: 3, reviewedAt: at(0.01) },
      { flashcardId: "a", rating: 1, reviewedAt: now },
    ];
    expect(orderCramQueue(["a"], [], ratings, now, dayEnd).flashcardIds).toEqual([]);
  });

  test("suspended and still-buried cards stay out; a learning step due later waits behind new cards", () => {
    const rows = [
      row("suspended", State.Review, at(-1), { isSuspended: true }),
      row("buried", State.Review, at(-1), { buriedUntil: at(1) }),
      row("step", State.Learning, at(0.005)),
    ];
    const queue = orderCramQueue(["suspended", "buried", "step", "new"], rows, [], now, dayEnd);
    expect(queue.flashcardIds).toEqual(["new", "step"]);
    expect(queue.counts).toEqual({ new: 1, learning: 1, review: 0 });
  });
});
