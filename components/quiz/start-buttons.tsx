"use client";
import { useActionState, useId, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { quickQuizAction, retakeQuizAction } from "@/lib/quiz/actions";
import type { StartQuizResult } from "@/lib/quiz/types";
import { withNetwork } from "@/components/offline/needs-network";
import { OpenQuizPrompt } from "./open-quiz-prompt";

/**
 * A button that starts a quiz (the action redirects to it) and shows why not under it: an error,
 * or another quiz still open, to resume or abandon (`abandon`: the open quiz's id, once sure).
 */
export function StartQuizButton({
  action,
  label,
  className = "btn",
  children,
}: {
  action: (abandon?: string) => Promise<StartQuizResult>;
  label: string;
  className?: string;
  children?: ReactNode;
}) {
  const formId = useId();
  const [result, run, isPending] = useActionState(
    (_previous: StartQuizResult | null, formData: FormData) => withNetwork(() => action(formData.get("abandon")?.toString())),
    null,
  );
  return (
    <form id={formId} action={run} className="inline-form">
      <button type="submit" className={className} disabled={isPending}>
        {isPending ? "Starting…" : label}
      </button>
      {children}
      {result && !result.ok ? (
        "openQuiz" in result ? (
          <OpenQuizPrompt key={result.openQuiz.attemptId} open={result.openQuiz} formId={formId} isPending={isPending} />
        ) : (
          <Alert tone="error">{result.error}</Alert>
        )
      ) : null}
    </form>
  );
}

/** "Quick quiz": ten mixed questions, timed, in one click. */
export function QuickQuizButton({ className = "btn btn-primary" }: { className?: string }) {
  return (
    <StartQuizButton action={quickQuizAction} label="Quick quiz" className={className}>
      <span className="hint">10 questions · all kinds · 7½ min</span>
    </StartQuizButton>
  );
}

/** Another quiz with the same settings as this one (new questions). */
export function RetakeButton({ attemptId }: { attemptId: string }) {
  return <StartQuizButton action={(abandon) => retakeQuizAction(attemptId, abandon)} label="New quiz, same settings" />;
}
