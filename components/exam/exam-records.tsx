import "./exam.css";
import Link from "next/link";
import { formatCountdown, formatExamMoment } from "@/lib/exam/moment";
import type { ExamRecord, MockResult } from "@/lib/exam/queries";
import type { MockExam } from "@/lib/exam/types";
import { ActualScoreForm, StartMockButton } from "./exam-buttons";
import { band, percent } from "./plan-view";

/** "Exam in 4 days 3 hours": on the home, study and exam pages while an exam is set. */
export function ExamCountdown({
  exam,
  now,
  showLink = true,
}: {
  exam: Pick<ExamRecord, "at" | "timeZone">;
  now: Date;
  showLink?: boolean;
}) {
  return (
    <p className="exam-countdown" role="status" data-testid="exam-countdown">
      <strong>Exam in {formatCountdown(now, exam.at)}</strong> <span className="muted">({formatExamMoment(exam.at, exam.timeZone)})</span>
      {showLink ? (
        <>
          {" · "}
          <Link href="/exam">Your plan</Link>
        </>
      ) : null}
    </p>
  );
}

const dayName = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long" }).format(at);

/** The plan's mock exams: open on their day, each result next to what the model predicted. */
export function MockExams({
  examId,
  mocks,
  results,
  timeZone,
  now,
}: {
  examId: string;
  mocks: MockExam[];
  results: MockResult[];
  timeZone: string;
  now: Date;
}) {
  const bySlot = new Map(results.map((r) => [r.slot, r]));
  // Mock exams already taken stay listed even when the plan no longer schedules their day.
  const slots = [...new Set([...mocks.map((m) => m.daysBefore), ...results.map((r) => r.slot)])].sort((a, b) => b - a);
  if (slots.length === 0) return null;
  return (
    <section className="card" aria-labelledby="mocks-heading">
      <h2 id="mocks-heading">Mock exams</h2>
      <p className="muted small">
        Timed quizzes on the exam&rsquo;s sections. A question you miss brings its fact&rsquo;s cards back into today&rsquo;s study.
      </p>
      <ul className="mock-list">
        {slots.map((slot) => {
          const mock = mocks.find((m) => m.daysBefore === slot);
          const result = bySlot.get(slot);
          const name = `Mock exam ${slot} day${slot === 1 ? "" : "s"} before`;
          return (
            <li key={slot} className="mock-item">
              <span>
                <strong>{name}</strong>
                {mock ? <span className="muted"> · {mock.isToday ? "today" : dayName(mock.startsAt, timeZone)}</span> : null}
              </span>
              {result ? (
                result.submitted ? (
                  <span data-testid={`mock-result-${slot}`}>
                    You scored {result.score}/{result.total} ({percent((result.score ?? 0) / Math.max(1, result.total))}); the model
                    predicted {percent(result.predicted)}. <Link href={`/quiz/${result.attemptId}/results`}>See the answers</Link>
                  </span>
                ) : (
                  <Link className="btn" href={`/quiz/${result.attemptId}`}>
                    Go on with it
                  </Link>
                )
              ) : mock && mock.startsAt <= now ? (
                <StartMockButton examId={examId} slot={slot} label={`Start the ${slot}-day mock exam`} />
              ) : (
                <span className="muted small">opens on its day</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Past and cancelled exams: the prediction last shown before each, next to the score entered. */
export function PastExams({ exams }: { exams: ExamRecord[] }) {
  if (exams.length === 0) return null;
  return (
    <section className="card" aria-labelledby="past-heading">
      <h2 id="past-heading">Past exams</h2>
      <ul className="past-list">
        {exams.map((exam) => (
          <li key={exam.id} className="past-item">
            <span>
              <strong>{formatExamMoment(exam.at, exam.timeZone)}</strong>
              {exam.status === "cancelled" ? <span className="pill">cancelled</span> : null}
            </span>
            <span>
              Predicted:{" "}
              {exam.predictedScore === null
                ? "–"
                : `${percent(exam.predictedScore)} (likely ${band({ low: exam.predictedLow ?? exam.predictedScore, high: exam.predictedHigh ?? exam.predictedScore })})`}
            </span>
            {exam.status === "past" ? <ActualScoreForm examId={exam.id} current={exam.actualPercent} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
