"use client";
import Link from "next/link";

export default function QuizError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="card stack" role="alert">
      <h1>Something went wrong</h1>
      <p>We couldn&rsquo;t show this quiz. The answers you already saved are safe on the server.</p>
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={reset}>
          Try again
        </button>
        <Link className="btn" href="/quiz">
          Back to quizzes
        </Link>
      </div>
    </div>
  );
}
