"use client";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatClock } from "./format";
import { WARNING_MS } from "./use-quiz-clock";

const FIVE_MINUTES_MS = 5 * 60_000;

/** Answered so far, flags, and the countdown (red under a minute) or "Untimed". */
export function QuizStatusBar({
  total,
  answeredCount,
  flaggedCount,
  remainingMs,
}: {
  total: number;
  answeredCount: number;
  flaggedCount: number;
  remainingMs: number | null;
}) {
  return (
    <div className="quiz-bar">
      <div className="quiz-progress">
        <ProgressBar label="Questions answered" value={answeredCount} max={total} valueText={`${answeredCount} of ${total} answered`} />
        <p className="small muted">
          {answeredCount} of {total} answered{flaggedCount > 0 ? ` · ${flaggedCount} flagged` : ""}
        </p>
      </div>
      {remainingMs !== null ? (
        <p className={`quiz-timer${remainingMs <= WARNING_MS ? " is-low" : ""}`} role="timer" aria-label="Time left">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            width="18"
            height="18"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
          >
            <circle cx="12" cy="13" r="8" />
            <path d="M12 9v4l2.5 2.5M9 2h6" />
          </svg>{" "}
          {formatClock(remainingMs)}
        </p>
      ) : (
        <p className="quiz-timer muted">Untimed</p>
      )}
      {/* The clock itself is not a live region (it would speak every second): the warnings are. The last
          minute has its own alert banner. */}
      <p role="status" className="visually-hidden">
        {remainingMs !== null && remainingMs <= FIVE_MINUTES_MS && remainingMs > WARNING_MS ? "Less than 5 minutes left." : ""}
      </p>
    </div>
  );
}
