import type { Metadata } from "next";
import Link from "next/link";
import { CalendarHeatmap } from "@/components/charts/calendar-heatmap";
import { PercentLine } from "@/components/charts/percent-line";
import { ShareBars } from "@/components/charts/share-bars";
import { Legend, StackedBars, type Series } from "@/components/charts/stacked-bars";
import { TrueRetentionTable } from "@/components/progress/true-retention-table";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { FORECAST_DAYS, updateRollupAndGetProgress, HEATMAP_DAYS, PROGRESS_RANGES, type ProgressRange } from "@/lib/progress/progress-view";
import { getStudySettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "Progress" };

const RATING_SERIES: Series[] = [
  { key: "again", label: "Again", color: "var(--chart-again)" },
  { key: "hard", label: "Hard", color: "var(--chart-hard)" },
  { key: "good", label: "Good", color: "var(--chart-good)" },
  { key: "easy", label: "Easy", color: "var(--chart-easy)" },
];
const DUE_SERIES: Series[] = [{ key: "due", label: "Cards due", color: "var(--chart-easy)" }];

const short = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const pct = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <details className="data-table">
      <summary>Show the numbers</summary>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="empty-state">{children}</p>;
}

export default async function ProgressPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/progress");
  const params = await searchParams;
  const range: ProgressRange = params.range === "90" ? 90 : 30;
  const settings = await getStudySettings(db, user.id);
  const p = await updateRollupAndGetProgress(db, user.id, getBank(), settings, new Date(), range);
  // A quiz's moment on the student's clock (Settings), as on the quiz and Missed pages.
  const quizDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: settings.timeZone });
  const quizMoment = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: settings.timeZone });
  const every = range === 30 ? 7 : 15;
  const lastMonth = p.retention.find((row) => row.period === "month")?.total;
  const dueSoon = p.forecast.slice(0, 7).reduce((sum, d) => sum + d.count, 0);
  const factsMastered = p.mastery.reduce((sum, s) => sum + s.mastered, 0);
  const facts = p.mastery.reduce((sum, s) => sum + s.facts, 0);

  return (
    <div className="stack progress-page">
      <h1>Progress</h1>
      <div className="stat-row" role="group" aria-label="At a glance">
        <div className="stat">
          <strong data-testid="streak">{plural(p.streaks.current, "day")}</strong> current streak
          <span className="small muted"> (longest {p.streaks.longest})</span>
        </div>
        <div className="stat">
          <strong data-testid="range-reviews">{p.reviewTotals.reviews}</strong> reviews in {range} days
        </div>
        <div className="stat">
          <strong>{lastMonth?.retention == null ? "–" : pct(lastMonth.retention)}</strong> retention, last 30 days
          <span className="small muted"> (goal {pct(p.desiredRetention)})</span>
        </div>
        <div className="stat">
          <strong data-testid="facts-mastered">
            {factsMastered}/{facts}
          </strong>{" "}
          facts mastered
        </div>
      </div>

      <section className="card stack" aria-labelledby="reviews-heading">
        <div className="section-head">
          <h2 id="reviews-heading">Reviews per day</h2>
          <nav className="filters" aria-label="Period">
            {PROGRESS_RANGES.map((r) => (
              <Link
                key={r}
                href={r === 30 ? "/progress" : `/progress?range=${r}`}
                className={`filter${r === range ? " is-active" : ""}`}
                aria-current={r === range ? "page" : undefined}
                scroll={false}
              >
                {r} days
              </Link>
            ))}
          </nav>
        </div>
        {p.hasReviews ? (
          <>
            <StackedBars
              title={`Reviews per day, last ${range} days`}
              summary={`${plural(p.reviewTotals.reviews, "review")} on ${plural(p.reviewTotals.days, "day")}; ${p.reviewTotals.again} rated Again.`}
              series={RATING_SERIES}
              data={p.reviews.map((d, i) => ({
                label: d.date,
                tick: (p.reviews.length - 1 - i) % every === 0 ? short(d.date) : undefined,
                values: { again: d.again, hard: d.hard, good: d.good, easy: d.easy },
              }))}
            />
            <Legend series={RATING_SERIES} />
            <p className="small muted">
              {plural(p.reviewTotals.reviews, "review")} on {plural(p.reviewTotals.days, "day")} of the last {range}; {p.reviewTotals.again}{" "}
              rated Again.
            </p>
            <DataTable
              caption={`Reviews per day by rating, last ${range} days`}
              head={["Day", "Again", "Hard", "Good", "Easy", "Total"]}
              rows={p.reviews.filter((d) => d.total > 0).map((d) => [d.date, d.again, d.hard, d.good, d.easy, d.total])}
            />
          </>
        ) : (
          <Empty>
            No reviews yet. <Link href="/study">Study a few flashcards</Link> and your daily reviews, streak and retention show up here.
          </Empty>
        )}
      </section>

      <section className="card stack" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">Study calendar</h2>
        <p>
          {p.streaks.current > 0 ? (
            <>
              You&rsquo;re on a <strong>{plural(p.streaks.current, "day")}</strong> streak
              {p.streaks.pendingToday ? ": study today to keep it going." : "."}
            </>
          ) : (
            <>No streak running: study today to start one.</>
          )}{" "}
          Longest: {plural(p.streaks.longest, "day")}. You studied on {plural(p.streaks.studyDays, "day")} of the last year. The calendar
          below shows the last {HEATMAP_DAYS / 7} weeks.
        </p>
        <div
          className="table-scroll"
          role="region"
          aria-label={`Study days, last ${HEATMAP_DAYS / 7} weeks (scrolls sideways)`}
          tabIndex={0}
        >
          <CalendarHeatmap
            title={`Study days, last ${HEATMAP_DAYS / 7} weeks`}
            summary={`Studied on ${p.heatmap.filter((d) => d.count > 0).length} of the last ${HEATMAP_DAYS} days.`}
            days={p.heatmap}
          />
        </div>
        {p.heatmap.some((d) => d.count > 0) ? (
          <DataTable
            caption="Days you studied"
            head={["Day", "Reviews"]}
            rows={p.heatmap.filter((d) => d.count > 0).map((d) => [d.date, d.count])}
          />
        ) : null}
      </section>

      <section className="card stack" aria-labelledby="true-retention-heading">
        <h2 id="true-retention-heading">True retention</h2>
        <p className="muted">
          How often you actually remembered cards when they came due, against the {pct(p.desiredRetention)} you asked for in your settings.
        </p>
        {p.hasReviews ? (
          <TrueRetentionTable rows={p.retention} desiredRetention={p.desiredRetention} />
        ) : (
          <Empty>Retention is measured on cards you review after their first days of learning: keep studying and it appears here.</Empty>
        )}
      </section>

      <section className="card stack" aria-labelledby="forecast-heading">
        <h2 id="forecast-heading">Coming due</h2>
        {p.forecast.some((d) => d.count > 0) ? (
          <>
            <StackedBars
              title={`Cards due in the next ${FORECAST_DAYS} days`}
              summary={`${plural(p.forecast[0]?.count ?? 0, "card")} due today, ${dueSoon} in the next 7 days.`}
              series={DUE_SERIES}
              data={p.forecast.map((d, i) => ({
                label: d.date,
                tick: i % 7 === 0 ? (i === 0 ? "Today" : short(d.date)) : undefined,
                values: { due: d.count },
              }))}
            />
            <p className="small muted">
              {plural(p.forecast[0]?.count ?? 0, "card")} due today (including overdue), {dueSoon} in the next 7 days.
            </p>
            <DataTable
              caption={`Cards due per day, next ${FORECAST_DAYS} days`}
              head={["Day", "Cards due"]}
              rows={p.forecast.filter((d) => d.count > 0).map((d) => [d.date, d.count])}
            />
          </>
        ) : (
          <Empty>Nothing scheduled yet. Every card you study comes back on its own schedule, and the days ahead fill in here.</Empty>
        )}
      </section>

      <section className="card stack" aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">Quiz scores</h2>
        {p.quizzes.length > 0 ? (
          <>
            <PercentLine
              title="Quiz scores over time"
              summary={`${plural(p.quizzes.length, "quiz")}; latest ${p.quizzes.at(-1)?.percent}%, best ${Math.max(...p.quizzes.map((q) => q.percent))}%.`}
              points={p.quizzes.map((q, i) => ({
                label: quizDay.format(new Date(q.date)),
                tick: p.quizzes.length <= 8 || i % Math.ceil(p.quizzes.length / 6) === 0 ? quizDay.format(new Date(q.date)) : undefined,
                value: q.percent,
              }))}
            />
            <p className="small muted">
              Latest {p.quizzes.at(-1)?.percent}%, best {Math.max(...p.quizzes.map((q) => q.percent))}% over your last{" "}
              {plural(p.quizzes.length, "quiz")}.
            </p>
            <DataTable
              caption="Your quiz scores, oldest first"
              head={["Submitted", "Score", "Percent"]}
              rows={p.quizzes.map((q) => [quizMoment.format(new Date(q.date)), `${q.score}/${q.total}`, `${q.percent}%`])}
            />
          </>
        ) : (
          <Empty>
            No quizzes yet. <Link href="/quiz">Take a quick quiz</Link> and your scores are plotted here.
          </Empty>
        )}
      </section>

      <section className="card stack" aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">Mastery by section</h2>
        <p className="muted small">
          A fact is mastered when its flashcards are mature (an interval of 21 days or more) and none of its quiz questions is on your
          Missed list.
        </p>
        {factsMastered === 0 ? (
          <Empty>Nothing mastered yet: it takes three weeks of spaced reviews for a card to mature. Each section fills up as you go.</Empty>
        ) : null}
        <ShareBars
          title="Facts mastered by section"
          summary={`${factsMastered} of ${facts} facts mastered.`}
          data={p.mastery.map((s) => ({ label: s.title, share: s.share, detail: `${s.mastered} of ${s.facts} facts` }))}
        />
        <DataTable
          caption="Facts mastered by section"
          head={["Section", "Mastered", "Facts", "Share"]}
          rows={p.mastery.map((s) => [s.title, s.mastered, s.facts, pct(s.share)])}
        />
      </section>
    </div>
  );
}
