import { describe, expect, test } from "vitest";
import { addByDay, daysToCounts } from "@/lib/progress/rollup";
import { reviewsPerDay } from "@/lib/progress/series";
import { computeTrueRetention } from "@/lib/progress/true-retention";
import { studyDayNumber } from "@/lib/srs/day";

const at = (iso: string) => Date.parse(iso);
// Los Angeles moved its clocks forward on Sunday 8 March 2026: that study day is 23 hours long.
const la = { timeZone: "America/Los_Angeles", dayStartsAtHour: 4 };

describe("the progress rollup's per-day sums", () => {
  test("hours of one study day are summed into one row per day and rating, and added to what was there", () => {
    const ratings = [
      { at: at("2026-03-07T13:00:00Z"), rating: 3, count: 2 }, // 05:00 PST on the 7th
      { at: at("2026-03-08T09:00:00Z"), rating: 3, count: 1 }, // 01:00 PST on the 8th: still the 7th's study day
      { at: at("2026-03-08T12:00:00Z"), rating: 1, count: 4 }, // 05:00 PDT on the 8th
    ];
    const seventh = studyDayNumber(new Date("2026-03-07T13:00:00Z"), la);
    const first = addByDay({ ratings: [], retention: [] }, { ratings, retention: [] }, la);
    expect(first.ratings.sort()).toEqual(
      [
        [seventh, 3, 3],
        [seventh + 1, 1, 4],
      ].sort(),
    );
    const again = addByDay(first, { ratings: [{ at: at("2026-03-08T20:00:00Z"), rating: 1, count: 1 }], retention: [] }, la);
    expect(again.ratings).toContainEqual([seventh + 1, 1, 5]);
  });

  test("stored days read back land on the same study days, so the charts count them as the hours would be", () => {
    const hours = {
      ratings: [
        { at: at("2026-03-08T10:30:00Z"), rating: 2, count: 1 },
        { at: at("2026-03-08T11:30:00Z"), rating: 4, count: 2 },
        { at: at("2026-03-09T12:00:00Z"), rating: 3, count: 3 },
      ],
      retention: [
        { at: at("2026-03-08T11:30:00Z"), mature: true, passed: true, count: 2 },
        { at: at("2026-03-09T12:00:00Z"), mature: false, passed: false, count: 3 },
      ],
    };
    const now = new Date("2026-03-12T18:00:00Z");
    const days = daysToCounts(addByDay({ ratings: [], retention: [] }, hours, la), la);
    expect(reviewsPerDay(days.ratings, now, la, 10)).toEqual(reviewsPerDay(hours.ratings, now, la, 10));
    expect(computeTrueRetention(days.retention, now, la)).toEqual(computeTrueRetention(hours.retention, now, la));
  });
});
