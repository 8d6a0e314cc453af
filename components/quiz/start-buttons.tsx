"use client";
import { ActionButton } from "@/components/ui/action-button";
import { quickQuizAction, retakeQuizAction } from "@/lib/quiz/actions";

/** "Quick quiz": ten mixed questions, timed, in one click. */
export function QuickQuizButton({ className = "btn btn-primary" }: { className?: string }) {
  return (
    <ActionButton action={quickQuizAction} label="Quick quiz" className={className}>
      <span className="hint">10 questions · all kinds · 7½ min</span>
    </ActionButton>
  );
}

/** Another quiz with the same settings as this one (new questions). */
export function RetakeButton({ attemptId }: { attemptId: string }) {
  return <ActionButton action={() => retakeQuizAction(attemptId)} label="New quiz, same settings" />;
}
