import { describe, expect, it } from "vitest";
import { loadBank } from "@/lib/content/read";
import { drawQuiz, questionPool, testedFacts } from "@/lib/quiz/build";
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
    const settings = {
      ...QUICK_QUIZ,
      count: 50,
      sectionIds: ["relos", "bottom-line"],
      kinds: ["mcq" as const, "written" as const],
      difficulties: [2 as const],
    };
    const quiz = drawQuiz(bank, settings, seededRandom(9));
    const pool = questionPool(bank, settings);
    expect(quiz.available).toBe(pool.length);
    // As many as the one-question-per-fact rule allows: every question left out shares a fact with one drawn.
    const drawnFacts = new Set(quiz.questionIds.flatMap((id) => testedFacts(bank, bank.questions.get(id)!)));
    for (const q of pool)
      if (!quiz.questionIds.includes(q.id))
        expect(
          testedFacts(bank, q).some((f) => drawnFacts.has(f)),
          q.id,
        ).toBe(true);
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

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    "never draws two questions on one fact, its related facts or a retired duplicate of it (seed %i)",
    (seed) => {
      const quiz = drawQuiz(
        bank,
        { ...QUICK_QUIZ, count: 50, kinds: ["mcq", "truefalse", "written", "numeric", "matching"], difficulties: [1, 2, 3] },
        seededRandom(seed),
      );
      expect(quiz.questionIds).toHaveLength(50);
      const facts = quiz.questionIds.flatMap((id) => testedFacts(bank, bank.questions.get(id)!));
      expect(new Set(facts).size).toBe(facts.length);
      for (const id of quiz.questionIds) expect(bank.retired.ids.has(id), id).toBe(false);
    },
  );

  it("counts a related retired duplicate as the fact it restates", () => {
    const [retiredFact, canonical] = [...bank.retired.duplicateOf.entries()][0]!;
    const question = { ...bank.questions.get([...bank.questions.keys()][0]!)!, factId: canonical, relatedFactIds: [retiredFact] };
    expect(testedFacts(bank, question)).toEqual([canonical]);
  });

  it("never draws a retired question, not even in a practice of missed questions", () => {
    const retired = [...bank.retired.ids].filter((id) => bank.questions.has(id));
    expect(retired.length).toBeGreaterThan(30);
    const active = [...bank.questions.keys()].find((id) => !bank.retired.ids.has(id))!;
    const practice = drawQuiz(bank, { ...QUICK_QUIZ, count: 50 }, seededRandom(3), [...retired, active]);
    expect(practice.questionIds).toEqual([active]);
    for (const seed of [1, 2, 3]) {
      const quiz = drawQuiz(bank, { ...QUICK_QUIZ, count: 50, sectionIds: ["ukraine-positioning", "relos"] }, seededRandom(seed));
      expect(quiz.questionIds.filter((id) => retired.includes(id))).toEqual([]);
    }
  });

  it("draws nothing when nothing matches", () => {
    expect(drawQuiz(bank, { ...QUICK_QUIZ, sectionIds: ["no-such-section"] }, seededRandom(1)).questionIds).toEqual([]);
  });
});

describe("every question in the bank", () => {
  it("is marked right when given the answer the results page shows, and every accepted spelling", () => {
    for (const q of bank.questions.values()) {
      expect(gradeAnswer(q, rightAnswer(q)), q.id).toMatchObject({ correct: true });
      if (q.kind === "written")
        for (const accepted of q.accepted)
          expect(gradeAnswer(q, { kind: "written", text: accepted }).correct, `${q.id}: ${accepted}`).toBe(true);
    }
  });
});
