"use client";
import type { PublicQuestion } from "@/lib/quiz/types";

/** One numbered dot per question (answered, flagged, current); a click goes there. */
export function QuizNavigator({
  questions,
  current,
  isAnswered,
  flags,
  disabled,
  onGoTo,
}: {
  questions: PublicQuestion[];
  /** The index of the question on screen, or null while reviewing before submitting. */
  current: number | null;
  isAnswered: (number: number) => boolean;
  flags: Record<number, boolean>;
  disabled: boolean;
  onGoTo: (index: number) => void;
}) {
  return (
    <nav className="quiz-nav" aria-label="Questions">
      <ol>
        {questions.map((q, i) => {
          const answered = isAnswered(q.number);
          const flagged = Boolean(flags[q.number]);
          const label = `Question ${q.number}: ${answered ? "answered" : "not answered"}${flagged ? ", flagged" : ""}`;
          return (
            <li key={q.number}>
              <button
                type="button"
                className={`nav-dot${answered ? " is-answered" : ""}${flagged ? " is-flagged" : ""}`}
                aria-current={i === current ? "step" : undefined}
                aria-label={label}
                title={label}
                onClick={() => onGoTo(i)}
                disabled={disabled}
              >
                {q.number}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="small muted legend">
        <span className="nav-dot is-answered" aria-hidden="true" /> answered <span className="nav-dot is-flagged" aria-hidden="true" />{" "}
        flagged <span className="nav-dot" aria-hidden="true" /> not answered
      </p>
    </nav>
  );
}
