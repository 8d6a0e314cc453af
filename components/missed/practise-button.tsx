"use client";
import { ActionButton } from "@/components/ui/action-button";
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
    <ActionButton
      action={() => practiseMissedAction(fromAttemptId ? { fromAttemptId, scope } : {})}
      label={label}
      className={primary ? "btn btn-primary" : "btn"}
    />
  );
}
