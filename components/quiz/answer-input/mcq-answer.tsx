"use client";
import type { QuizAnswer } from "@/lib/quiz/schemas";
import { LETTERS } from "./letters";

/** A multiple-choice question's options, as a radio group of buttons (A–D or 1–4 choose too). */
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
  return (
    <div className="choices" role="radiogroup" aria-labelledby="question-heading">
      {options.map((option, i) => {
        const chosen = answer?.kind === "mcq" && answer.choice === option;
        return (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={chosen}
            data-choice={LETTERS[i]}
            className={`choice${chosen ? " is-chosen" : ""}`}
            onClick={() => onAnswer({ kind: "mcq", choice: option }, true)}
            disabled={disabled}
          >
            <kbd aria-hidden="true">{LETTERS[i]}</kbd> <span>{option}</span>
          </button>
        );
      })}
    </div>
  );
}
