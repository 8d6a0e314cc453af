import Link from "next/link";
import { GuestButton } from "@/components/auth/guest-button";
import { getCurrentUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, bank, params] = [await getCurrentUser(), getBank(), await searchParams];
  const totals = {
    facts: bank.facts.size,
    flashcards: bank.flashcards.size,
    questions: bank.questions.size,
  };
  return (
    <div className="stack">
      {params.deleted ? (
        <p role="status" className="alert alert-success">Your account and all its progress have been deleted.</p>
      ) : null}
      <section className="hero">
        <h1>{bank.deck.title}</h1>
        <p>{bank.deck.description}</p>
        <div className="actions">
          {user ? (
            <Link className="btn btn-primary" href="/study">
              Study flashcards
            </Link>
          ) : (
            <>
              <GuestButton />
              <Link className="btn" href="/sign-up">
                Create an account
              </Link>
            </>
          )}
        </div>
      </section>

      <div className="stat-row" aria-label="Deck size">
        <div className="stat"><strong>{bank.sections.length}</strong> sections</div>
        <div className="stat"><strong>{totals.facts}</strong> facts</div>
        <div className="stat"><strong>{totals.flashcards}</strong> flashcards</div>
        <div className="stat"><strong>{totals.questions}</strong> quiz questions</div>
      </div>

      <section className="card" aria-labelledby="sections-heading">
        <h2 id="sections-heading">Sections of the article</h2>
        <ol className="section-list">
          {bank.sections.map((section) => (
            <li key={section.id} className="section-item" data-testid={`section-${section.id}`}>
              <h3>{section.title}</h3>
              <span className="counts">
                <span className="pill">{section.factIds.length} facts</span>
                <span className="pill">{section.flashcardIds.length} cards</span>
                <span className="pill">{section.questionIds.length} questions</span>
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
