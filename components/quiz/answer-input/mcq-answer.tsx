"use client";
import * as RadioGroup from "@radix-ui/react-radio-group";
import type { QuizAnswer } from "@/lib/quiz/schemas";
import { chooseFocusedAfterArrow } from "./follow-focus";
import { LETTERS } from "./letters";

/**
 * A multiple-choice question's options: a radio group (Radix: one tab stop, arrow keys move and
 * choose, as the WAI-ARIA radio pattern says); A–D or 1–4 choose too.
 */
export function McqAnswer({
  options,
  answer,
  disabled,
  onAnswer,
}: {
  options: string[];
  answer: QuizAnswer | null;
  disabled: boolean;
  onAnswer: (answer: QuizAnswer, saveNow: boolean) => void;
}) {
  const chosen = answer?.kind === "mcq" ? options.indexOf(answer.choice) : -1;
  return (
    <RadioGroup.Root
      className="choices"
      aria-labelledby="question-heading"
      value={chosen === -1 ? "" : String(chosen)}
      onValueChange={(value) => {
        const option = options[Number(value)];
        if (option !== undefined) onAnswer({ kind: "mcq", choice: option }, true);
      }}
      disabled={disabled}
      loop
      onKeyDown={chooseFocusedAfterArrow}
    >
      {options.map((option, i) => (
        <RadioGroup.Item key={option} value={String(i)} data-choice={LETTERS[i]} className={`choice${chosen === i ? " is-chosen" : ""}`}>
          <kbd aria-hidden="true">{LETTERS[i]}</kbd> <span>{option}</span>
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
