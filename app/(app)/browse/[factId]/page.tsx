import type { Metadata } from "next";
import { SectionStudyLinks } from "@/components/flashcards/section-study-links";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuoteLink } from "@/components/article/quote-link";
import { factStates, factStateLabel } from "@/lib/article/fact-state";
import { requireUser } from "@/lib/auth/session";
import { getBrowseStudent, getFactCards } from "@/lib/browse/queries";
import { getBank } from "@/lib/content/queries";
import { flashcardAnswer, flashcardPrompt, questionAnswer, questionPrompt } from "@/lib/content/format";
import { db } from "@/lib/db/client";
import { KIND_LABELS } from "@/lib/quiz/limits";
import { getStudySettings } from "@/lib/settings/queries";
import "../browse.css";

export const metadata: Metadata = { title: "Fact" };

const RATINGS = ["", "Again", "Hard", "Good", "Easy"];
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export default async function BrowseFactPage({ params }: { params: Promise<{ factId: string }> }) {
  const { factId } = await params;
  const user = await requireUser(`/browse/${encodeURIComponent(factId)}`);
  const bank = getBank();
  const fact = idPattern.test(factId) ? bank.facts.get(factId) : undefined;
  if (!fact) notFound();
  const cards = [...bank.flashcards.values()].filter((c) => c.factId === fact.id);
  const questions = [...bank.questions.values()].filter((q) => q.factId === fact.id);
  const now = new Date();
  const [{ hiddenQuestionIds }, rows, settings] = await Promise.all([
    getBrowseStudent(db, user.id, bank, now),
    getFactCards(
      db,
      user.id,
      cards.map((c) => c.id),
    ),
    getStudySettings(db, user.id),
  ]);
  // Review times in the student's own zone, as every other page shows them.
  const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: settings.timeZone });
  const rowOf = new Map(rows.map((r) => [r.flashcardId, r]));
  const section = bank.sections.find((s) => s.id === fact.sectionId);
  return (
    <div className="stack">
      <p>
        <Link href="/browse">← Browse</Link>
      </p>
      <article className="card" id={`fact-${fact.id}`}>
        <p className="small muted">Fact · {section?.title}</p>
        <h1>{fact.statement}</h1>
        <figure className="source-quote">
          <blockquote>“{fact.quote}”</blockquote>
          <figcaption>
            From the article · <QuoteLink factId={fact.id} />
          </figcaption>
        </figure>
        {section ? <SectionStudyLinks sectionId={section.id} title={section.title} /> : null}
      </article>
      <h2>Flashcards</h2>
      {cards.map((card) => {
        const row = rowOf.get(card.id);
        const state = factStates(bank, row ? [row] : [], now).get(fact.id)!;
        return (
          <section key={card.id} id={`flashcard-${card.id}`} className="card" aria-label={`Flashcard: ${flashcardPrompt(card)}`}>
            <p className="small muted">
              {card.kind} card ·{" "}
              {row
                ? `${factStateLabel(state)}${row.isSuspended ? " · suspended" : ""}${row.isLeech ? " · leech" : ""} · due ${dateFormat.format(row.due)}`
                : "new: not studied yet"}
            </p>
            <p>
              <strong>{flashcardPrompt(card)}</strong>
            </p>
            <p>{flashcardAnswer(card)}</p>
            {row && row.reviews.length > 0 ? (
              <div className="table-scroll" role="region" aria-label={`Card history: ${flashcardPrompt(card)}`} tabIndex={0}>
                <table className="history">
                  <caption>
                    Card history ({row.reviews.length} review{row.reviews.length === 1 ? "" : "s"}, {row.lapses} lapse
                    {row.lapses === 1 ? "" : "s"})
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Reviewed</th>
                      <th scope="col">Rating</th>
                      <th scope="col">Interval</th>
                      <th scope="col">Stability</th>
                      <th scope="col">Difficulty</th>
                    </tr>
                  </thead>
                  <tbody>
                    {row.reviews.map((review) => (
                      <tr key={review.id}>
                        <td>{dateFormat.format(review.reviewedAt)}</td>
                        <td>{RATINGS[review.rating] ?? review.rating}</td>
                        <td>{review.scheduledDays} d</td>
                        <td>{review.stability.toFixed(2)} d</td>
                        <td>{review.difficulty.toFixed(2)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="small muted">No reviews yet.</p>
            )}
            {row && row.reviews.length > 0 ? (
              <p className="small">
                Now: stability {row.stability.toFixed(2)} d, difficulty {row.difficulty.toFixed(2)}, retrievability{" "}
                {state.kind === "review" ? `${Math.round(state.recall * 100)}%` : "— (in learning)"}.
              </p>
            ) : null}
          </section>
        );
      })}
      <h2>Questions</h2>
      {questions.map((question) => {
        const hidden = hiddenQuestionIds.has(question.id);
        return (
          <section key={question.id} id={`question-${question.id}`} className="card" aria-label={`Question: ${questionPrompt(question)}`}>
            <p className="small muted">
              {KIND_LABELS[question.kind]} · difficulty {question.difficulty}
            </p>
            <p>
              <strong>{questionPrompt(question)}</strong>
            </p>
            {hidden ? (
              <p className="small">Answer hidden: this question is in a quiz you have open. Finish it first.</p>
            ) : (
              <>
                <p>Answer: {questionAnswer(question)}</p>
                <p className="explanation small">{question.explanation}</p>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
