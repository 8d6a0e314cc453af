import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { finalizeIfExpired } from "@/lib/quiz/mutations";
import { getAttemptStatus, getTakingView } from "@/lib/quiz/queries";
import { attemptIdSchema } from "@/lib/quiz/schemas";

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
  if (status === "expired") {
    // The time ran out while the page was closed: close it now with what was saved.
    await finalizeIfExpired(db, user.id, attemptId, bank, now);
    redirect(`/quiz/${attemptId}/results?timeout=1`);
  }
  const view = await getTakingView(db, user.id, attemptId, bank, now);
  return (
    <div className="stack">
      <h1 className="visually-hidden">Quiz</h1>
      <QuizRunner view={view} />
    </div>
  );
}
