"use client";
import type { QuizAnswer } from "@/lib/quiz/schemas";
import { LETTERS } from "./letters";

/** True / False, as a radio group of two buttons (T/B or 1/2 choose too). */
export function TrueFalseAnswer({
  answer,
  disabled,
  onAnswer,
}: {
  answer: QuizAnswer | null;
  disabled: boolean;
  onAnswer: (answer: QuizAnswer, saveNow: boolean) => void;
}) {
  return (
    <div className="choices choices-inline" role="radiogroup" aria-labelledby="question-heading">
      {([true, false] as const).map((value, i) => {
        const chosen = answer?.kind === "truefalse" && answer.value === value;
        return (
          <button
            key={String(value)}
            type="button"
            role="radio"
            aria-checked={chosen}
            data-choice={LETTERS[i]}
            className={`choice${chosen ? " is-chosen" : ""}`}
            onClick={() => onAnswer({ kind: "truefalse", value }, true)}
            disabled={disabled}
          >
            <kbd aria-hidden="true">{value ? "T" : "B"}</kbd> <span>{value ? "True" : "False"}</span>
          </button>
        );
      })}
    </div>
  );
}
