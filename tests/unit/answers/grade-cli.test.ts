import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gradeBatch, gradeItem } from "@/lib/answers/grade-item";
import { loadBank } from "@/lib/content/read";

const bank = loadBank();

describe("gradeItem (content:grade)", () => {
  it("says correct and which accepted answer matched", () => {
    expect(gradeItem(bank, "en-lukoil-rosneft-q-1", "Rosneft & Lukoil")).toMatchObject({
      ok: true,
      correct: true,
      matched: "Lukoil and Rosneft",
    });
  });
  it("says incorrect and why", () => {
    expect(gradeItem(bank, "de-brahmos-equity-card-1", "49.5%")).toMatchObject({
      ok: true,
      correct: false,
      reason: "matches no accepted answer",
    });
  });
  it("grades true/false and multiple-choice items too", () => {
    const tf = [...bank.questions.values()].find((q) => q.kind === "truefalse")!;
    expect(gradeItem(bank, tf.id, String(tf.answer))).toMatchObject({ ok: true, correct: true });
    expect(gradeItem(bank, tf.id, String(!tf.answer))).toMatchObject({ ok: true, correct: false });
  });
  it("refuses an unknown id with a clear error", () => {
    expect(gradeItem(bank, "no-such-item", "x")).toEqual({ ok: false, error: expect.stringContaining('Unknown item id "no-such-item"') });
  });
  it("grades a batch and lists unknown ids apart", () => {
    const { results, unknown } = gradeBatch(bank, [
      { id: "in-embrace-date-card-1", answer: "4th December 2025" },
      { id: "in-embrace-date-card-1", answer: "5th December 2025" },
      { id: "nope", answer: "x" },
    ]);
    expect(results).toEqual([
      { id: "in-embrace-date-card-1", answer: "4th December 2025", correct: true },
      { id: "in-embrace-date-card-1", answer: "5th December 2025", correct: false },
    ]);
    expect(unknown).toHaveLength(1);
  });
});

describe("npm run content:grade", () => {
  const run = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/content-grade.ts", ...args], { encoding: "utf8" });

  it("prints the verdict and the batch as one JSON array; exits 2 on an unknown id", () => {
    const one = run("en-lukoil-rosneft-q-1", "Lukoil, Rosneft");
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/^correct: matched "Lukoil and Rosneft"/);

    const dir = mkdtempSync(path.join(tmpdir(), "grading-cli-"));
    const file = path.join(dir, "batch.json");
    writeFileSync(
      file,
      JSON.stringify([
        { id: "ec-trade-68-7-billion-card-1", answer: "$68.7 bn" },
        { id: "ec-trade-68-7-billion-card-1", answer: "$67.8 bn" },
      ]),
    );
    const batch = run("--batch", file);
    expect(batch.status).toBe(0);
    expect(JSON.parse(batch.stdout)).toEqual([
      { id: "ec-trade-68-7-billion-card-1", answer: "$68.7 bn", correct: true },
      { id: "ec-trade-68-7-billion-card-1", answer: "$67.8 bn", correct: false },
    ]);

    const unknown = run("no-such-item", "x");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown item id "no-such-item"');
  }, 60_000);
});
