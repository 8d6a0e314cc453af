"use client";
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { cancelExamAction, enterActualScoreAction, startMockExamAction } from "@/lib/exam/actions";

/** Cancel the active exam, after asking: the plan and its countdown go away. */
export function CancelExamButton({ examId }: { examId: string }) {
  const [isAsking, setIsAsking] = useState(false);
  const [result, run, isPending] = useActionState(async () => cancelExamAction(examId), null as ActionResult | null);
  if (!isAsking) {
    return (
      <button type="button" className="btn" onClick={() => setIsAsking(true)}>
        Cancel this exam
      </button>
    );
  }
  return (
    <form action={run} className="inline-form actions" role="group" aria-label="Cancel the exam?">
      <span>Cancel the exam? Your cards go back to their normal schedule; the exam stays listed as cancelled.</span>
      <button type="submit" className="btn btn-danger" disabled={isPending}>
        {isPending ? "Cancelling…" : "Yes, cancel it"}
      </button>
      <button type="button" className="btn" onClick={() => setIsAsking(false)}>
        Keep it
      </button>
      {result && !result.ok ? (
        <p role="alert" className="alert alert-error">
          {result.error}
        </p>
      ) : null}
    </form>
  );
}

/** Start one of the plan's mock exams (a timed quiz), then open it. */
export function StartMockButton({ examId, slot, label }: { examId: string; slot: number; label: string }) {
  const [result, run, isPending] = useActionState(async () => startMockExamAction({ examId, slot }), null as ActionResult | null);
  return (
    <form action={run} className="inline-form">
      <button type="submit" className="btn btn-primary" disabled={isPending}>
        {isPending ? "Starting…" : label}
      </button>
      {result && !result.ok ? (
        <p role="alert" className="alert alert-error">
          {result.error}
        </p>
      ) : null}
    </form>
  );
}

/** Enter the score the student got, next to what the app predicted. */
export function ActualScoreForm({ examId, current }: { examId: string; current: number | null }) {
  const [result, run, isPending] = useActionState(enterActualScoreAction, null);
  const error = result && !result.ok ? (result.fieldErrors?.actualPercent?.join(" ") ?? result.error) : null;
  const id = `actual-${examId}`;
  return (
    <form action={run} className="inline-form actual-score">
      <input type="hidden" name="examId" value={examId} />
      <label htmlFor={id}>Your score (%)</label>
      <input
        id={id}
        name="actualPercent"
        type="text"
        inputMode="numeric"
        defaultValue={current ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
      />
      <button type="submit" className="btn" disabled={isPending}>
        {isPending ? "Saving…" : "Save"}
      </button>
      <span id={`${id}-error`} className="field-error" aria-live="polite">
        {error}
      </span>
      {result?.ok ? (
        <span role="status" className="small">
          {result.message}
        </span>
      ) : null}
    </form>
  );
}
