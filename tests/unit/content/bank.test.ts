import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildBank, ContentError, type ContentProblem, type RawBank } from "@/lib/content/bank";
import { readRawBank } from "@/lib/content/read";

const FIXTURE = path.join(__dirname, "../../fixtures/content");
const FACTS = "tests/fixtures/content/sections/energy/facts.json";
const CARDS = "tests/fixtures/content/sections/energy/flashcards.json";
const QUESTIONS = "tests/fixtures/content/sections/energy/questions.json";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The fixture bank with one file's JSON changed by `edit`. */
function withEdit(file: string, edit: (data: Json) => void): RawBank {
  const raw = readRawBank(FIXTURE);
  const target = raw.sectionFiles.find((f) => f.path === file);
  if (!target) throw new Error(`no fixture ${file}`);
  const data = JSON.parse(target.text) as Json;
  edit(data);
  target.text = JSON.stringify(data);
  return raw;
}

function problemsOf(raw: RawBank): ContentProblem[] {
  try {
    buildBank(raw);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe("buildBank on the fixture bank", () => {
  test("a valid bank loads with sections, facts, cards and questions", () => {
    const bank = buildBank(readRawBank(FIXTURE));
    expect(bank.sections.map((s) => s.id)).toEqual(["intro", "energy"]);
    expect(bank.facts.size).toBe(3);
    expect(bank.flashcards.size).toBe(3);
    expect(bank.questions.size).toBe(6);
    expect(bank.sections[1]?.paragraphs).toHaveLength(1);
  });

  test.each([
    {
      label: "invalid JSON",
      raw: () => {
        const raw = readRawBank(FIXTURE);
        raw.sectionFiles.find((f) => f.path === FACTS)!.text = "{ not json";
        return raw;
      },
      expected: { file: FACTS, id: null, field: "", message: /Not valid JSON/ },
    },
    {
      label: "a missing required field",
      raw: () => withEdit(FACTS, (d) => delete d.facts[0].quote),
      expected: { file: FACTS, id: "en-oil-share", field: "quote", message: /expected string/i },
    },
    {
      label: "a malformed id",
      raw: () => withEdit(FACTS, (d) => (d.facts[0].id = "Oil Share")),
      expected: { file: FACTS, id: "Oil Share", field: "id", message: /kebab-case/ },
    },
    {
      label: "a duplicate id across kinds",
      raw: () => withEdit(CARDS, (d) => (d.flashcards[0].id = "en-savings")),
      expected: { file: CARDS, id: "en-savings", field: "id", message: /already used in .*facts\.json/ },
    },
    {
      label: "a quote that is not verbatim",
      raw: () => withEdit(FACTS, (d) => (d.facts[0].quote = "surpassing 31% by 2024")),
      expected: { file: FACTS, id: "en-oil-share", field: "quote", message: /does not occur verbatim/ },
    },
    {
      label: "a quote from another section",
      raw: () => withEdit(FACTS, (d) => (d.facts[0].quote = "the 23rd summit met")),
      expected: { file: FACTS, id: "en-oil-share", field: "quote", message: /in section "intro", not in "energy"/ },
    },
    {
      label: "a numeric answer missing from the quote",
      raw: () => withEdit(QUESTIONS, (d) => (d.questions[2].range = { min: 15, max: 25 })),
      expected: { file: QUESTIONS, id: "en-savings-q-1", field: "range", message: /25 does not appear in the quote/ },
    },
    {
      label: "a numeric question with both value and range",
      raw: () => withEdit(QUESTIONS, (d) => (d.questions[2].value = 15)),
      expected: { file: QUESTIONS, id: "en-savings-q-1", field: "value", message: /either a value or a range/ },
    },
    {
      label: "a type-in answer missing from the quote",
      raw: () => {
        const raw = readRawBank(FIXTURE);
        const file = raw.sectionFiles.find((f) => f.path.endsWith("intro/flashcards.json"))!;
        file.text = file.text.replace('"answer": "23rd"', '"answer": "24th"');
        return raw;
      },
      expected: {
        file: "fixtures/content/sections/intro/flashcards.json",
        id: "in-summit-number-card-1",
        field: "answer",
        message: /"24th" does not appear/,
      },
    },
    {
      label: "a cloze text that is not the article's words",
      raw: () => withEdit(CARDS, (d) => (d.flashcards[0].text = "exceeding {{30%}} by 2024")),
      expected: { file: CARDS, id: "en-oil-share-card-1", field: "text", message: /article's own words/ },
    },
    {
      label: "a cloze with two deletions",
      raw: () => withEdit(CARDS, (d) => (d.flashcards[0].text = "surpassing {{30%}} by {{2024}}")),
      expected: { file: CARDS, id: "en-oil-share-card-1", field: "text", message: /exactly one deletion/ },
    },
    {
      label: "an MCQ answer that is not an option",
      raw: () => withEdit(QUESTIONS, (d) => (d.questions[0].answer = "31%")),
      expected: { file: QUESTIONS, id: "en-oil-share-q-1", field: "answer", message: /not one of the options/ },
    },
    {
      label: "MCQ options that repeat",
      raw: () => withEdit(QUESTIONS, (d) => (d.questions[0].options[3] = "1%")),
      expected: { file: QUESTIONS, id: "en-oil-share-q-1", field: "options.3", message: /listed twice/ },
    },
    {
      label: "an MCQ with three options",
      raw: () => withEdit(QUESTIONS, (d) => d.questions[0].options.pop()),
      expected: { file: QUESTIONS, id: "en-oil-share-q-1", field: "options", message: /exactly 4 options/ },
    },
    {
      label: "a tempting option that is the answer",
      raw: () => withEdit(QUESTIONS, (d) => (d.questions[0].tempting.option = "30%")),
      expected: { file: QUESTIONS, id: "en-oil-share-q-1", field: "tempting.option", message: /wrong one/ },
    },
    {
      label: "a flashcard pointing at no fact",
      raw: () => withEdit(CARDS, (d) => (d.flashcards[1].factId = "en-nothing")),
      expected: { file: CARDS, id: "en-savings-card-1", field: "factId", message: /No fact has id "en-nothing"/ },
    },
    {
      label: "a question pointing at no fact",
      raw: () => withEdit(QUESTIONS, (d) => (d.questions[3].relatedFactIds = ["en-gone"])),
      expected: { file: QUESTIONS, id: "en-savings-q-2", field: "relatedFactIds.0", message: /No fact has id "en-gone"/ },
    },
    {
      label: "a difficulty out of range",
      raw: () => withEdit(QUESTIONS, (d) => (d.questions[1].difficulty = 4)),
      expected: { file: QUESTIONS, id: "en-oil-share-q-2", field: "difficulty", message: /1, 2 or 3/ },
    },
    {
      label: "a matching question with a repeated side",
      raw: () => withEdit(QUESTIONS, (d) => (d.questions[3].pairs[2].right = "share")),
      expected: { file: QUESTIONS, id: "en-savings-q-2", field: "pairs.2.right", message: /appears twice/ },
    },
    {
      label: "an unknown question kind",
      raw: () => withEdit(QUESTIONS, (d) => (d.questions[1].kind = "essay")),
      expected: { file: QUESTIONS, id: "en-oil-share-q-2", field: "kind", message: /invalid/i },
    },
    {
      label: "a fact with too few questions",
      raw: () => withEdit(QUESTIONS, (d) => d.questions.splice(1, 1)),
      expected: { file: FACTS, id: "en-oil-share", field: "id", message: /Only 1 question/ },
    },
    {
      label: "a file in the wrong folder",
      raw: () => withEdit(FACTS, (d) => (d.section = "intro")),
      expected: { file: FACTS, id: null, field: "section", message: /lives in folder "energy"/ },
    },
  ])("$label is reported with file, id and field", ({ raw, expected }) => {
    const problems = problemsOf(raw());
    const match = problems.find((p) => p.file.endsWith(expected.file) && p.id === expected.id && p.field === expected.field);
    expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(match!.message).toMatch(expected.message);
  });

  test("a removed published id is reported against the lock file", () => {
    const raw = withEdit(CARDS, (d) => d.flashcards.pop());
    raw.lock = { path: "fixtures/content/ids.lock.json", text: JSON.stringify({ ids: ["en-savings-card-1"] }) };
    const problems = problemsOf(raw);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: "fixtures/content/ids.lock.json", id: "en-savings-card-1", field: "id" }),
    );
  });

  const ALL_IDS = [
    "in-summit-number",
    "in-summit-number-card-1",
    "in-summit-number-q-1",
    "in-summit-number-q-2",
    "en-oil-share",
    "en-oil-share-card-1",
    "en-oil-share-q-1",
    "en-oil-share-q-2",
    "en-savings",
    "en-savings-card-1",
    "en-savings-q-1",
    "en-savings-q-2",
  ];
  const withLock = (retired: unknown[], raw = readRawBank(FIXTURE)) => {
    raw.lock = { path: "fixtures/content/ids.lock.json", text: JSON.stringify({ ids: ALL_IDS, retired }) };
    return raw;
  };

  test("a retired fact retires its cards and questions, which stay in the bank but leave the sections' lists", () => {
    const bank = buildBank(withLock([{ id: "en-savings", duplicateOf: "en-oil-share", why: "test" }]));
    expect([...bank.retired.ids].sort()).toEqual(["en-savings", "en-savings-card-1", "en-savings-q-1", "en-savings-q-2"]);
    expect(bank.retired.duplicateOf.get("en-savings")).toBe("en-oil-share");
    expect(bank.questions.has("en-savings-q-1")).toBe(true);
    const energy = bank.sections.find((s) => s.id === "energy")!;
    expect(energy.factIds).toEqual(["en-oil-share"]);
    expect(energy.questionIds).toEqual(["en-oil-share-q-1", "en-oil-share-q-2"]);
  });

  test.each([
    {
      label: "an unknown retired id",
      retired: [{ id: "en-nothing", why: "x" }],
      id: "en-nothing",
      field: "retired",
      message: /No fact, flashcard or question/,
    },
    {
      label: "a duplicateOf that is not an active fact",
      retired: [{ id: "en-savings", duplicateOf: "en-gone", why: "x" }],
      id: "en-savings",
      field: "retired.duplicateOf",
      message: /active fact/,
    },
    {
      label: "a duplicateOf on a question",
      retired: [{ id: "en-savings-q-1", duplicateOf: "en-oil-share", why: "x" }],
      id: "en-savings-q-1",
      field: "retired.duplicateOf",
      message: /for a retired fact/,
    },
    {
      label: "an active fact left with one question",
      retired: [{ id: "en-savings-q-1", why: "x" }],
      id: "en-savings",
      field: "id",
      message: /Only 1 question/,
    },
  ])("the lock's retired list is checked: $label", ({ retired, id, field, message }) => {
    const problems = problemsOf(withLock(retired));
    const match = problems.find((p) => p.id === id && p.field === field);
    expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(match!.message).toMatch(message);
  });

  test("an active fact may not quote only a pull-quote paragraph; a retired one may", () => {
    const asPullQuote = () => {
      const raw = readRawBank(FIXTURE);
      const deck = JSON.parse(raw.deck.text) as Json;
      deck.pullQuotes = ["India’s import of Russian oil rose"];
      raw.deck.text = JSON.stringify(deck);
      return raw;
    };
    expect(problemsOf(asPullQuote())).toContainEqual(
      expect.objectContaining({ id: "en-oil-share", field: "quote", message: expect.stringMatching(/pull-quote/) }),
    );
    const retiredBoth = withLock(
      [
        { id: "en-oil-share", why: "x" },
        { id: "en-savings", why: "x" },
      ],
      asPullQuote(),
    );
    expect(problemsOf(retiredBoth)).toEqual([]);
  });

  test.each([
    { formula: "20 - 15", value: 5, message: /^$/ },
    { formula: "20 - 3", value: 17, message: /3 does not appear in the quotes/ },
    { formula: "20 - 15", value: 4, message: /The formula gives 5, which the key does not accept/ },
    { formula: "twenty minus fifteen", value: 5, message: /is not arithmetic/ },
  ])("a computed numeric answer: $formula for $value", ({ formula, value, message }) => {
    const raw = withEdit(QUESTIONS, (d) => {
      const q = d.questions.find((x: Json) => x.kind === "numeric" && x.factId === "en-savings");
      Object.assign(q, { formula, value, tolerance: 0 });
      delete q.range;
    });
    const problems = problemsOf(raw).filter((p) => p.field === "formula" || p.field === "value");
    if (message.source === "^$") expect(problems).toEqual([]);
    else expect(problems.map((p) => p.message).join("\n")).toMatch(message);
  });

  test("nothing half-loads: one bad item makes the whole build throw", () => {
    const raw = withEdit(FACTS, (d) => (d.facts[1].quote = "not in the article at all"));
    expect(() => buildBank(raw)).toThrow(ContentError);
    expect(() => buildBank(raw)).toThrow(/fixtures\/content\/sections\/energy\/facts\.json · id en-savings · field quote/);
  });
});

describe("the real bank", () => {
  test("passes every check, and its items come in article order", async () => {
    const { loadBank } = await import("@/lib/content/read");
    const bank = loadBank(path.join(__dirname, "../../../content"));
    expect(bank.facts.size).toBeGreaterThan(100);
    const order = bank.sections.map((s) => s.id);
    const sectionIndexes = [...bank.flashcards.values()].map((c) => order.indexOf(c.sectionId));
    expect(sectionIndexes).toEqual([...sectionIndexes].sort((a, b) => a - b));
    expect([...bank.flashcards.values()][0]?.sectionId).toBe("introduction");
  });
});
