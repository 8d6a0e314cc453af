import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gradeTyped } from "@/lib/answers/grade";
import { answerKeyOf } from "@/lib/answers/keys";
import { loadBank } from "@/lib/content/read";

const bank = loadBank();
const typed = [...bank.flashcards.values(), ...bank.questions.values()].flatMap((item) => {
  const key = answerKeyOf(item);
  return key ? [{ id: item.id, key }] : [];
});

/**
 * The review's 25 items whose correct answers were marked wrong (content-review.md §4.5),
 * with the phrasings it names for them (a comma or "&", the other order, "the", a title,
 * "bn", "per cent", "over", dates as "4th December 2025", plural, abbreviations, "20 years"),
 * and next to them a wrong figure, name or date that must stay wrong.
 */
const phrasings = JSON.parse(readFileSync("tests/fixtures/answers/review-phrasings.json", "utf8")) as {
  id: string;
  answer: string;
  correct: boolean;
}[];

describe("the real bank through the one grader", () => {
  it("has typed-answer items", () => expect(typed.length).toBeGreaterThan(150));

  it.each(typed)("$id accepts its key and every accepted spelling, in capitals too", ({ key }) => {
    for (const answer of key.numeric ? [key.accepted[0]!] : key.accepted) {
      expect(gradeTyped(answer, key).correct, answer).toBe(true);
      expect(gradeTyped(answer.toUpperCase(), key).correct, answer.toUpperCase()).toBe(true);
    }
  });

  it.each(phrasings)("$id: $answer → $correct", ({ id, answer, correct }) => {
    const item = bank.questions.get(id) ?? bank.flashcards.get(id);
    expect(item, id).toBeDefined();
    expect(gradeTyped(answer, answerKeyOf(item!)!).correct).toBe(correct);
  });
});
