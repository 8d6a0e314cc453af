import { describe, expect, test } from "vitest";
import { parseCloze } from "@/lib/content/format";

describe("parseCloze", () => {
  test.each([
    {
      label: "a deletion mid-sentence",
      text: "Modi met Putin at {{the airport}}.",
      expected: { before: "Modi met Putin at ", answer: "the airport", after: "." },
    },
    { label: "a deletion at the start", text: "{{Moscow}} hosted it.", expected: { before: "", answer: "Moscow", after: " hosted it." } },
    { label: "only the first of two", text: "{{a}} and {{b}}", expected: { before: "", answer: "a", after: " and {{b}}" } },
    { label: "a line break around it", text: "one\n{{two}}\nthree", expected: { before: "one\n", answer: "two", after: "\nthree" } },
    { label: "no deletion", text: "No marks here.", expected: null },
    { label: "empty marks are no deletion", text: "Empty {{}} marks.", expected: null },
  ])("$label", ({ text, expected }) => {
    expect(parseCloze(text)).toEqual(expected);
  });
});
