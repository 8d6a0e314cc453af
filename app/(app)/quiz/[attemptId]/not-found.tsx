import Link from "next/link";

export default function QuizNotFound() {
  return (
    <div className="card stack">
      <h1>Quiz not found</h1>
      <p>This quiz doesn&rsquo;t exist, or it belongs to someone else.</p>
      <p>
        <Link className="btn btn-primary" href="/quiz">
          Go to your quizzes
        </Link>
      </p>
    </div>
  );
}
