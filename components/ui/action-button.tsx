"use client";
import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "./alert";

/**
 * A button that runs one server action (which usually redirects) and shows its
 * error under it: the quick-quiz, retake and practise buttons.
 */
export function ActionButton({
  action,
  label,
  className = "btn",
  children,
}: {
  action: () => Promise<ActionResult>;
  label: string;
  className?: string;
  children?: ReactNode;
}) {
  const [result, run, isPending] = useActionState(action, null);
  return (
    <form action={run} className="inline-form">
      <button type="submit" className={className} disabled={isPending}>
        {isPending ? "Starting…" : label}
      </button>
      {children}
      {result && !result.ok ? <Alert tone="error">{result.error}</Alert> : null}
    </form>
  );
}
