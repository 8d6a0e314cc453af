import type { Metadata } from "next";
import { QuoteLink } from "@/components/article/quote-link";
import Link from "next/link";
import { MissedItemActions } from "@/components/missed/missed-item-actions";
import { PractiseMissedButton } from "@/components/missed/practise-button";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { getMissedView, type MissedItem } from "@/lib/missed/queries";
import { getStudySettings } from "@/lib/settings/queries";
import { KIND_LABELS } from "@/lib/quiz/limits";

export const metadata: Metadata = { title: "Missed questions" };

function Item({ item, needed, dateFormat }: { item: MissedItem; needed: number; dateFormat: Intl.DateTimeFormat }) {
  const mastered = item.masteredAt !== null;
  return (
    <article className="card missed-item" data-question-id={item.questionId} aria-label={item.prompt}>
      <header className="result-head small">
        <span>{KIND_LABELS[item.kind]}</span>
        <span>
          Missed {item.missCount} {item.missCount === 1 ? "time" : "times"}, last on {dateFormat.format(new Date(item.lastMissedAt))}
        </span>
        {mastered ? (
          <span className="pill">Mastered</span>
        ) : (
          <span className="pill" title={`Answer it right ${needed} times in a row, on different study days, to master it`}>
            {item.streak} of {needed} right in a row
          </span>
        )}
      </header>
      <h3>{item.prompt}</h3>
      <dl className="answers">
        <div>
          <dt>Right answer</dt>
          <dd>{item.correctAnswer}</dd>
        </div>
      </dl>
      <p className="explanation">
        <strong>Explanation.</strong> {item.explanation}
      </p>
      <figure className="source-quote">
        <blockquote>{item.quote}</blockquote>
        <figcaption>
          From the article · <QuoteLink factId={item.factId} />
        </figcaption>
      </figure>
      <MissedItemActions questionId={item.questionId} mastered={mastered} />
    </article>
  );
}

export default async function MissedPage() {
  const user = await requireUser("/missed");
  const [view, settings] = await Promise.all([getMissedView(db, user.id, getBank()), getStudySettings(db, user.id)]);
  // In the student's time zone, as every date they read (it was UTC).
  const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: settings.timeZone });
  return (
    <div className="stack">
      <h1>Missed questions</h1>
      <section className="card missed-summary" aria-label="Missed summary">
        <p className="score">
          <strong data-testid="missed-count">{view.total}</strong> <span className="muted">to master</span>
        </p>
        <p className="muted">
          Every quiz question you answered wrongly or left blank stays here until you answer it right {view.needed} times in a row, on
          different study days: a second right answer on the same day doesn&rsquo;t count yet. Missing one also brings its fact&rsquo;s
          flashcards to the front of your study queue.
        </p>
        {view.total > 0 ? <PractiseMissedButton label={`Practise missed (${view.total})`} /> : null}
      </section>
      {view.total === 0 ? (
        <p className="muted">
          Nothing missed right now. <Link href="/quiz">Take a quiz</Link>: every question you get wrong will wait for you here.
        </p>
      ) : (
        view.missed.map((group) => (
          <section key={group.sectionId} aria-labelledby={`section-${group.sectionId}`} className="stack">
            <h2 id={`section-${group.sectionId}`}>
              {group.title} <span className="muted small">({group.items.length})</span>
            </h2>
            {group.items.map((item) => (
              <Item key={item.questionId} item={item} needed={view.needed} dateFormat={dateFormat} />
            ))}
          </section>
        ))
      )}
      {view.mastered.length > 0 ? (
        <details className="card">
          <summary>
            <strong>Mastered ({view.mastered.length})</strong>
          </summary>
          <div className="stack">
            {view.mastered.map((item) => (
              <Item key={item.questionId} item={item} needed={view.needed} dateFormat={dateFormat} />
            ))}
          </div>
        </details>
      ) : null}
    </div>
  );
}
