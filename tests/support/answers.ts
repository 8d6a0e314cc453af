import type { BankQuestion } from "@/lib/content/bank";
import { questionAnswer } from "@/lib/content/format";
import type { QuizAnswer } from "@/lib/quiz/schemas";

/** The right answer to a bank question, as a student would give it (written ones in capitals, numbers as the results page shows them). */
export function rightAnswer(question: BankQuestion): QuizAnswer {
  switch (question.kind) {
    case "mcq":
      return { kind: "mcq", choice: question.answer };
    case "truefalse":
      return { kind: "truefalse", value: question.answer };
    case "written":
      return { kind: "written", text: question.answer.toUpperCase() };
    case "numeric":
      return { kind: "numeric", text: questionAnswer(question) };
    case "matching":
      return { kind: "matching", matches: question.pairs.map((pair) => pair.right) };
  }
}

/** A wrong answer of the right kind. */
export function wrongAnswer(question: BankQuestion): QuizAnswer {
  switch (question.kind) {
    case "mcq":
      return { kind: "mcq", choice: question.options.find((option) => option !== question.answer)! };
    case "truefalse":
      return { kind: "truefalse", value: !question.answer };
    case "written":
      return { kind: "written", text: "zzzz not it" };
    case "numeric":
      return { kind: "numeric", text: "987654" };
    case "matching":
      return { kind: "matching", matches: question.pairs.map((pair) => pair.right).reverse() };
  }
}
