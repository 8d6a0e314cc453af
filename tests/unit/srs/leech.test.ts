import { describe, expect, test } from "vitest";
import { becomesLeech, isLeechLapse } from "@/lib/srs/leech";

describe("leech threshold", () => {
  test.each([
    { label: "below the threshold", lapses: 7, threshold: 8, leech: false },
    { label: "at the threshold (default 8)", lapses: 8, threshold: 8, leech: true },
    { label: "one past it", lapses: 9, threshold: 8, leech: false },
    { label: "again at half a threshold more", lapses: 12, threshold: 8, leech: true },
    { label: "and every half threshold after", lapses: 16, threshold: 8, leech: true },
    { label: "a student's lower threshold", lapses: 3, threshold: 3, leech: true },
    { label: "odd thresholds round the half up", lapses: 5, threshold: 3, leech: true },
    { label: "a threshold of 1: every lapse", lapses: 2, threshold: 1, leech: true },
  ])("$label: $lapses lapses, threshold $threshold → $leech", ({ lapses, threshold, leech }) => {
    expect(isLeechLapse(lapses, threshold)).toBe(leech);
  });

  test("only a rating that adds a lapse makes a leech", () => {
    expect(becomesLeech(7, 8, 8)).toBe(true);
    // Rated Good while already at 8 lapses: not a new lapse.
    expect(becomesLeech(8, 8, 8)).toBe(false);
  });
});
