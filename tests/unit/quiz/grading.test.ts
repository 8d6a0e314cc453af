import { describe, expect, it } from "vitest";
import type { BankQuestion } from "@/lib/content/bank";
import { readNumber, unitScale } from "@/lib/answers/numbers";
import { gradeAnswer, matchNumeric, matchWritten, scoreAttempt } from "@/lib/quiz/grading";
import type { QuizAnswer } from "@/lib/quiz/schemas";

type Numeric = Extract<BankQuestion, { kind: "numeric" }>;
const base = { relatedFactIds: [], difficulty: 1 as const, explanation: "Because the article says so, plainly.", sectionId: "s1" };
const numeric = (over: Partial<Numeric>): Numeric => ({
  ...base,
  id: "n",
  factId: "f",
  kind: "numeric",
  prompt: "How much?",
  unit: "billion US dollars",
  tolerance: 0,
  ...over,
});

describe("readNumber", () => {
  it.each([
    ["$100 billion", "billion US dollars", 100],
    ["100 bn", "billion US dollars", 100],
    ["US$100bn", "billion US dollars", 100],
    ["100,000,000,000", "billion US dollars", 100],
    ["one hundred billion dollars", "billion US dollars", 100],
    ["68.7", "billion US dollars", 68.7],
    ["$68.7 billion in 2025", "billion US dollars", 68.7],
    ["50%", "percent", 50],
    ["50 percent", "percent", 50],
    ["50 per cent", "percent", 50],
    ["fifty per cent", "percent", 50],
    ["less than 1%", "percent", 1],
    ["23rd", "edition (ordinal number)", 23],
    ["twenty-third", "edition (ordinal number)", 23],
    ["the 2nd site", "ordinal (site number)", 2],
    ["3 million", "million jobs", 3],
    ["3,000,000", "million jobs", 3],
    ["five", "squadrons", 5],
    ["100 GW", "GW", 100],
    ["2047", "year", 2047],
  ])("%s in %s reads as %d", (text, unit, value) => {
    expect(readNumber(text, unit)).toEqual({ min: value, max: value });
  });

  it.each([
    ["15-20", 15, 20],
    ["$15–20 billion", 15, 20],
    ["15 to 20 bn", 15, 20],
    ["between 15 and 20 billion", 15, 20],
    ["$15 billion - $20 billion", 15, 20],
  ])("reads the range %s", (text, min, max) => {
    expect(readNumber(text, "billion US dollars")).toEqual({ min, max });
  });

  it.each(["", "   ", "no idea", "lots"])("finds no number in %j", (text) => {
    expect(readNumber(text, "percent")).toBeNull();
  });

  it("knows the scale of a unit", () => {
    expect(unitScale("billion US dollars")).toBe(1e9);
    expect(unitScale("million jobs")).toBe(1e6);
    expect(unitScale("percent")).toBe(1);
    expect(unitScale("GW")).toBe(1);
  });
});

describe("matchNumeric", () => {
  it.each([
    [{ value: 100 }, "$100 billion", true],
    [{ value: 100 }, "100 bn", true],
    [{ value: 100 }, "100 million", false],
    [{ value: 100 }, "101", false],
    [{ value: 68.7, tolerance: 0.2 }, "68.5", true],
    [{ value: 68.7, tolerance: 0.2 }, "68.9", true],
    [{ value: 68.7, tolerance: 0.2 }, "69", false],
    [{ value: 64, tolerance: 1 }, "nearly 65 billion", true],
    [{ range: { min: 15, max: 20 } }, "15-20 billion", true],
    [{ range: { min: 15, max: 20 } }, "17", true],
    [{ range: { min: 15, max: 20 } }, "$20bn", true],
    [{ range: { min: 15, max: 20 } }, "21", false],
    [{ range: { min: 15, max: 20 } }, "10-20", false],
    [{ value: 15 }, "15-20", false],
    [{ value: 50, unit: "percent" }, "50 percent", true],
    [{ value: 50, unit: "percent" }, "50%", true],
    [{ value: 50, unit: "percent" }, "5%", false],
    [{ value: 1, unit: "percent" }, "", false],
  ] as const)("%j: %j → %s", (over, text, expected) => {
    expect(matchNumeric(text, numeric(over as Partial<Numeric>))).toBe(expected);
  });
});

describe("matchWritten", () => {
  const accepted = ["Petropavlovsk-Kamchatsky", "Kamchatka port"];
  it.each([
    ["Petropavlovsk-Kamchatsky", "exact"],
    ["petropavlovsk kamchatsky", "exact"],
    ["  PETROPAVLOVSK–KAMCHATSKY. ", "exact"],
    ["the Kamchatka port", "exact"],
    ["Petropavlovsk-Kamchatky", "close"], // one letter missing
    ["Petropavlvosk-Kamchatsky", "close"], // two letters swapped
    ["Petropavlovsk", "wrong"],
    ["", "wrong"],
    ["Moscow", "wrong"],
  ])("%j is %s", (given, expected) => {
    expect(matchWritten(given, accepted)).toBe(expected);
  });

  it("forgives no typo in short answers or answers with digits", () => {
    expect(matchWritten("Moskow", ["Moscow"])).toBe("wrong");
    expect(matchWritten("S-401 system", ["S-400 system"])).toBe("wrong");
  });

  it("ignores accents and curly quotes", () => {
    expect(matchWritten("Tianjín", ["Tianjin"])).toBe("exact");
    expect(matchWritten("“strategic autonomy”", ["strategic autonomy"])).toBe("exact");
  });
});

describe("gradeAnswer and scoreAttempt", () => {
  const questions: BankQuestion[] = [
    {
      ...base,
      id: "m",
      factId: "f1",
      kind: "mcq",
      prompt: "Which?",
      options: ["A", "B", "C", "D"],
      answer: "B",
      tempting: { option: "C", why: "C is close." },
    },
    { ...base, id: "t", factId: "f2", kind: "truefalse", statement: "It is so.", answer: false, sectionId: "s2" },
    { ...base, id: "w", factId: "f3", kind: "written", prompt: "Who?", answer: "Vladimir Putin", accepted: ["Putin"] },
    numeric({ id: "n", value: 100 }),
    {
      ...base,
      id: "x",
      factId: "f4",
      kind: "matching",
      prompt: "Match",
      pairs: [
        { left: "a", right: "1" },
        { left: "b", right: "2" },
        { left: "c", right: "3" },
      ],
      sectionId: "s2",
    },
  ];
  const byId = (id: string) => questions.find((q) => q.id === id)!;

  it.each<[string, QuizAnswer | null, boolean]>([
    ["m", { kind: "mcq", choice: "B" }, true],
    ["m", { kind: "mcq", choice: "C" }, false],
    ["t", { kind: "truefalse", value: false }, true],
    ["t", { kind: "truefalse", value: true }, false],
    ["w", { kind: "written", text: "putin" }, true],
    ["w", { kind: "written", text: "Modi" }, false],
    ["n", { kind: "numeric", text: "US$ 100bn" }, true],
    ["x", { kind: "matching", matches: ["1", "2", "3"] }, true],
    ["x", { kind: "matching", matches: ["1", "3", "2"] }, false],
    ["m", { kind: "truefalse", value: true }, false], // the wrong kind of answer
    ["m", null, false],
  ])("%s with %j is correct: %s", (id, answer, correct) => {
    expect(gradeAnswer(byId(id), answer).correct).toBe(correct);
  });

  it("counts an empty text box or an untouched matching as unanswered", () => {
    expect(gradeAnswer(byId("w"), { kind: "written", text: "  " })).toMatchObject({ answered: false, correct: false });
    expect(gradeAnswer(byId("x"), { kind: "matching", matches: [null, null, null] })).toMatchObject({
      answered: false,
      pairs: [false, false, false],
    });
  });

  it("marks each matching pair", () => {
    expect(gradeAnswer(byId("x"), { kind: "matching", matches: ["1", null, "2"] }).pairs).toEqual([true, false, false]);
  });

  it("scores one point per correct question, by section", () => {
    const answers = new Map<string, QuizAnswer | null>([
      ["m", { kind: "mcq", choice: "B" }],
      ["t", { kind: "truefalse", value: true }],
      ["w", { kind: "written", text: "Putin" }],
      ["x", { kind: "matching", matches: ["1", "2", "3"] }],
    ]);
    const result = scoreAttempt(questions, answers);
    expect(result.score).toBe(3);
    expect(result.total).toBe(5);
    expect(result.bySection).toEqual([
      { sectionId: "s1", correct: 2, total: 3 },
      { sectionId: "s2", correct: 1, total: 2 },
    ]);
    expect(result.grades.find((g) => g.questionId === "n")).toMatchObject({ answered: false, correct: false });
  });
});
