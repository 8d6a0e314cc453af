import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { QuoteLink } from "@/components/article/quote-link";
import { formatClock, formatDuration } from "@/components/quiz/format";
import { PractiseMissedButton } from "@/components/missed/practise-button";
import { ClaimRightButton } from "@/components/quiz/claim-right-button";
import { RetakeButton } from "@/components/quiz/start-buttons";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { missedInAttempt } from "@/lib/missed/queries";
import { finalizeIfExpired } from "@/lib/quiz/mutations";
import { getResultsView } from "@/lib/quiz/queries";
import type { ResultItem } from "@/lib/quiz/types";
import { attemptIdSchema, resultsFilterSchema, type ResultsFilter } from "@/lib/quiz/schemas";
import { KIND_LABELS } from "@/lib/quiz/limits";

export const metadata: Metadata = { title: "Quiz results" };

const FILTERS: { value: ResultsFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "wrong", label: "Wrong" },
  { value: "flagged", label: "Flagged" },
];

function verdict(item: ResultItem) {
  if (item.overridden) return <span className="verdict is-correct">✓ Counted right: you said you were right</span>;
  if (item.correct) return <span className="verdict is-correct">✓ Correct</span>;
  if (!item.answered) return <span className="verdict is-unanswered">– Not answered</span>;
  return <span className="verdict is-wrong">✗ Wrong</span>;
}

function ResultCard({ item, attemptId }: { item: ResultItem; attemptId: string }) {
  return (
    <article
      className={`card result ${item.correct ? "result-correct" : "result-wrong"}`}
      aria-labelledby={`q${item.number}`}
      data-question-id={item.id}
    >
      <header className="result-head small">
        <span>
          Question {item.number} · {KIND_LABELS[item.kind]}
        </span>
        {item.flagged ? <span className="pill">⚑ Flagged</span> : null}
        {verdict(item)}
      </header>
      <h3 id={`q${item.number}`}>
        {item.kind === "truefalse" ? <span className="muted">True or false: </span> : null}
        {item.prompt}
      </h3>
      {item.pairs ? (
        <div className="table-scroll" role="region" aria-labelledby={`q${item.number}`} tabIndex={0}>
          <table className="pairs">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Your match</th>
                <th scope="col">Right match</th>
              </tr>
            </thead>
            <tbody>
              {item.pairs.map((pair) => (
                <tr key={pair.left} className={pair.correct ? "pair-ok" : "pair-bad"}>
                  <th scope="row">{pair.left}</th>
                  <td>
                    {pair.correct ? "✓ " : "✗ "}
                    {pair.yours ?? "—"}
                  </td>
                  <td>{pair.right}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <dl className="answers">
          <div>
            <dt>Your answer</dt>
            <dd className={item.correct ? "is-correct" : "is-wrong"}>{item.yourAnswer}</dd>
          </div>
          {!item.correct || item.note || item.overridden ? (
            <div>
              <dt>{item.overridden ? "The key" : "Correct answer"}</dt>
              <dd>{item.correctAnswer}</dd>
            </div>
          ) : null}
        </dl>
      )}
      {item.overridden ? (
        <p className="small muted">
          The grader marked this wrong; you overrode it, so it counts as right in your score and on your Missed list.
        </p>
      ) : null}
      {item.canClaim ? <ClaimRightButton attemptId={attemptId} questionId={item.id} overridden={item.overridden} /> : null}
      {item.note ? <p className="small muted">{item.note}</p> : null}
      {item.temptingWhy ? (
        <p className="tempting">
          <strong>Why not “{item.yourAnswer}”?</strong> {item.temptingWhy}
        </p>
      ) : null}
      <p className="explanation">
        <strong>Explanation.</strong> {item.explanation}
      </p>
      <figure className="source-quote">
        <blockquote>{item.quote}</blockquote>
        <figcaption>
          From the article · {item.sectionTitle} · <QuoteLink factId={item.factId} />
        </figcaption>
      </figure>
    </article>
  );
}

export default async function QuizResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ attemptId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ attemptId: raw }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/quiz/${encodeURIComponent(raw)}/results`);
  const parsed = attemptIdSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const attemptId = parsed.data;
  const bank = getBank();
  let results;
  let missed: string[] = [];
  let stillOpen: string[] = [];
  try {
    await finalizeIfExpired(db, user.id, attemptId, bank, new Date());
    results = await getResultsView(db, user.id, attemptId, bank);
    ({ wrong: missed, open: stillOpen } = await missedInAttempt(db, user.id, attemptId, bank));
  } catch (error) {
    if (isAppError(error, "attempt_not_found")) notFound();
    throw error;
  }
  if (!results) redirect(`/quiz/${attemptId}`);
  const filter = resultsFilterSchema.parse(query.show);
  const items = results.items.filter((item) => (filter === "wrong" ? !item.correct : filter === "flagged" ? item.flagged : true));
  const grade =
    results.percent >= 80 ? "Excellent" : results.percent >= 60 ? "Good work" : results.percent >= 40 ? "Getting there" : "Keep practising";

  return (
    <div className="stack">
      <h1>{results.mode === "missed" ? "Practice results" : "Quiz results"}</h1>
      {results.timedOut ? (
        <div className="alert alert-warning" role="status">
          {/* One paragraph: .alert-warning is a wrapping flex box, which split "Time ran out" from its sentence (B8). */}
          <p className="alert-text">
            <strong>Time ran out</strong>, so your quiz was submitted automatically with the answers you had given by then.
            {results.counts.unanswered > 0
              ? ` The ${results.counts.unanswered} question${results.counts.unanswered === 1 ? "" : "s"} you hadn't answered count as wrong.`
              : ""}
          </p>
        </div>
      ) : null}
      <section className="card score-card" aria-label="Score">
        <p className="score">
          <strong>
            {results.score}/{results.total}
          </strong>{" "}
          <span className="percent">{results.percent}%</span>
        </p>
        <p className="muted">
          {grade} · time taken {formatDuration(results.timeTakenMs)}
          {results.timeLimitSeconds !== null ? ` of ${formatClock(results.timeLimitSeconds * 1000)}` : " (untimed)"} ·{" "}
          {results.counts.wrong} wrong
          {results.counts.unanswered > 0 ? ` (${results.counts.unanswered} not answered)` : ""}
        </p>
        <div className="actions">
          {missed.length > 0 ? (
            <PractiseMissedButton fromAttemptId={attemptId} label={`Review the ${missed.length} I missed`} />
          ) : results.mode === "missed" && stillOpen.length > 0 ? (
            <PractiseMissedButton fromAttemptId={attemptId} scope="open" label={`Practise again (${stillOpen.length} still to master)`} />
          ) : null}
          {results.mode === "missed" ? (
            <Link className="btn" href="/missed">
              Missed questions
            </Link>
          ) : (
            <RetakeButton attemptId={attemptId} />
          )}
          <Link className="btn" href="/quiz">
            All quizzes
          </Link>
        </div>
      </section>

      <section className="card" aria-labelledby="sections-heading">
        <h2 id="sections-heading">By section</h2>
        <div className="table-scroll" role="region" aria-label="Results by section (scrolls sideways)" tabIndex={0}>
          <table className="by-section">
            <thead>
              <tr>
                <th scope="col">Section</th>
                <th scope="col">Score</th>
                <th scope="col">
                  <span className="visually-hidden">Share correct</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {results.bySection.map((section) => {
                const percent = Math.round((section.correct / section.total) * 100);
                return (
                  <tr key={section.sectionId}>
                    <th scope="row">{section.title}</th>
                    <td>
                      {section.correct}/{section.total}
                    </td>
                    <td>
                      <span className="bar-cell">
                        <span className="mini-bar" aria-hidden="true">
                          <span style={{ width: `${percent}%` }} />
                        </span>
                        <span className="small muted">{percent}%</span>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="answers-heading" className="stack">
        <h2 id="answers-heading">Every answer, explained</h2>
        <nav className="filters" aria-label="Show questions">
          {FILTERS.map(({ value, label }) => (
            <Link
              key={value}
              href={value === "all" ? `/quiz/${attemptId}/results` : `/quiz/${attemptId}/results?show=${value}`}
              className={`filter${filter === value ? " is-active" : ""}`}
              aria-current={filter === value ? "page" : undefined}
              scroll={false}
            >
              {label} ({results.counts[value]})
            </Link>
          ))}
        </nav>
        {items.length === 0 ? (
          <p className="muted">
            {filter === "wrong" ? "Nothing wrong: every answer was right." : "You flagged no questions in this quiz."}
          </p>
        ) : (
          items.map((item) => <ResultCard key={item.id} item={item} attemptId={attemptId} />)
        )}
      </section>
    </div>
  );
}
