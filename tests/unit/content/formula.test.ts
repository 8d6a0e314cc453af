import { describe, expect, test } from "vitest";
import { evaluateFormula, formulaNumbers } from "@/lib/content/formula";

describe("evaluateFormula (computed numeric answers)", () => {
  test.each([
    ["100 - 68.7", 31.3],
    ["(100 - 68.7) / 68.7 * 100", ((100 - 68.7) / 68.7) * 100],
    ["64 / 5", 12.8],
    ["50 - 25", 25],
    ["-(2 + 3) * 4", -20],
  ])("%s = %d", (formula, value) => {
    expect(evaluateFormula(formula)).toBeCloseTo(value, 9);
  });

  test.each(["", "100 -", "(100 - 68.7", "process.exit()", "2 ** 3", "100 68.7", "1 / 0"])("refuses %j", (formula) => {
    expect(evaluateFormula(formula)).toBeNull();
  });

  test("lists the figures a formula uses", () => {
    expect(formulaNumbers("(100 - 68.7) / 68.7 * 100")).toEqual([100, 68.7, 68.7, 100]);
  });
});
