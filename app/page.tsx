import Link from "next/link";
import { GuestButton } from "@/components/auth/guest-button";
import { getCurrentUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { countMissed } from "@/lib/missed/queries";
import { listAttempts } from "@/lib/quiz/queries";
import { getStudySettings } from "@/lib/settings/queries";
import { getStudyView } from "@/lib/srs/queries";
import { Alert } from "@/components/ui/alert";
import { ExamCountdown } from "@/components/exam/exam-records";
import { getExamStudy } from "@/lib/exam/study";
import { activeFlashcards, activeQuestions } from "@/lib/content/retire";
import { SectionStudyLinks } from "@/components/flashcards/section-study-links";

/** The signed-in student's numbers: cards due now, questions missed, the last quiz score. */
async function getStudentSummary(userId: string) {
  const now = new Date();
  const settings = await getStudySettings(db, userId);
  const exam = await getExamStudy(db, userId, getBank(), settings, now);
  const [view, missed, attempts] = await Promise.all([
    getStudyView(db, userId, getBank(), settings, now, { exam: exam?.queue ?? null }),
    countMissed(db, userId),
    listAttempts(db, userId, now, 10),
  ]);
  const last = attempts.find((attempt) => attempt.status === "submitted") ?? null;
  return {
    due: view.counts.new + view.counts.learning + view.counts.review,
    newCards: view.counts.new,
    missed,
    last,
    exam: exam?.exam ?? null,
    now,
  };
}

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, bank, params] = [await getCurrentUser(), getBank(), await searchParams];
  const summary = user ? await getStudentSummary(user.id) : null;
  const totals = {
    facts: bank.sections.reduce((sum, section) => sum + section.factIds.length, 0),
    flashcards: activeFlashcards(bank).length,
    questions: activeQuestions(bank).length,
  };
  return (
    <div className="stack">
      {params.deleted ? <Alert tone="success">Your account and all its progress have been deleted.</Alert> : null}
      <section className="hero">
        <h1>{bank.deck.title}</h1>
        <p>{bank.deck.description}</p>
        <div className="actions">
          {user ? (
            <>
              <Link className="btn btn-primary" href="/study">
                Study flashcards
              </Link>
              <Link className="btn" href="/quiz">
                Take a quiz
              </Link>
            </>
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

      {summary?.exam ? <ExamCountdown exam={summary.exam} now={summary.now} /> : null}
      {summary ? (
        <section className="stat-row" aria-label="Your study">
          <Link className="stat stat-link" href="/study">
            <strong data-testid="due-count">{summary.due}</strong> cards to study now
            {summary.newCards > 0 ? <span className="small muted"> ({summary.newCards} new)</span> : null}
          </Link>
          <Link className="stat stat-link" href="/missed">
            <strong data-testid="missed-count">{summary.missed}</strong> missed {summary.missed === 1 ? "question" : "questions"} to master
          </Link>
          <Link className="stat stat-link" href={summary.last ? `/quiz/${summary.last.attemptId}/results` : "/quiz"}>
            <strong data-testid="last-score">{summary.last ? `${summary.last.percent}%` : "–"}</strong>
            {summary.last ? `last quiz (${summary.last.score}/${summary.last.total})` : "no quiz yet: take one"}
          </Link>
        </section>
      ) : null}

      <div className="stat-row" role="group" aria-label="Deck size">
        <div className="stat">
          <strong>{bank.sections.length}</strong> sections
        </div>
        <div className="stat">
          <strong>{totals.facts}</strong> facts
        </div>
        <div className="stat">
          <strong>{totals.flashcards}</strong> flashcards
        </div>
        <div className="stat">
          <strong>{totals.questions}</strong> quiz questions
        </div>
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
              {user ? <SectionStudyLinks sectionId={section.id} title={section.title} /> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
