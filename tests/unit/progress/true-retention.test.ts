import { expect, test } from "vitest";
import { computeTrueRetention } from "@/lib/progress/true-retention";

const day = { timeZone: "Europe/Berlin", dayStartsAtHour: 4 };
const NOW = new Date("2026-03-02T10:00:00Z"); // 11:00 in Berlin
/** One review of a card in review, as lib/progress/stats.ts counts it (learning reviews are filtered out in SQL). */
const review = (iso: string, rating: number, scheduledDays: number) => ({
  at: Date.parse(iso),
  mature: scheduledDays >= 21,
  passed: rating > 1,
  count: 1,
});

test("true retention by period and maturity", () => {
  const rows = computeTrueRetention(
    [
      review("2026-03-02T08:00:00Z", 3, 5), // today, young, passed
      review("2026-03-02T08:05:00Z", 1, 30), // today, mature, failed
      review("2026-03-02T08:10:00Z", 4, 30), // today, mature, passed
      review("2026-03-02T02:30:00Z", 3, 21), // 03:30 Berlin: yesterday's study day; 21 days is mature
      review("2026-02-20T08:00:00Z", 2, 3), // 10 days ago, young, Hard = passed
    ],
    NOW,
    day,
  );
  const byPeriod = Object.fromEntries(rows.map((r) => [r.period, r]));
  expect(byPeriod.today!.young).toEqual({ passed: 1, failed: 0, retention: 1 });
  expect(byPeriod.today!.mature).toEqual({ passed: 1, failed: 1, retention: 0.5 });
  expect(byPeriod.today!.total.retention).toBeCloseTo(2 / 3);
  expect(byPeriod.yesterday!.mature).toEqual({ passed: 1, failed: 0, retention: 1 });
  expect(byPeriod.yesterday!.young.retention).toBeNull();
  expect(byPeriod.week!.total).toEqual({ passed: 3, failed: 1, retention: 0.75 });
  expect(byPeriod.month!.total).toEqual({ passed: 4, failed: 1, retention: 0.8 });
  expect(byPeriod.all!.young).toEqual({ passed: 2, failed: 0, retention: 1 });
  expect(rows.map((r) => r.label)).toEqual(["Today", "Yesterday", "Last 7 days", "Last 30 days", "Last 365 days", "All time"]);
});
