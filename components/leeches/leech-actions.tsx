"use client";
import { useState, useTransition } from "react";
import { resetCardAction, unsuspendCardAction } from "@/lib/srs/actions";

/** Unsuspend and Reset for one card of the Leeches page. */
export function LeechActions({ flashcardId, isSuspended, label }: { flashcardId: string; isSuspended: boolean; label: string }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const run = (action: typeof unsuspendCardAction) => {
    setMessage(null);
    startTransition(async () => {
      try {
        const result = await action({ flashcardId });
        setMessage(result.ok ? { ok: true, text: result.message ?? "Done." } : { ok: false, text: result.error });
      } catch {
        setMessage({ ok: false, text: "That didn't reach the server. Check your connection and try again." });
      }
    });
  };
  return (
    <div className="stack">
      <div className="actions">
        {isSuspended ? (
          <button type="button" className="btn" disabled={isPending} onClick={() => run(unsuspendCardAction)} aria-label={`Unsuspend: ${label}`}>
            Unsuspend
          </button>
        ) : null}
        <button type="button" className="btn" disabled={isPending} onClick={() => run(resetCardAction)} aria-label={`Reset to new: ${label}`}>
          Reset to new
        </button>
      </div>
      {message ? <p role={message.ok ? "status" : "alert"} className={`alert ${message.ok ? "alert-success" : "alert-error"}`}>{message.text}</p> : null}
    </div>
  );
}
