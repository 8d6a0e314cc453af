"use client";
import { useEffect, useState } from "react";
import type { TakingView } from "@/lib/quiz/types";

/** Under this much time left, the timer turns red and a warning shows. */
export const WARNING_MS = 60_000;

/**
 * Milliseconds left before the quiz's deadline (null: untimed), ticking on the server's clock:
 * offset = server time − browser time when the page was made, so a wrong browser clock can't
 * give the student more or less time than the server counts.
 */
export function useQuizClock(view: TakingView): number | null {
  const deadline = view.deadline ? Date.parse(view.deadline) : null;
  const [clockOffset] = useState(() => Date.parse(view.serverNow) - Date.now());
  const [now, setNow] = useState(() => Date.now() + clockOffset);

  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => setNow(Date.now() + clockOffset), 250);
    return () => clearInterval(timer);
  }, [deadline, clockOffset]);

  return deadline === null ? null : Math.max(0, deadline - now);
}
