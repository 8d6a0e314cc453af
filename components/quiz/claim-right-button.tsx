"use client";
import { ActionMessage } from "@/components/ui/action-message";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { claimRightAction } from "@/lib/quiz/actions";

/**
 * "I was right" under a typed answer the grader marked wrong, and "Take it back" once
 * claimed. The page re-renders from the server (revalidatePath), so the score, the
 * verdict and the Missed count follow.
 */
export function ClaimRightButton({ attemptId, questionId, overridden }: { attemptId: string; questionId: string; overridden: boolean }) {
  const { run, isPending, message } = useActionRunner();
  const claim = (claimed: boolean) => run(() => claimRightAction({ attemptId, questionId, claimed }), { onSuccess: (_, text) => text });
  return (
    <div className="actions">
      {overridden ? (
        <button type="button" className="btn" disabled={isPending} onClick={() => claim(false)}>
          Take back “I was right”
        </button>
      ) : (
        <button
          type="button"
          className="btn"
          disabled={isPending}
          onClick={() => claim(true)}
          aria-describedby={`claim-help-${questionId}`}
        >
          I was right
        </button>
      )}
      {overridden ? null : (
        <span id={`claim-help-${questionId}`} className="small muted">
          Your answer says the same as the key? Count it as right.
        </span>
      )}
      <ActionMessage message={message} />
    </div>
  );
}
