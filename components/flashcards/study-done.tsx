import Link from "next/link";
import type { StudyView } from "@/lib/srs/types";
import { CramStartForm } from "./cram-start-form";

/** No card left: for today (how many were studied, when the next one is due), or for a cram session. */
export function StudyDone({
  view,
  sectionId = null,
  timeZone,
}: {
  view: StudyView;
  sectionId?: string | null;
  /** The student's zone: the same text on the server's render and the browser's, on their clock. */
  timeZone: string;
}) {
  if (view.cram) {
    return (
      <section className="card done" aria-live="polite">
        <h2>Cram session done</h2>
        <p>
          You went through every card of this section ({view.doneToday} rating{view.doneToday === 1 ? "" : "s"}).{" "}
          {view.cram.reschedule ? "Your ratings were saved to your schedule." : "Your schedule is unchanged."}
        </p>
        <div className="actions">
          <Link className="btn" href={`/study?section=${sectionId}`}>
            Back to this section&rsquo;s due cards
          </Link>
          <Link className="btn" href="/">
            Home
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section className="card done" aria-live="polite">
      <h2>{sectionId ? "Done with this section for today" : "Done for today 🎉"}</h2>
      <p>
        You studied {view.doneToday} card{view.doneToday === 1 ? "" : "s"} today.{" "}
        {view.nextDue ? (
          <>
            Next card due{" "}
            <time dateTime={view.nextDue}>
              {new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(view.nextDue))}
            </time>
            .
          </>
        ) : (
          "No cards are scheduled yet."
        )}
      </p>
      {sectionId ? (
        <p>
          <Link href={`/study?section=${sectionId}&more=1`}>Learn this section&rsquo;s new cards beyond today&rsquo;s limit</Link>
        </p>
      ) : null}
      {sectionId ? <CramStartForm sectionId={sectionId} place="done" /> : null}
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
