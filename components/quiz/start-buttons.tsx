"use client";
import { useActionState } from "react";
import { quickQuizAction, retakeQuizAction } from "@/lib/quiz/actions";

/** "Quick quiz": ten mixed questions, timed, in one click. */
export function QuickQuizButton({ className = "btn btn-primary" }: { className?: string }) {
  const [result, action, isPending] = useActionState(quickQuizAction, null);
  return (
    <form action={action} className="inline-form">
      <button type="submit" className={className} disabled={isPending}>
        {isPending ? "Starting…" : "Quick quiz"}
      </button>
      <span className="hint">10 questions · all kinds · 7½ min</span>
      {result && !result.ok ? (
        <p role="alert" className="alert alert-error">
          {result.error}
        </p>
      ) : null}
    </form>
  );
}

/** Another quiz with the same settings as this one (new questions). */
export function RetakeButton({ attemptId }: { attemptId: string }) {
  const [result, action, isPending] = useActionState(() => retakeQuizAction(attemptId), null);
  return (
    <form action={action} className="inline-form">
      <button type="submit" className="btn" disabled={isPending}>
        {isPending ? "Starting…" : "New quiz, same settings"}
      </button>
      {result && !result.ok ? (
        <p role="alert" className="alert alert-error">
          {result.error}
        </p>
      ) : null}
    </form>
  );
}
