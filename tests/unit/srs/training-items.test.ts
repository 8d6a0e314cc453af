import { describe, expect, test } from "vitest";
import { toTrainingItems } from "@/lib/srs/training-items";

const day = { timeZone: "America/Los_Angeles", dayStartsAtHour: 4 };
const r = (cardId: string, rating: number, state: number, iso: string) => ({ cardId, rating, state, reviewedAt: new Date(iso) });

describe("review logs → FSRS training items", () => {
  test("one item per review on a later study day, holding the reviews before it", () => {
    const items = toTrainingItems(
      [
        r("a", 3, 0, "2026-01-05T17:00:00Z"), // 09:00 Jan 5
        r("a", 3, 1, "2026-01-05T17:10:00Z"), // same day: no item of its own
        r("a", 1, 2, "2026-01-08T06:00:00Z"), // 22:00 Jan 7: 2 study days later
        r("a", 3, 3, "2026-01-08T11:00:00Z"), // 03:00 Jan 8: still Jan 7's study day
        r("a", 3, 2, "2026-01-09T17:00:00Z"), // 09:00 Jan 9: 2 days later
      ],
      day,
    );
    expect(items.map((i) => i.reviews)).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 2 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 2 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 2 },
      ],
    ]);
  });

  test("a reset card is trained only on its reviews since it started over", () => {
    const items = toTrainingItems(
      [
        r("a", 3, 0, "2026-01-05T17:00:00Z"),
        r("a", 1, 2, "2026-01-07T17:00:00Z"),
        r("a", 4, 0, "2026-01-10T17:00:00Z"), // reset: new again
        r("a", 3, 2, "2026-01-15T17:00:00Z"),
      ],
      day,
    );
    expect(items.map((i) => i.reviews)).toEqual([
      [
        { rating: 4, deltaT: 0 },
        { rating: 3, deltaT: 5 },
      ],
    ]);
  });

  test("items from all cards come in the order of their last review", () => {
    const items = toTrainingItems(
      [
        r("a", 3, 0, "2026-01-05T17:00:00Z"),
        r("a", 3, 2, "2026-01-09T17:00:00Z"),
        r("b", 3, 0, "2026-01-05T18:00:00Z"),
        r("b", 3, 2, "2026-01-07T17:00:00Z"),
      ],
      day,
    );
    expect(items.map((i) => i.cardId)).toEqual(["b", "a"]);
  });
});
