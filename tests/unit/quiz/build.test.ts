import { describe, expect, it } from "vitest";
import { loadBank } from "@/lib/content/read";
import { drawQuiz, questionPool } from "@/lib/quiz/build";
import { seededRandom } from "@/lib/random";
import { gradeAnswer } from "@/lib/quiz/grading";
import { QUICK_QUIZ } from "@/lib/quiz/schemas";
import { rightAnswer } from "../../support/answers";

const bank = loadBank();

describe("drawQuiz", () => {
  it.each([1, 2, 3, 4, 5])("draws distinct questions, a mix of kinds and one per fact (seed %i)", (seed) => {
    const quiz = drawQuiz(bank, { ...QUICK_QUIZ, count: 20 }, seededRandom(seed));
    expect(quiz.questionIds).toHaveLength(20);
    expect(new Set(quiz.questionIds).size).toBe(20);
    const questions = quiz.questionIds.map((id) => bank.questions.get(id)!);
    const kinds = new Map<string, number>();
    for (const q of questions) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
    expect([...kinds.values()]).toEqual([4, 4, 4, 4, 4]);
    expect(new Set(questions.map((q) => q.factId)).size).toBe(20);
  });

  it("keeps to the chosen sections, kinds and difficulties", () => {
    const settings = { ...QUICK_QUIZ, count: 50, sectionIds: ["relos", "bottom-line"], kinds: ["mcq" as const, "written" as const], difficulties: [2 as const] };
    const quiz = drawQuiz(bank, settings, seededRandom(9));
    const pool = questionPool(bank, settings);
    expect(quiz.available).toBe(pool.length);
    expect(quiz.questionIds).toHaveLength(Math.min(50, pool.length));
    for (const id of quiz.questionIds) {
      const q = bank.questions.get(id)!;
      expect(["relos", "bottom-line"]).toContain(q.sectionId);
      expect(["mcq", "written"]).toContain(q.kind);
      expect(q.difficulty).toBe(2);
    }
  });

  it("shuffles options and never shows matching answers in order", () => {
    const quiz = drawQuiz(bank, { ...QUICK_QUIZ, count: 50, kinds: ["mcq", "matching"] }, seededRandom(4));
    let moved = 0;
    for (const id of quiz.questionIds) {
      const q = bank.questions.get(id)!;
      const layout = quiz.layout[id]!;
      if (q.kind === "mcq") {
        expect([...layout].sort()).toEqual([...q.options].sort());
        if (layout.join() !== q.options.join()) moved += 1;
      }
      if (q.kind === "matching") expect(layout).not.toEqual(q.pairs.map((pair) => pair.right));
    }
    expect(moved).toBeGreaterThan(15);
  });

  it("draws nothing when nothing matches", () => {
    expect(drawQuiz(bank, { ...QUICK_QUIZ, sectionIds: ["no-such-section"] }, seededRandom(1)).questionIds).toEqual([]);
  });
});

describe("every question in the bank", () => {
  it("is marked right when given the answer the results page shows, and every accepted spelling", () => {
    for (const q of bank.questions.values()) {
      expect(gradeAnswer(q, rightAnswer(q)), q.id).toMatchObject({ correct: true });
      if (q.kind === "written") for (const accepted of q.accepted) expect(gradeAnswer(q, { kind: "written", text: accepted }).correct, `${q.id}: ${accepted}`).toBe(true);
    }
  });
});
