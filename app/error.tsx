"use client";
import Link from "next/link";

// The fallback for any page that throws (a failed read, a server action that couldn't be
// reached from a form): the site's header stays, and the student can retry where they were.
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card stack" role="alert">
      <h1>Something went wrong</h1>
      <p>This page couldn&rsquo;t be shown. Your saved progress is safe on the server; check your connection and try again.</p>
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={reset}>
          Try again
        </button>
        <Link className="btn" href="/">
          Home
        </Link>
      </div>
    </div>
  );
}
