import type { StudyCardView } from "@/lib/srs/types";

export const RATINGS = [
  { grade: 1, label: "Again", key: "1", className: "rate-again" },
  { grade: 2, label: "Hard", key: "2", className: "rate-hard" },
  { grade: 3, label: "Good", key: "3", className: "rate-good" },
  { grade: 4, label: "Easy", key: "4", className: "rate-easy" },
] as const;

export type Grade = (typeof RATINGS)[number]["grade"];

/** Again / Hard / Good / Easy, each with the interval it would give; a type-in verdict suggests one. */
export function RatingButtons({
  card,
  suggested,
  disabled,
  onRate,
}: {
  card: StudyCardView;
  suggested: Grade | null;
  disabled: boolean;
  onRate: (grade: Grade) => void;
}) {
  return (
    <div className="rating-buttons" role="group" aria-label="How well did you remember?">
      {RATINGS.map((r) => (
        <button
          key={r.grade}
          type="button"
          className={`btn rate ${r.className}${suggested === r.grade ? " is-suggested" : ""}`}
          onClick={() => onRate(r.grade)}
          disabled={disabled}
          aria-keyshortcuts={r.key}
          aria-describedby={suggested === r.grade ? "rating-suggested" : undefined}
        >
          <span className="rate-interval">{card.intervals[r.grade]}</span>
          <span className="rate-label">{r.label}</span>
          <kbd>{r.key}</kbd>
        </button>
      ))}
      {/* The outline says it to the eye; this says it to a screen reader (hidden, yet read as the description). */}
      <span id="rating-suggested" hidden>
        Suggested by your typed answer
      </span>
    </div>
  );
}
