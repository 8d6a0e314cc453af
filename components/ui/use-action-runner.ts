"use client";
import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { reportUnreachable } from "@/lib/offline/reachability";

/** What the student last read about an action: its error, or a success line. */
export type ActionMessage = { ok: boolean; text: string };

const UNREACHABLE = "That didn't reach the server. Check your connection and try again.";

/**
 * Runs server actions from a click, in a transition: while one runs `isPending` is true; an
 * expected failure (`{ ok: false }`) becomes `message`, and so does a throw (the network is
 * down, the server restarted), which would otherwise land on the error page with the
 * student's place lost.
 *
 * @example
 * const { run, isPending, message } = useActionRunner();
 * run(() => resetCardAction({ flashcardId }), { onSuccess: (_, text) => text ?? "Done." });
 */
export function useActionRunner() {
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<ActionMessage | null>(null);

  const run = useCallback(
    <T>(
      call: () => Promise<ActionResult<T>>,
      options: {
        /** Shown when the action throws instead of answering. */
        unreachable?: string;
        /**
         * The request got no answer at all (offline): keep what the student did some other way;
         * a returned string is shown instead of `unreachable`, as a success.
         */
        onUnreachable?: () => Promise<string | undefined>;
        /** Use the data; a returned string is shown as a success message. */
        onSuccess?: (data: T, message: string | undefined) => string | undefined | void;
      } = {},
    ) => {
      setMessage(null);
      startTransition(async () => {
        try {
          const result = await call();
          if (result.ok) {
            const text = options.onSuccess?.(result.data, result.message);
            if (text) setMessage({ ok: true, text });
          } else {
            setMessage({ ok: false, text: result.error });
          }
        } catch (error) {
          // No answer at all: the page counts as offline until the server answers again.
          if (error instanceof TypeError) {
            // Kept first, then reported: the offline page that takes over reads what was kept.
            const kept = await options.onUnreachable?.().catch(() => undefined);
            reportUnreachable();
            if (kept) return setMessage({ ok: true, text: kept });
          }
          setMessage({ ok: false, text: options.unreachable ?? UNREACHABLE });
        }
      });
    },
    [],
  );

  return { run, isPending, message };
}
