import path from "node:path";
import { describe, expect, test } from "vitest";
import { factStateLabel, factStates } from "@/lib/article/fact-state";
import { articleHref, articleOf, splitSentences } from "@/lib/article/sentences";
import { loadBank } from "@/lib/content/read";
import { State } from "@/lib/srs/scheduler";

const bank = loadBank(path.join(process.cwd(), "content"));
const DAY = 86_400_000;

describe("the article by sentence", () => {
  test("splits on sentence ends, not inside a number or a quote", () => {
    expect(splitSentences("Trade reached $68.7 billion. India’s share was 5.6 percent! Was it?")).toEqual([
      "Trade reached $68.7 billion.",
      "India’s share was 5.6 percent!",
      "Was it?",
    ]);
  });

  test("marks the sentence of every studied fact of the real bank, each in one sentence with a unique id", () => {
    const sentences = articleOf(bank).flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
    const marked = sentences.flatMap((s) => s.factIds);
    const studied = [...bank.facts.keys()].filter((id) => !bank.retired.ids.has(id));
    expect(new Set(marked).size).toBe(studied.length);
    expect(marked.length).toBe(studied.length);
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    for (const sentence of sentences) {
      for (const id of sentence.factIds) {
        const quoteStart = bank.facts.get(id)!.quote.replace(/[‘’]/g, "'").slice(0, 12);
        expect(sentence.text.replace(/[‘’]/g, "'"), id).toContain(quoteStart);
      }
    }
  });

  test("a retired fact is not marked, but keeps its anchor in its sentence", () => {
    const sentences = articleOf(bank).flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
    const retiredFacts = [...bank.facts.keys()].filter((id) => bank.retired.ids.has(id));
    expect(retiredFacts.length).toBeGreaterThan(0);
    const marked = new Set(sentences.flatMap((s) => s.factIds));
    const anchored = sentences.flatMap((s) => s.retiredFactIds);
    for (const id of retiredFacts) expect(marked.has(id), id).toBe(false);
    expect(new Set(anchored)).toEqual(new Set(retiredFacts));
  });

  test("a quote links to the article at its fact", () => {
    expect(articleHref("re-full-name")).toBe("/article#fact-re-full-name");
  });
});

describe("a fact's state", () => {
  const now = new Date("2026-12-01T10:00:00Z");
  const cards = [...bank.flashcards.values()];
  const cardA = cards.find((c) => cards.some((o) => o.factId === c.factId && o.id !== c.id));
  const factId = cardA!.factId;
  const otherOfFact = cards.find((c) => c.factId === factId && c.id !== cardA!.id)!;

  test("new without cards, learning in steps, else the best recall of its cards", () => {
    expect(factStates(bank, [], now).get(factId)).toEqual({ kind: "new" });
    const learning = factStates(bank, [{ flashcardId: cardA!.id, state: State.Learning, stability: 1, lastReview: now }], now);
    expect(learning.get(factId)).toEqual({ kind: "learning" });
    const reviewed = factStates(
      bank,
      [
        { flashcardId: cardA!.id, state: State.Learning, stability: 1, lastReview: now },
        { flashcardId: otherOfFact.id, state: State.Review, stability: 10, lastReview: new Date(now.getTime() - 10 * DAY) },
      ],
      now,
    ).get(factId)!;
    expect(reviewed.kind).toBe("review");
    // FSRS: after `stability` days recall is 90% by definition.
    expect(factStateLabel(reviewed)).toBe("recall 90%");
  });
});
