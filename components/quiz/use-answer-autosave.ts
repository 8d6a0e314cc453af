"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TakingView } from "@/lib/quiz/types";
import type { QuizAnswer } from "@/lib/quiz/schemas";
import { keepUnsent, takeUnsent, type UnsentAnswers } from "./unsent-answers";

export type SaveState = "saved" | "saving" | "dirty" | "error";

const TEXT_SAVE_DELAY_MS = 800;
/** How often saves that failed are tried again. */
const RETRY_MS = 5_000;

const fromSaved = <T>(view: TakingView, pick: (saved: TakingView["saved"][number]) => T): Record<number, T> =>
  Object.fromEntries(Object.entries(view.saved).map(([number, saved]) => [number, pick(saved)]));

/**
 * A quiz's answers and flags, each saved to the server as the student goes: a choice at once,
 * typing after a pause (or when the student moves on), one PUT after another so the last one
 * wins. Also the time spent on each question, sent with its answer.
 *
 * Saves go to the JSON route `PUT /api/quiz/attempts/:id/answers`, not a server action: the
 * saves still waiting when the tab closes are sent on `pagehide` with `keepalive`, which only
 * `fetch` can do, and the queue needs each reply's status (409: the quiz is closed).
 *
 * Offline, a save fails and is kept: it is sent again when the browser is back online and every few
 * seconds, with the time the answer was made, so one made before the deadline still counts if it
 * arrives within the offline grace (lib/quiz/attempt-status.ts).
 *
 * @param onClosed called with `true` and the server's message when it answers 409 (submitted
 *   elsewhere, out of time, or an answer that arrived too late)
 * @param onError the message for the student, or null once a save went through
 */
export function useAnswerAutosave(
  view: TakingView,
  onClosed: (timedOut: boolean, message: string | null) => void,
  onError: (message: string | null) => void,
) {
  const [answers, setAnswers] = useState<Record<number, QuizAnswer | null>>(() => fromSaved(view, (saved) => saved.answer));
  const [flags, setFlags] = useState<Record<number, boolean>>(() => fromSaved(view, (saved) => saved.flagged));
  const [saveStates, setSaveStates] = useState<Record<number, SaveState>>({});
  /** The last save failed for want of a network (cleared by the next one that goes through). */
  const [isOffline, setIsOffline] = useState(false);

  // Refs mirror the state so handlers read the latest without re-subscribing.
  const answersRef = useRef(answers);
  const flagsRef = useRef(flags);
  const saveStatesRef = useRef<Record<number, SaveState>>({});
  const timesRef = useRef<Record<number, number>>(fromSaved(view, (saved) => saved.timeTakenMs));
  const enteredAtRef = useRef(0);
  const timersRef = useRef<Record<number, ReturnType<typeof setTimeout>>>({});
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const closedRef = useRef(false);
  /** When each answer was last changed, on the server's clock (the page's offset corrects the device's). */
  const madeAtRef = useRef<Record<number, number>>({});
  const [clockOffset] = useState(() => Date.parse(view.serverNow) - Date.now());
  const serverNow = useCallback(() => Date.now() + clockOffset, [clockOffset]);

  const setSaveState = useCallback((number: number, state: SaveState, onlyIf?: SaveState) => {
    if (onlyIf && saveStatesRef.current[number] !== onlyIf) return;
    saveStatesRef.current = { ...saveStatesRef.current, [number]: state };
    setSaveStates(saveStatesRef.current);
  }, []);

  /** Time on the current question so far, added to its total. */
  const elapsedOn = useCallback((number: number) => {
    const spent = Date.now() - enteredAtRef.current;
    return (timesRef.current[number] ?? 0) + spent;
  }, []);

  /** The PUT that saves one question's answer and flag as they stand now. */
  const answersUrl = `/api/quiz/attempts/${view.attemptId}/answers`;
  const saveRequest = useCallback(
    (number: number, timeTakenMs: number): RequestInit => ({
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        number,
        answer: answersRef.current[number] ?? null,
        flagged: Boolean(flagsRef.current[number]),
        timeTakenMs: Math.round(timeTakenMs),
        madeAt: new Date(madeAtRef.current[number] ?? serverNow()).toISOString(),
      }),
    }),
    [serverNow],
  );

  /** Send one question's answer and flag; saves run one after another so the last one wins. */
  const persist = useCallback(
    (number: number) => {
      clearTimeout(timersRef.current[number]);
      if (closedRef.current) return Promise.resolve();
      const request = saveRequest(number, elapsedOn(number));
      setSaveState(number, "saving");
      const run = async () => {
        try {
          const response = await fetch(answersUrl, request);
          if (response.status === 409) {
            // Submitted elsewhere, or out of time: the server has closed this quiz to new answers.
            const data = (await response.json().catch(() => null)) as { error?: string } | null;
            closedRef.current = true;
            setSaveState(number, "error");
            onClosed(true, data?.error ?? null);
            return;
          }
          if (!response.ok) {
            const data = (await response.json().catch(() => null)) as { error?: string } | null;
            throw new Error(data?.error ?? "Your answer could not be saved.");
          }
          setSaveState(number, "saved", "saving");
          setIsOffline(false);
          onError(null);
        } catch (caught) {
          setSaveState(number, "error");
          setIsOffline(caught instanceof TypeError);
          onError(
            caught instanceof TypeError
              ? "You seem to be offline: your answers are kept on this page and sent by themselves when the network is back."
              : caught instanceof Error
                ? caught.message
                : "Your answer could not be saved.",
          );
        }
      };
      queueRef.current = queueRef.current.then(run);
      return queueRef.current;
    },
    [answersUrl, saveRequest, elapsedOn, onClosed, onError, setSaveState],
  );

  /** Send everything not yet saved (before moving away or submitting). */
  const flush = useCallback(() => {
    for (const [number, state] of Object.entries(saveStatesRef.current)) {
      if (state === "dirty" || state === "error") void persist(Number(number));
    }
    return queueRef.current;
  }, [persist]);

  const setAnswer = useCallback(
    (number: number, answer: QuizAnswer | null, { saveNow }: { saveNow: boolean }) => {
      if (closedRef.current) return;
      answersRef.current = { ...answersRef.current, [number]: answer };
      madeAtRef.current[number] = serverNow();
      setAnswers(answersRef.current);
      setSaveState(number, "dirty");
      clearTimeout(timersRef.current[number]);
      if (saveNow) void persist(number);
      else timersRef.current[number] = setTimeout(() => void persist(number), TEXT_SAVE_DELAY_MS);
    },
    [persist, setSaveState, serverNow],
  );

  const toggleFlag = useCallback(
    (number: number) => {
      flagsRef.current = { ...flagsRef.current, [number]: !flagsRef.current[number] };
      madeAtRef.current[number] = serverNow();
      setFlags(flagsRef.current);
      void persist(number);
    },
    [persist, serverNow],
  );

  /** Moving away from question `number`: add the time spent on it and send its unsaved answer. */
  const leave = useCallback(
    (number: number) => {
      timesRef.current[number] = elapsedOn(number);
      if (saveStatesRef.current[number] === "dirty" || saveStatesRef.current[number] === "error") void persist(number);
      enteredAtRef.current = Date.now();
    },
    [elapsedOn, persist],
  );

  /** Submitting: add the time spent on question `number` so far. */
  const stopTiming = useCallback(
    (number: number) => {
      timesRef.current[number] = elapsedOn(number);
      enteredAtRef.current = Date.now();
    },
    [elapsedOn],
  );

  /** No save is sent after this (the quiz is submitted or its results are open). */
  const close = useCallback(() => {
    closedRef.current = true;
  }, []);

  // Time on a question counts from when the page is shown.
  useEffect(() => {
    enteredAtRef.current = Date.now();
  }, []);

  // Saves still waiting when the tab closes: `keepalive` lets them outlive the page. They are also kept
  // in this tab, as the reloaded page may be made before they land (B7).
  useEffect(() => {
    const onHide = () => {
      const unsent: UnsentAnswers = {};
      for (const [key, state] of Object.entries(saveStatesRef.current)) {
        if (state === "saved") continue;
        const number = Number(key);
        const timeTakenMs = Math.round(timesRef.current[number] ?? 0);
        const madeAt = madeAtRef.current[number];
        unsent[number] = {
          answer: answersRef.current[number] ?? null,
          flagged: Boolean(flagsRef.current[number]),
          timeTakenMs,
          madeAt: madeAt === undefined ? undefined : new Date(madeAt),
        };
        if (state === "dirty") void fetch(answersUrl, { ...saveRequest(number, timeTakenMs), keepalive: true });
      }
      if (!closedRef.current) keepUnsent(view.attemptId, unsent);
    };
    // Back from the back/forward cache, the page still holds them itself.
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) takeUnsent(view.attemptId);
    };
    window.addEventListener("pagehide", onHide);
    window.addEventListener("pageshow", onShow);
    return () => {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("pageshow", onShow);
    };
  }, [answersUrl, saveRequest, view.attemptId]);

  // What the last page of this attempt had not heard back about: shown, and sent again.
  useEffect(() => {
    const unsent = takeUnsent(view.attemptId);
    for (const [key, kept] of Object.entries(unsent)) {
      const number = Number(key);
      if (!view.questions.some((question) => question.number === number)) continue;
      answersRef.current = { ...answersRef.current, [number]: kept.answer };
      flagsRef.current = { ...flagsRef.current, [number]: kept.flagged };
      timesRef.current[number] = Math.max(timesRef.current[number] ?? 0, kept.timeTakenMs);
      if (kept.madeAt) madeAtRef.current[number] = kept.madeAt.getTime();
      setSaveState(number, "dirty");
      void persist(number);
    }
    setAnswers(answersRef.current);
    setFlags(flagsRef.current);
  }, [view.attemptId, view.questions, persist, setSaveState]);

  // Saves that failed (offline) go again as soon as the browser says it is back, and every few
  // seconds in case it never says so.
  useEffect(() => {
    const retry = () => {
      if (!closedRef.current && Object.values(saveStatesRef.current).includes("error")) void flush();
    };
    const timer = setInterval(retry, RETRY_MS);
    window.addEventListener("online", retry);
    return () => {
      clearInterval(timer);
      window.removeEventListener("online", retry);
    };
  }, [flush]);

  /** Answers the server has not confirmed: offline, or still on their way. */
  const unsentCount = Object.values(saveStates).filter((state) => state === "error" || state === "saving").length;

  return {
    answers,
    flags,
    saveStates,
    unsentCount,
    isOffline,
    setAnswer,
    toggleFlag,
    persist,
    flush,
    leave,
    stopTiming,
    close,
    closedRef,
    saveStatesRef,
  };
}
