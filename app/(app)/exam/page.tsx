import type { Metadata } from "next";
import Link from "next/link";
import "@/components/exam/exam.css";
import { CancelExamButton } from "@/components/exam/exam-buttons";
import { ExamForm } from "@/components/exam/exam-form";
import { ExamCountdown, MockExams, PastExams } from "@/components/exam/exam-records";
import { Assumptions, PlanChart, Prediction, SectionTable, TargetLine } from "@/components/exam/plan-view";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { getExamForecast } from "@/lib/exam/forecast";
import { toZonedFields } from "@/lib/exam/moment";
import { endPastExams } from "@/lib/exam/after-exam";
import { storePrediction } from "@/lib/exam/mutations";
import { getActiveExam, getMockResults, getPastExams } from "@/lib/exam/queries";
import type { ExamFormValues } from "@/lib/exam/schemas";
import { getStudySettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "Exam" };

/** Every time zone this server knows, UTC first; the study zone stays selectable under an older name. */
function timeZoneOptions(studyZone: string): string[] {
  const zones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
  return zones.includes(studyZone) ? zones : [studyZone, ...zones];
}

export default async function ExamPage() {
  const user = await requireUser("/exam");
  const now = new Date();
  const bank = getBank();
  const settings = await getStudySettings(db, user.id);
  await endPastExams(db, user.id, bank, settings, now);
  const [exam, past] = await Promise.all([getActiveExam(db, user.id, now), getPastExams(db, user.id)]);
  const [forecast, mockResults] = exam
    ? await Promise.all([getExamForecast(db, user.id, bank, settings, exam, now), getMockResults(db, user.id, exam.id)])
    : [null, []];
  const plan = forecast?.plan.status === "active" ? forecast.plan : null;
  // The record keeps the prediction last shown before the exam, next to the score entered after it.
  if (exam && plan) await storePrediction(db, user.id, exam.id, plan.withPlan);

  const sections = bank.sections.map((s) => ({ id: s.id, title: s.title, cards: s.flashcardIds.length }));
  const titles = new Map(bank.sections.map((s) => [s.id, s.title]));
  const initial: ExamFormValues = exam
    ? {
        ...toZonedFields(exam.at, settings.timeZone),
        timeZone: settings.timeZone,
        sectionIds: exam.sectionIds,
        targetPercent: exam.targetPercent === null ? "" : String(exam.targetPercent),
        dailyMinutes: exam.dailyMinutes === null ? "" : String(exam.dailyMinutes),
      }
    : { date: "", time: "09:00", timeZone: settings.timeZone, sectionIds: sections.map((s) => s.id), targetPercent: "", dailyMinutes: "" };
  const form = (
    <ExamForm
      initial={initial}
      sections={sections}
      timeZones={timeZoneOptions(settings.timeZone)}
      submitLabel={exam ? "Change the exam" : "Set the exam"}
    />
  );

  return (
    <div className="stack exam-page">
      <h1>Exam</h1>
      {exam && plan ? (
        <>
          <ExamCountdown exam={exam} now={now} showLink={false} />
          <Prediction plan={plan} />
          <TargetLine plan={plan} />
          <section className="card" aria-labelledby="today-heading">
            <h2 id="today-heading">Today</h2>
            <p data-testid="today-plan">
              {plan.today.newFlashcardIds.length} new {plan.today.newFlashcardIds.length === 1 ? "card" : "cards"} and{" "}
              {plan.today.reviewFlashcardIds.length} {plan.today.reviewFlashcardIds.length === 1 ? "review" : "reviews"}
              {plan.today.isFinalSweep ? " (the final sweep: every card below the target once more)" : ""}, about{" "}
              {Math.round(plan.today.minutesLeft)} minutes left of today&rsquo;s budget.
            </p>
            <Link className="btn btn-primary" href="/study">
              Study today&rsquo;s plan
            </Link>
          </section>
          <MockExams examId={exam.id} mocks={plan.mockExams} results={mockResults} timeZone={settings.timeZone} now={now} />
          <SectionTable plan={plan} titles={titles} />
          <PlanChart plan={plan} timeZone={settings.timeZone} />
          <Assumptions plan={plan} />
        </>
      ) : (
        <p className="muted">
          Name the date of your exam: Factdeck plans your study up to it, predicts your exam-day score and schedules mock exams.
        </p>
      )}
      {/* Always in this place, so the form (and its message) stays mounted when an exam is set. */}
      <section className="stack" aria-labelledby="exam-form-heading">
        <h2 id="exam-form-heading">{exam ? "Change or cancel the exam" : "Set an exam"}</h2>
        {form}
        {exam ? <CancelExamButton examId={exam.id} /> : null}
      </section>
      <PastExams exams={past} />
    </div>
  );
}
