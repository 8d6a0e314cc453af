"use client";
import type { RefObject } from "react";
import type { QuizAnswer } from "@/lib/quiz/schemas";

/** A written or numeric answer's text box; typing is saved after a pause, Enter keeps it. */
export function TypedAnswer({
  kind,
  unit,
  answer,
  disabled,
  inputRef,
  onAnswer,
}: {
  kind: "written" | "numeric";
  unit?: string;
  answer: QuizAnswer | null;
  disabled: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  onAnswer: (answer: QuizAnswer, saveNow: boolean) => void;
}) {
  const text = answer?.kind === kind ? answer.text : "";
  return (
    <div className="field">
      <label htmlFor="typed-answer">{kind === "numeric" ? `Your answer (in ${unit})` : "Your answer"}</label>
      <input
        ref={inputRef}
        id="typed-answer"
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        inputMode={kind === "numeric" ? "decimal" : "text"}
        maxLength={200}
        value={text}
        disabled={disabled}
        onChange={(event) => onAnswer({ kind, text: event.target.value }, false)}
      />
      <span className="hint">
        {kind === "numeric"
          ? "A number is enough; units, “bn”, “%” or “per cent” are fine. Press Enter to keep it."
          : "Spelling and capitals are marked leniently. Press Enter to keep it."}
        <span className="keyboard-only"> Esc, then R, flags it.</span>
      </span>
    </div>
  );
}
