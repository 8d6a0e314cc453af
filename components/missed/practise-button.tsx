"use client";
import { useActionState } from "react";
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
  const [result, action, isPending] = useActionState(() => practiseMissedAction(fromAttemptId ? { fromAttemptId, scope } : {}), null);
  return (
    <form action={action} className="inline-form">
      <button type="submit" className={primary ? "btn btn-primary" : "btn"} disabled={isPending}>
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
