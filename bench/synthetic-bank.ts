import type { RawBank, RawFile } from "../lib/content/bank";

const FACTS_PER_SECTION = 50;
const WORDS = ["harbour", "railway", "reactor", "satellite", "pipeline", "refinery", "corridor", "frigate", "turbine", "fertiliser"];

/**
 * A valid bank of about `items` items (facts + flashcards + questions) made in
 * memory, for timing the loader's validation at a size far beyond the real
 * bank. Each fact quotes its own paragraph of a generated source text and has
 * one flashcard and two questions (4 items per fact), every kind used in turn,
 * so every check of `buildBank` runs on it.
 *
 * @example buildBank(syntheticRawBank(10_000)) // passes validation
 */
export function syntheticRawBank(items: number): RawBank {
  const factCount = Math.max(1, Math.ceil(items / 4));
  const sectionCount = Math.max(1, Math.ceil(factCount / FACTS_PER_SECTION));
  const sections = Array.from({ length: sectionCount }, (_, s) => ({
    id: `section-${s + 1}`,
    title: `Section ${s + 1}`,
    start: `Section ${s + 1} heading`,
    heading: true,
  }));
  const sourceLines: string[] = [];
  const sectionFiles: RawFile[] = [];
  let fact = 0;
  for (const [s, section] of sections.entries()) {
    sourceLines.push(section.start, "");
    const facts = [];
    const flashcards = [];
    const questions = [];
    for (let i = 0; i < FACTS_PER_SECTION && fact < factCount; i++, fact++) {
      const word = WORDS[fact % WORDS.length]!;
      const count = fact + 2;
      const sentence = `In district ${fact} of region ${s + 1}, the council approved ${count} new ${word} projects worth ${count * 3} million rupees.`;
      sourceLines.push(sentence, "");
      const id = `f${fact}`;
      facts.push({ id, statement: `District ${fact} approved ${count} new ${word} projects.`, quote: sentence });
      flashcards.push(flashcardFor(fact, id, sentence, word, count));
      questions.push(questionFor(2 * fact, id, word, count), questionFor(2 * fact + 1, id, word, count));
    }
    const dir = `content/sections/${section.id}`;
    sectionFiles.push(
      { path: `${dir}/facts.json`, text: JSON.stringify({ section: section.id, facts }) },
      { path: `${dir}/flashcards.json`, text: JSON.stringify({ section: section.id, flashcards }) },
      { path: `${dir}/questions.json`, text: JSON.stringify({ section: section.id, questions }) },
    );
  }
  const deck = {
    id: "synthetic-deck",
    title: "Synthetic deck",
    description: "Generated for the benchmark.",
    source: "sources/synthetic.txt",
    sections,
  };
  return {
    deck: { path: "content/deck.json", text: JSON.stringify(deck) },
    source: { path: "content/sources/synthetic.txt", text: sourceLines.join("\n") },
    sectionFiles,
  };
}

function flashcardFor(n: number, factId: string, sentence: string, word: string, count: number) {
  const id = `${factId}-card`;
  switch (n % 3) {
    case 0:
      return { id, factId, kind: "basic", front: `How many ${word} projects did district ${n} approve?`, back: `${count}.` };
    case 1:
      return { id, factId, kind: "cloze", text: sentence.replace(` ${word} `, ` {{${word}}} `) };
    default:
      return { id, factId, kind: "typein", prompt: `Which kind of projects did district ${n} approve?`, answer: word, accepted: [] };
  }
}

function questionFor(n: number, factId: string, word: string, count: number) {
  const base = {
    id: `${factId}-q${n % 2}`,
    factId,
    difficulty: (n % 3) + 1,
    explanation: `The article says the council approved ${count} new ${word} projects.`,
  };
  switch (n % 5) {
    case 0:
      return {
        ...base,
        kind: "mcq",
        prompt: `What did the council approve in this district?`,
        options: [`${word} projects`, "schools", "hospitals", "bridges"].map((o, i) => (i > 0 && o === `${word} projects` ? "ports" : o)),
        answer: `${word} projects`,
        tempting: { option: "schools", why: "Schools are not mentioned for this district." },
      };
    case 1:
      return { ...base, kind: "truefalse", statement: `The council approved ${count} new ${word} projects.`, answer: true };
    case 2:
      return { ...base, kind: "written", prompt: "Which kind of projects were approved?", answer: word, accepted: [`${word}s`] };
    case 3:
      return { ...base, kind: "numeric", prompt: "How many projects were approved?", value: count, unit: "projects" };
    default:
      return {
        ...base,
        kind: "matching",
        prompt: "Match each figure to what it counts.",
        pairs: [
          { left: `${count}`, right: "projects" },
          { left: `${count * 3}`, right: "million rupees" },
          { left: "the council", right: "who approved them" },
        ],
      };
  }
}
