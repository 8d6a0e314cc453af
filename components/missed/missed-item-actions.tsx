"use client";
import { markMasteredAction, resetMissedAction } from "@/lib/missed/actions";
import { ActionMessage } from "@/components/ui/action-message";
import { useActionRunner } from "@/components/ui/use-action-runner";

/** "I know this" / "Reset" on one missed question. */
export function MissedItemActions({ questionId, mastered }: { questionId: string; mastered: boolean }) {
  const { run, isPending, message } = useActionRunner();
  return (
    <div className="actions">
      {mastered ? null : (
        <button type="button" className="btn" disabled={isPending} onClick={() => run(() => markMasteredAction({ questionId }))}>
          Mark as mastered
        </button>
      )}
      <button type="button" className="btn" disabled={isPending} onClick={() => run(() => resetMissedAction({ questionId }))}>
        {mastered ? "Put back on the list" : "Reset progress"}
      </button>
      <ActionMessage message={message} />
    </div>
  );
}
