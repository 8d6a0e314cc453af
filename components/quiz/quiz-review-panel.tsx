"use client";

/** "Submit your quiz?": what is unanswered or flagged, with ways back to it. */
export function QuizReviewPanel({
  total,
  answeredCount,
  flaggedCount,
  disabled,
  onSubmit,
  onKeepAnswering,
  onFirstUnanswered,
  onFirstFlagged,
}: {
  total: number;
  answeredCount: number;
  flaggedCount: number;
  disabled: boolean;
  onSubmit: () => void;
  onKeepAnswering: () => void;
  onFirstUnanswered: () => void;
  onFirstFlagged: () => void;
}) {
  const unanswered = total - answeredCount;
  return (
    <section className="card quiz-review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1}>
        Submit your quiz?
      </h2>
      <p>
        You answered {answeredCount} of {total} questions.
        {unanswered > 0 ? ` ${unanswered} ${unanswered === 1 ? "is" : "are"} unanswered and will count as wrong.` : ""}
        {flaggedCount > 0 ? ` ${flaggedCount} ${flaggedCount === 1 ? "is" : "are"} flagged for review.` : ""}
      </p>
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={onSubmit} disabled={disabled}>
          Submit now
        </button>
        <button type="button" className="btn" onClick={onKeepAnswering}>
          Keep answering
        </button>
        {unanswered > 0 ? (
          <button type="button" className="btn" onClick={onFirstUnanswered}>
            Go to the first unanswered
          </button>
        ) : null}
        {flaggedCount > 0 ? (
          <button type="button" className="btn" onClick={onFirstFlagged}>
            Go to the first flagged
          </button>
        ) : null}
      </div>
    </section>
  );
}
