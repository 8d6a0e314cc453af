import Link from "next/link";
import { PercentLine } from "@/components/charts/percent-line";
import { StackedBars } from "@/components/charts/stacked-bars";
import type { ExamPlan, ScoreEstimate } from "@/lib/exam/types";

type ActivePlan = Extract<ExamPlan, { status: "active" }>;

/** A share as the student reads it: "72 %". */
export const percent = (share: number) => `${Math.round(share * 100)}\u00a0%`;
/** A band as "64–78 %" (no break inside). */
export const band = (estimate: Pick<ScoreEstimate, "low" | "high">) => `${Math.round(estimate.low * 100)}\u2013${percent(estimate.high)}`;

const shortDate = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" }).format(at);

/** The two predictions, each with its band. */
export function Prediction({ plan }: { plan: ActivePlan }) {
  return (
    <section className="stat-row" aria-label="Predicted exam-day score">
      <div className="stat" data-testid="predict-stop" data-score={plan.ifStopNow.score}>
        <span className="small muted">If you stopped studying now</span>
        <strong>{percent(plan.ifStopNow.score)}</strong>
        <span className="small">likely {band(plan.ifStopNow)}</span>
      </div>
      <div className="stat" data-testid="predict-plan" data-score={plan.withPlan.score}>
        <span className="small muted">If you follow the plan</span>
        <strong>{percent(plan.withPlan.score)}</strong>
        <span className="small">likely {band(plan.withPlan)}</span>
      </div>
    </section>
  );
}

/** On track for the target, or what it would take. */
export function TargetLine({ plan }: { plan: ActivePlan }) {
  const target = plan.target;
  if (!target) return <p className="muted">No target set: add one to see whether you are on track.</p>;
  if (target.isOnTrack) {
    return (
      <p className="alert alert-success" data-testid="target-status">
        On track for your target of {percent(target.target)} with {plan.dailyBudgetMinutes} minutes a day.
      </p>
    );
  }
  return (
    <p className="alert alert-error" data-testid="target-status">
      Not on track for {percent(target.target)}:{" "}
      {target.isOutOfReach || target.minutesPerDayNeeded === null
        ? "no daily budget the plan tried reaches it in the days left. Study what you can; the plan puts the weakest facts first."
        : `it would take about ${target.minutesPerDayNeeded} minutes a day (your budget: ${plan.dailyBudgetMinutes}).`}
    </p>
  );
}

/** Per section, weakest first, each with a link to study it now. */
export function SectionTable({ plan, titles }: { plan: ActivePlan; titles: Map<string, string> }) {
  return (
    <section className="card" aria-labelledby="sections-heading">
      <h2 id="sections-heading">By section, weakest first</h2>
      <div className="table-scroll">
        <table className="section-forecast">
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Stop now</th>
              <th scope="col">With the plan</th>
              <th scope="col">New cards</th>
              <th scope="col">
                <span className="visually-hidden">Study</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.sections.map((section) => (
              <tr key={section.sectionId}>
                <th scope="row">{titles.get(section.sectionId) ?? section.sectionId}</th>
                <td data-label="Stop now">
                  {percent(section.ifStopNow.score)} <span className="small muted">({band(section.ifStopNow)})</span>
                </td>
                <td data-label="With the plan">
                  {percent(section.withPlan.score)} <span className="small muted">({band(section.withPlan)})</span>
                </td>
                <td data-label="New cards">
                  {section.newCards} of {section.cards}
                </td>
                <td>
                  <Link
                    href={`/study?section=${encodeURIComponent(section.sectionId)}`}
                    aria-label={`Study this section now: ${titles.get(section.sectionId) ?? section.sectionId}`}
                  >
                    Study this section now
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The plan day by day: a chart of reviews and new cards, the predicted score, and the numbers as a table. */
export function PlanChart({ plan, timeZone }: { plan: ActivePlan; timeZone: string }) {
  const days = plan.days.map((day, i) => ({ ...day, label: i === 0 ? "Today" : shortDate(day.startsAt, timeZone) }));
  const every = Math.max(1, Math.ceil(days.length / 8));
  const tick = (i: number, label: string) => (i % every === 0 ? label : undefined);
  const total = days.reduce((sum, d) => sum + d.reviews + d.newCards, 0);
  const last = days.at(-1);
  return (
    <section className="card stack" aria-labelledby="plan-heading">
      <h2 id="plan-heading">The plan, day by day</h2>
      <StackedBars
        title="Cards planned per day"
        summary={`${total} cards over ${days.length} days: new cards early, reviews rising towards the exam.`}
        series={[
          { key: "newCards", label: "new cards", color: "var(--count-new)" },
          { key: "reviews", label: "reviews", color: "var(--good)" },
        ]}
        data={days.map((d, i) => ({ label: d.label, tick: tick(i, d.label), values: { newCards: d.newCards, reviews: d.reviews } }))}
      />
      <p className="small muted legend">
        <span className="swatch swatch-new" /> new cards <span className="swatch swatch-review" /> reviews
      </p>
      <PercentLine
        title="Predicted exam-day score after each day of the plan"
        summary={last ? `Rises to ${percent(last.predictedScore)} by the last day before the exam.` : "No study days left."}
        points={days.map((d, i) => ({ label: d.label, tick: tick(i, d.label), value: Math.round(d.predictedScore * 100) }))}
        {...(plan.target ? { target: Math.round(plan.target.target * 100) } : {})}
      />
      <details className="data-table">
        <summary>The plan&rsquo;s numbers</summary>
        <div className="table-scroll" role="region" aria-label="The plan’s numbers, day by day (scrolls sideways)" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">New cards</th>
                <th scope="col">Reviews</th>
                <th scope="col">Minutes</th>
                <th scope="col">Aims at recall</th>
                <th scope="col">Predicted score</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.studyDayNumber}>
                  <th scope="row">{d.label}</th>
                  <td>{d.newCards}</td>
                  <td>{d.reviews}</td>
                  <td>{Math.round(d.minutes)}</td>
                  <td>{percent(d.targetRetention)}</td>
                  <td>{percent(d.predictedScore)}</td>
                  <td>{[d.isFinalSweep ? "final sweep" : "", d.hasMockExam ? "mock exam" : ""].filter(Boolean).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

/** What the prediction takes for granted, in words. */
export function Assumptions({ plan }: { plan: ActivePlan }) {
  const c = plan.calibration;
  const factor = c.stabilityFactor;
  return (
    <section className="card" aria-labelledby="assumptions-heading">
      <h2 id="assumptions-heading">What the prediction assumes</h2>
      <ul>
        <li>
          A fact counts as known at the exam when its best card is recalled; FSRS gives each card&rsquo;s chance from its memory state. A
          card never studied counts as not known.
        </li>
        <li>
          &ldquo;With the plan&rdquo; assumes you study every day until the exam, {plan.dailyBudgetMinutes} minutes a day, at about{" "}
          {Math.round(plan.secondsPerReview)} seconds a card
          {c.reviews > 0 ? " (your own pace from your reviews)" : " (a typical pace: yours is not known yet)"}.
        </li>
        <li>
          {c.reviews === 0 || c.observedRecall === null || c.expectedRecall === null
            ? "You have no due reviews yet to check the model against, so the band is wide: it narrows as you review."
            : `On your last ${c.reviews} due reviews you recalled ${percent(c.observedRecall)} where the model expected ${percent(c.expectedRecall)}; ` +
              (Math.abs(factor - 1) < 0.05
                ? "it fits you, so it is used as it is."
                : `so it counts your memory as ${factor < 1 ? "weaker" : "stronger"} than average (×${factor.toFixed(2)}).`)}
        </li>
        <li>
          The band is where your score most likely lands; it covers the model&rsquo;s error on students like you, not just luck on the day.
        </li>
      </ul>
    </section>
  );
}
