import type { Metadata } from "next";
import Link from "next/link";
import { ExamCountdown } from "@/components/exam/exam-records";
import { StudySession } from "@/components/flashcards/study-session";
import { OfflineStudyGate } from "@/components/offline/offline-study-gate";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { getExamStudy } from "@/lib/exam/study";
import { getStudySettings } from "@/lib/settings/queries";
import { studySectionParamSchema } from "@/lib/srs/schemas";
import { getStudyView } from "@/lib/srs/queries";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/study");
  const bank = getBank();
  const requested = studySectionParamSchema.safeParse((await searchParams).section);
  const section = requested.success && requested.data ? (bank.sections.find((s) => s.id === requested.data) ?? null) : null;
  const now = new Date();
  const settings = await getStudySettings(db, user.id);
  const exam = await getExamStudy(db, user.id, bank, settings, now);
  const view = await getStudyView(db, user.id, bank, settings, now, { exam: exam?.queue ?? null, sectionId: section?.id ?? null });
  return (
    <div className="stack">
      <h1>Flashcards</h1>
      {exam ? <ExamCountdown exam={exam.exam} now={now} /> : null}
      {section ? (
        <p className="muted" data-testid="section-filter">
          Only <strong>{section.title}</strong> · <Link href="/study">Study every section</Link>
        </p>
      ) : null}
      <OfflineStudyGate userId={user.id}>
        <StudySession key={section?.id ?? "all"} initialView={view} sectionId={section?.id ?? null} />
      </OfflineStudyGate>
    </div>
  );
}
