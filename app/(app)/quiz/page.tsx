import type { Metadata } from "next";
import Link from "next/link";
import { formatClock } from "@/components/quiz/format";
import { QuizBuilder } from "@/components/quiz/quiz-builder";
import { QuickQuizButton } from "@/components/quiz/start-buttons";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/content/schemas";
import { db } from "@/lib/db/client";
import { getOpenAttempt, listAttempts } from "@/lib/quiz/queries";
import type { AttemptSummary } from "@/lib/quiz/types";
import { activeQuestions } from "@/lib/content/retire";
import { KIND_LABELS } from "@/lib/quiz/limits";
import { getStudySettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "Quizzes" };

function describe(attempt: AttemptSummary): string {
  const settings = attempt.settings;
  if (!settings) return `${attempt.total} questions`;
  const kinds =
    settings.kinds.length === QUESTION_KINDS.length
      ? "all kinds"
      : settings.kinds.map((kind) => KIND_LABELS[kind].toLowerCase()).join(", ");
  const time = settings.timeLimitSeconds === null ? "untimed" : `${formatClock(settings.timeLimitSeconds * 1000)} limit`;
  return `${attempt.total} questions · ${kinds} · ${time}`;
}

export default async function QuizPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/quiz");
  const bank = getBank();
  // "Quiz me on this section": the builder opens with that section ticked (an unknown id ticks none).
  const asked = (await searchParams).section;
  const presetSectionIds = bank.sections.filter((s) => s.id === asked).map((s) => s.id);
  const now = new Date();
  const [open, attempts, settings] = await Promise.all([
    getOpenAttempt(db, user.id, now),
    listAttempts(db, user.id, now),
    getStudySettings(db, user.id),
  ]);
  // In the student's time zone, as every date they read (it was UTC, and said so).
  const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: settings.timeZone });
  const sections = bank.sections.map((section) => ({ id: section.id, title: section.title, questions: section.questionIds.length }));
  const kindCounts = Object.fromEntries(QUESTION_KINDS.map((kind) => [kind, 0])) as Record<QuestionKind, number>;
  for (const question of activeQuestions(bank)) kindCounts[question.kind] += 1;
  const past = attempts.filter((attempt) => attempt.status !== "open");

  return (
    <div className="stack">
      <h1>Quizzes</h1>
      <p className="muted">Rehearse the exam: timed, scored, and every answer explained with the article&rsquo;s own words.</p>
      {open ? (
        <section className="card resume" aria-labelledby="resume-heading">
          <h2 id="resume-heading">You have a quiz in progress</h2>
          <p>
            {open.answered} of {open.total} answered
            {open.deadline ? ` · ${formatClock(Date.parse(open.deadline) - now.getTime())} left` : " · untimed"}
          </p>
          <Link className="btn btn-primary" href={`/quiz/${open.attemptId}`}>
            Resume quiz
          </Link>
        </section>
      ) : null}
      <section className="card" aria-label="Quick quiz">
        <QuickQuizButton />
      </section>
      <QuizBuilder sections={sections} kindCounts={kindCounts} presetSectionIds={presetSectionIds} />
      <section aria-labelledby="history-heading" className="stack">
        <h2 id="history-heading">Your past quizzes</h2>
        {past.length === 0 ? (
          <p className="muted">No quizzes yet. Your scores will be listed here, and each one opens its results.</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="history-heading" tabIndex={0}>
            <table className="history">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Score</th>
                  <th scope="col">Quiz</th>
                  <th scope="col">
                    <span className="visually-hidden">Results</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {past.map((attempt) => (
                  <tr key={attempt.attemptId}>
                    <td>{dateFormat.format(new Date(attempt.submittedAt ?? attempt.startedAt))}</td>
                    <td>
                      {attempt.score === null ? (
                        "Time ran out"
                      ) : (
                        <>
                          <strong>
                            {attempt.score}/{attempt.total}
                          </strong>{" "}
                          <span className="muted">({attempt.percent}%)</span>
                        </>
                      )}
                    </td>
                    <td className="small">{describe(attempt)}</td>
                    <td>
                      <Link href={`/quiz/${attempt.attemptId}/results`}>See results</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
