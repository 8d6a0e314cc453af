import type { BankQuestion } from "../lib/content/bank";
import type { QuizAnswer } from "../lib/quiz/schemas";

/**
 * What a student answers to `question`, right or wrong, in the stored answer
 * format (lib/quiz/schemas.ts quizAnswerSchema). Wrong answers are the
 * plausible ones: the tempting option, the opposite, a reversed matching.
 */
export function answerFor(question: BankQuestion, isRight: boolean): QuizAnswer {
  switch (question.kind) {
    case "mcq":
      return { kind: "mcq", choice: isRight ? question.answer : question.tempting.option };
    case "truefalse":
      return { kind: "truefalse", value: isRight ? question.answer : !question.answer };
    case "written":
      return { kind: "written", text: isRight ? question.answer : "no idea" };
    case "numeric":
      return { kind: "numeric", text: isRight ? String(question.value ?? question.range?.min) : "123456789" };
    case "matching": {
      const rights = question.pairs.map((pair) => pair.right);
      return { kind: "matching", matches: isRight ? rights : [...rights].reverse() };
    }
  }
}
