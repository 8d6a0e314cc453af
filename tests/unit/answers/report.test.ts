import { describe, expect, it } from "vitest";
import { formatReport, rankItems } from "@/lib/answers/report";

describe("content:report ranking", () => {
  it("puts the most overridden first, then the highest wrong rate, and leaves out unanswered items", () => {
    const rows = rankItems([
      { id: "a", kind: "written", attempts: 10, wrong: 9, overrides: 0 },
      { id: "b", kind: "typein", attempts: 4, wrong: 2, overrides: 2 },
      { id: "c", kind: "numeric", attempts: 5, wrong: 1, overrides: 0 },
      { id: "d", kind: "written", attempts: 0, wrong: 0, overrides: 0 },
    ]);
    expect(rows.map((row) => row.id)).toEqual(["b", "a", "c"]);
    const text = formatReport(rows);
    expect(text.split("\n")[0]).toMatch(/^item\s+kind\s+attempts\s+wrong\s+wrong rate\s+overrides$/);
    expect(text).toContain("90%");
    expect(text).toContain("3 items answered, 19 graded answers, 2 overridden.");
  });
  it("says when there is nothing to report", () => expect(formatReport([])).toBe("No graded answers in this database yet."));
});
