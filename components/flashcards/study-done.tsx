import Link from "next/link";
import type { StudyView } from "@/lib/srs/types";

/** No card left for today: how many were studied and when the next one is due. */
export function StudyDone({ view }: { view: StudyView }) {
  return (
    <section className="card done" aria-live="polite">
      <h2>Done for today 🎉</h2>
      <p>
        You studied {view.doneToday} card{view.doneToday === 1 ? "" : "s"} today.{" "}
        {view.nextDue ? (
          <>
            Next card due <time dateTime={view.nextDue}>{new Date(view.nextDue).toLocaleString()}</time>.
          </>
        ) : (
          "No cards are scheduled yet."
        )}
      </p>
      <div className="actions">
        <Link className="btn" href="/settings">
          Change daily limits
        </Link>
        <Link className="btn" href="/">
          Home
        </Link>
      </div>
    </section>
  );
}
