import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ExamCountdown } from "@/components/exam/exam-records";
import { CramStartForm } from "@/components/flashcards/cram-start-form";
import { StudySession } from "@/components/flashcards/study-session";
import { OfflineStudyGate } from "@/components/offline/offline-study-gate";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { getExamStudy } from "@/lib/exam/study";
import { getStudySettings } from "@/lib/settings/queries";
import { getCramView } from "@/lib/srs/cram-view";
import { studyModeParamsSchema, studySectionParamSchema } from "@/lib/srs/schemas";
import { getStudyView } from "@/lib/srs/queries";

export const metadata: Metadata = { title: "Study" };

/** A cram session's start older than this (or in the future) starts a new session. */
const CRAM_SESSION_MS = 24 * 3_600_000;

export default async function StudyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/study");
  const bank = getBank();
  const params = await searchParams;
  const requested = studySectionParamSchema.safeParse(params.section);
  const section = requested.success && requested.data ? (bank.sections.find((s) => s.id === requested.data) ?? null) : null;
  const mode = studyModeParamsSchema.parse(params);
  const now = new Date();
  const cramMode = section ? mode.cram : undefined;
  // A new cram session: its start goes in the address, so a reload continues the same session.
  if (section && cramMode && (!mode.since || mode.since > now.getTime() || now.getTime() - mode.since > CRAM_SESSION_MS)) {
    redirect(`/study?section=${section.id}&cram=${cramMode}&since=${now.getTime()}`);
  }
  const settings = await getStudySettings(db, user.id);
  const exam = await getExamStudy(db, user.id, bank, settings, now);
  const view =
    section && cramMode
      ? await getCramView(db, user.id, bank, settings, now, section.id, {
          reschedule: cramMode === "reschedule",
          since: new Date(mode.since!),
        })
      : await getStudyView(db, user.id, bank, settings, now, {
          exam: exam?.queue ?? null,
          sectionId: section?.id ?? null,
          isBeyondNewLimit: mode.more === "1",
        });
  return (
    <div className="stack">
      <h1>{section && cramMode ? "Cram session" : "Flashcards"}</h1>
      {exam && !cramMode ? <ExamCountdown exam={exam.exam} now={now} /> : null}
      {section && cramMode ? (
        <p className="muted" data-testid="section-filter">
          Every card of <strong>{section.title}</strong> ·{" "}
          {cramMode === "practice" ? "practice: your ratings don't change your schedule" : "your ratings count toward your schedule"} ·{" "}
          <Link href={`/study?section=${section.id}`}>End the session</Link>
        </p>
      ) : section ? (
        <>
          <p className="muted" data-testid="section-filter">
            Only <strong>{section.title}</strong>
            {mode.more ? ", with its new cards beyond today's limit" : ""} · <Link href="/study">Study every section</Link>
          </p>
          <details className="card">
            <summary>Cram this section instead (every card, due or not)</summary>
            <CramStartForm sectionId={section.id} place="top" />
          </details>
        </>
      ) : null}
      <OfflineStudyGate userId={user.id}>
        <StudySession
          key={`${section?.id ?? "all"}-${cramMode ?? ""}-${mode.since ?? ""}-${mode.more ?? ""}`}
          initialView={view}
          sectionId={section?.id ?? null}
          userId={user.id}
          timeZone={settings.timeZone}
        />
      </OfflineStudyGate>
    </div>
  );
}
