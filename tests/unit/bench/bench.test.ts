import { describe, expect, test } from "vitest";
import { FULL_SIZE, sizesAt } from "@/bench/config";
import { firstLoadRows } from "@/bench/cases/first-load-js";
import { formatTable } from "@/bench/report";
import { quantile, summarize } from "@/bench/stats";
import { syntheticRawBank } from "@/bench/synthetic-bank";
import { buildBank } from "@/lib/content/bank";
import { FLASHCARD_KINDS, QUESTION_KINDS } from "@/lib/content/schemas";

describe("the bench's synthetic bank", () => {
  test.each([
    { label: "smallest", items: 40 },
    { label: "the bench's size", items: 10_000 },
  ])("$label: $items items pass the real validation, every kind used", ({ items }) => {
    const bank = buildBank(syntheticRawBank(items));
    expect(bank.facts.size + bank.flashcards.size + bank.questions.size).toBe(items);
    expect(new Set([...bank.flashcards.values()].map((c) => c.kind))).toEqual(new Set(FLASHCARD_KINDS));
    expect(new Set([...bank.questions.values()].map((q) => q.kind))).toEqual(new Set(QUESTION_KINDS));
  });
});

describe("the bench's numbers", () => {
  test("p50 and p95 are nearest-rank percentiles of the samples", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(summarize(samples)).toMatchObject({ n: 100, p50: 50, p95: 95, max: 100 });
    expect(quantile([7], 0.95)).toBe(7);
  });

  test("scale 1 is the issue's load; a tiny scale keeps what every measurement needs", () => {
    expect(sizesAt(1)).toEqual(FULL_SIZE);
    expect(sizesAt(0.001)).toEqual({
      students: 2,
      heavyCards: 10,
      heavyReviews: 100,
      totalReviews: 1_000,
      quizAttempts: 20,
      syntheticBankItems: 40,
    });
  });

  test("a route over 1.3× the bare page's first-load JS is marked ✗, one under it ✓", () => {
    const bare = { route: "/", files: [], bytes: 400_000, gzipBytes: 100_000 };
    const rows = firstLoadRows(
      [
        { route: "/study", files: [], bytes: 0, gzipBytes: 129_000 },
        { route: "/account", files: [], bytes: 0, gzipBytes: 131_000 },
      ],
      bare,
      "16.4.6",
    );
    const table = formatTable("t", rows);
    expect(table).toMatch(/\| 8a +\| first-load JS: \/study +\|.*1\.29× bare .*\| ✓ \|/);
    expect(table).toMatch(/\| 8b +\| first-load JS: \/account +\|.*1\.31× bare .*\| ✗ \|/);
  });
});
