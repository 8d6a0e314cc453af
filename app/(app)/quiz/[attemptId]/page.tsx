import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { finalizeIfExpired } from "@/lib/quiz/mutations";
import { offlineGraceMs } from "@/lib/quiz/offline-grace";
import { getAttemptStatus, getTakingView } from "@/lib/quiz/queries";
import { attemptIdSchema } from "@/lib/quiz/schemas";
import { getStudySettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "Quiz" };

export default async function TakeQuizPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId: raw } = await params;
  const user = await requireUser(`/quiz/${encodeURIComponent(raw)}`);
  const parsed = attemptIdSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const attemptId = parsed.data;
  const bank = getBank();
  const now = new Date();
  let status;
  try {
    status = await getAttemptStatus(db, user.id, attemptId, now);
  } catch (error) {
    if (isAppError(error, "attempt_not_found")) notFound();
    throw error;
  }
  if (status === "submitted") redirect(`/quiz/${attemptId}/results`);
  const view = await getTakingView(db, user.id, attemptId, bank, now);
  const graceMs = offlineGraceMs();
  // Out of time. Within the offline grace the page still opens, so answers this device kept while it
  // was offline are sent before the quiz is submitted; after it, the quiz closes with what was saved.
  if (status === "expired" && now.getTime() > Date.parse(view.deadline ?? "") + graceMs) {
    await finalizeIfExpired(db, user.id, attemptId, bank, now);
    redirect(`/quiz/${attemptId}/results?timeout=1`);
  }
  // When answers kept offline stop counting, said in the student's zone like every time they read.
  const { timeZone } = await getStudySettings(db, user.id);
  const graceEndsAt = view.deadline
    ? new Intl.DateTimeFormat("en-GB", { timeStyle: "medium", timeZone }).format(Date.parse(view.deadline) + graceMs)
    : null;
  return (
    <div className="stack">
      <h1 className="visually-hidden">Quiz</h1>
      <QuizRunner view={view} offlineGrace={{ ms: graceMs, endsAt: graceEndsAt }} />
    </div>
  );
}
