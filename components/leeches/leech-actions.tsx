"use client";
import { resetCardAction, unsuspendCardAction } from "@/lib/srs/actions";
import { ActionMessage } from "@/components/ui/action-message";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { useLeechNotice } from "./leech-notice";

/** Unsuspend and Reset for one card of the Leeches page. */
export function LeechActions({ flashcardId, isSuspended, label }: { flashcardId: string; isSuspended: boolean; label: string }) {
  const { run: runAction, isPending, message } = useActionRunner();
  const announce = useLeechNotice();
  // Success is said above the lists: this row leaves the page once the card is back in study.
  const run = (action: typeof unsuspendCardAction) =>
    runAction(() => action({ flashcardId }), { onSuccess: (_, text) => void announce(text ?? "Done.") });
  return (
    <div className="stack">
      <div className="actions">
        {isSuspended ? (
          <button
            type="button"
            className="btn"
            disabled={isPending}
            onClick={() => run(unsuspendCardAction)}
            aria-label={`Unsuspend: ${label}`}
          >
            Unsuspend
          </button>
        ) : null}
        <button
          type="button"
          className="btn"
          disabled={isPending}
          onClick={() => run(resetCardAction)}
          aria-label={`Reset to new: ${label}`}
        >
          Reset to new
        </button>
      </div>
      <ActionMessage message={message} />
    </div>
  );
}
