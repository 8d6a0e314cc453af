"use client";
import { useState, useTransition } from "react";
import { markMasteredAction, resetMissedAction } from "@/lib/missed/actions";

/** "I know this" / "Reset" on one missed question. */
export function MissedItemActions({ questionId, mastered }: { questionId: string; mastered: boolean }) {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (action: typeof markMasteredAction) =>
    startTransition(async () => {
      const result = await action({ questionId });
      setError(result.ok ? null : result.error);
    });
  return (
    <div className="actions">
      {mastered ? null : (
        <button type="button" className="btn" disabled={isPending} onClick={() => run(markMasteredAction)}>
          Mark as mastered
        </button>
      )}
      <button type="button" className="btn" disabled={isPending} onClick={() => run(resetMissedAction)}>
        {mastered ? "Put back on the list" : "Reset progress"}
      </button>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
