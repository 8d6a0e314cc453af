import type { Metadata } from "next";
import { LeechActions } from "@/components/leeches/leech-actions";
import { LeechNotice } from "@/components/leeches/leech-notice";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { getStudySettings } from "@/lib/settings/queries";
import { getLeechesAndSuspended, type SuspendedCardView } from "@/lib/srs/queries";

export const metadata: Metadata = { title: "Leeches" };

function CardItem({ card }: { card: SuspendedCardView }) {
  return (
    <li className="card stack" aria-label={card.front}>
      <div className="tags small">
        {card.isLeech ? <span className="pill pill-bad">Leech</span> : null}
        <span className="pill">{card.isSuspended ? "Suspended" : "Back in study"}</span>
        <span className="muted">
          {card.lapses} lapse{card.lapses === 1 ? "" : "s"} · {card.sectionTitle}
        </span>
      </div>
      <h3>{card.front}</h3>
      <p>
        <strong>Fact:</strong> {card.factStatement}
      </p>
      <figure className="source-quote">
        <blockquote>&ldquo;{card.quote}&rdquo;</blockquote>
        <figcaption>From the article · {card.sectionTitle}</figcaption>
      </figure>
      <LeechActions flashcardId={card.flashcardId} isSuspended={card.isSuspended} label={card.front} />
    </li>
  );
}

export default async function LeechesPage() {
  const user = await requireUser("/leeches");
  const [cards, settings] = await Promise.all([getLeechesAndSuspended(db, user.id, getBank()), getStudySettings(db, user.id)]);
  const leeches = cards.filter((c) => c.isLeech);
  const suspended = cards.filter((c) => !c.isLeech);
  return (
    <div className="stack">
      <h1>Leeches</h1>
      <p className="muted">
        A card you forget {settings.leechThreshold} times becomes a leech and is suspended, so it stops eating your reviews. Read the fact
        and the quote again, then put the card back in study or start it over as new.
      </p>
      <LeechNotice>
        <section className="stack" aria-labelledby="leeches-heading">
          <h2 id="leeches-heading">Leeches ({leeches.length})</h2>
          {leeches.length === 0 ? (
            <p>No leeches. Every card you study is sticking.</p>
          ) : (
            <ul className="leech-list">
              {leeches.map((c) => (
                <CardItem key={c.flashcardId} card={c} />
              ))}
            </ul>
          )}
        </section>
        <section className="stack" aria-labelledby="suspended-heading">
          <h2 id="suspended-heading">Other suspended cards ({suspended.length})</h2>
          {suspended.length === 0 ? (
            <p>
              None. Suspend a card from the study screen with “Suspend card”
              <span className="keyboard-only">
                {" "}
                (or <kbd>@</kbd>)
              </span>
              .
            </p>
          ) : (
            <ul className="leech-list">
              {suspended.map((c) => (
                <CardItem key={c.flashcardId} card={c} />
              ))}
            </ul>
          )}
        </section>
      </LeechNotice>
    </div>
  );
}
