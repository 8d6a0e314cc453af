"use client";
import { StartQuizButton } from "@/components/quiz/start-buttons";
import { practiseMissedAction } from "@/lib/missed/actions";

/** Starts an untimed practice of missed questions: all of them, or those of one attempt. */
export function PractiseMissedButton({
  label,
  fromAttemptId,
  scope = "wrong",
  primary = true,
}: {
  label: string;
  fromAttemptId?: string;
  scope?: "wrong" | "open";
  primary?: boolean;
}) {
  return (
    <StartQuizButton
      action={(abandon) => practiseMissedAction(fromAttemptId ? { fromAttemptId, scope } : {}, abandon)}
      label={label}
      className={primary ? "btn btn-primary" : "btn"}
    />
  );
}
