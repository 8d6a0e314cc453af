import type { Bank, BankQuestion } from "@/lib/content/bank";
import type { PublicQuestion } from "./types";

// A bank question as a student may see it before submission (see PublicQuestion). Pure.

export function sectionTitle(bank: Bank, question: BankQuestion): string {
  return bank.sections.find((section) => section.id === question.sectionId)?.title ?? question.sectionId;
}

/** The question numbered `number` in its quiz, options in the attempt's `layout` when it has one. */
export function publicQuestion(bank: Bank, question: BankQuestion, number: number, layout: readonly string[] | undefined): PublicQuestion {
  const common = { number, sectionTitle: sectionTitle(bank, question) };
  switch (question.kind) {
    case "mcq":
      return { ...common, kind: "mcq", prompt: question.prompt, options: layout ? [...layout] : [...question.options] };
    case "truefalse":
      return { ...common, kind: "truefalse", prompt: question.statement };
    case "written":
      return { ...common, kind: "written", prompt: question.prompt };
    case "numeric":
      return { ...common, kind: "numeric", prompt: question.prompt, unit: question.unit };
    case "matching":
      return {
        ...common,
        kind: "matching",
        prompt: question.prompt,
        lefts: question.pairs.map((pair) => pair.left),
        rights: layout ? [...layout] : question.pairs.map((pair) => pair.right).sort(),
      };
  }
}
