import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/** Unknown URLs get the app's header and a way back, not Next's bare default page. */
export default function NotFound() {
  return (
    <div className="stack">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link has a typo.</p>
      <div className="actions">
        <Link className="btn btn-primary" href="/">
          Go to the home page
        </Link>
        <Link className="btn" href="/study">
          Study flashcards
        </Link>
      </div>
    </div>
  );
}
