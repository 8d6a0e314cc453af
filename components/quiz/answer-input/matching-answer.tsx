"use client";
import type { QuizAnswer } from "@/lib/quiz/schemas";

/** A matching question: one select per left-hand item, saved as soon as one changes. */
export function MatchingAnswer({
  lefts,
  rights,
  answer,
  disabled,
  onAnswer,
}: {
  lefts: string[];
  rights: string[];
  answer: QuizAnswer | null;
  disabled: boolean;
  onAnswer: (answer: QuizAnswer, saveNow: boolean) => void;
}) {
  const matches = answer?.kind === "matching" ? answer.matches : lefts.map(() => null);
  return (
    <div className="matching">
      {lefts.map((left, i) => (
        <div className="matching-row" key={left}>
          <label htmlFor={`match-${i}`}>{left}</label>
          <select
            id={`match-${i}`}
            value={matches[i] ?? ""}
            disabled={disabled}
            onChange={(event) => {
              const next = lefts.map((_, j) => (j === i ? event.target.value || null : (matches[j] ?? null)));
              onAnswer({ kind: "matching", matches: next }, true);
            }}
          >
            <option value="">Choose…</option>
            {rights.map((right) => (
              <option key={right} value={right}>
                {right}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
