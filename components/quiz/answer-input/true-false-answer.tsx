"use client";
import * as RadioGroup from "@radix-ui/react-radio-group";
import type { QuizAnswer } from "@/lib/quiz/schemas";
import { chooseFocusedAfterArrow } from "./follow-focus";

/** True / False, as a radio group of two (Radix; arrow keys move and choose); T / F or 1 / 2 choose too. */
export function TrueFalseAnswer({
  answer,
  disabled,
  onAnswer,
}: {
  answer: QuizAnswer | null;
  disabled: boolean;
  onAnswer: (answer: QuizAnswer, saveNow: boolean) => void;
}) {
  const chosen = answer?.kind === "truefalse" ? String(answer.value) : "";
  return (
    <RadioGroup.Root
      className="choices choices-inline"
      aria-labelledby="question-heading"
      value={chosen}
      onValueChange={(value) => onAnswer({ kind: "truefalse", value: value === "true" }, true)}
      disabled={disabled}
      loop
      onKeyDown={chooseFocusedAfterArrow}
    >
      {([true, false] as const).map((value) => (
        <RadioGroup.Item
          key={String(value)}
          value={String(value)}
          data-choice={value ? "T" : "F"}
          className={`choice${chosen === String(value) ? " is-chosen" : ""}`}
        >
          <kbd aria-hidden="true">{value ? "T" : "F"}</kbd> <span>{value ? "True" : "False"}</span>
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
