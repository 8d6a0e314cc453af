import { describe, expect, test } from "vitest";
import { numbersIn } from "@/lib/content/source";

describe("numbersIn: the numbers a quote states, for checking a numeric question against it", () => {
  test.each([
    {
      label: "digits with separators, decimals and percent",
      passage: "Trade reached $68.7 billion, 1,000 firms, 30%",
      want: [68.7, 1000, 30],
    },
    { label: "spelled numbers, as a student would type them too", passage: "Twenty-three agreements in three sectors", want: [23, 3] },
    { label: "ordinals", passage: "the second summit", want: [2] },
    { label: "a number word standing alone", passage: "a dozen projects, half of them ports, hundreds of engineers", want: [12, 0.5] },
    { label: "hundred on its own", passage: "hundred", want: [100] },
  ])("$label", ({ passage, want }) => {
    expect(numbersIn(passage).sort((a, b) => a - b)).toEqual([...want].sort((a, b) => a - b));
  });
});
