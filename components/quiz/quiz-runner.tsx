"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PublicQuestion, TakingView } from "@/lib/quiz/types";
import type { QuizAnswer } from "@/lib/quiz/schemas";
import { QuizNavigator } from "./quiz-navigator";
import { QuizNetworkNotice, type OfflineGrace } from "./quiz-network-notice";
import { QuizQuestionCard } from "./quiz-question-card";
import { QuizReviewPanel } from "./quiz-review-panel";
import { QuizShortcutsHelp } from "./quiz-shortcuts-help";
import { QuizStatusBar } from "./quiz-status-bar";
import { useAnswerAutosave } from "./use-answer-autosave";
import { useQuizClock, WARNING_MS } from "./use-quiz-clock";
import { useQuizShortcuts, type QuizPhase } from "./use-quiz-shortcuts";

function hasAnswer(answer: QuizAnswer | null | undefined): boolean {
  if (!answer) return false;
  if (answer.kind === "written" || answer.kind === "numeric") return answer.text.trim().length > 0;
  if (answer.kind === "matching") return answer.matches.some((match) => match !== null);
  return true;
}

/**
 * Taking a quiz: one question at a time, a navigator, flags, a countdown from
 * the server's deadline, and every answer saved to the server as the student
 * goes (`useAnswerAutosave`), so a reload or a closed tab resumes the same
 * attempt with the same time left.
 */
export function QuizRunner({ view, offlineGrace }: { view: TakingView; offlineGrace: OfflineGrace }) {
  const router = useRouter();
  const total = view.questions.length;
  const [index, setIndex] = useState(() => {
    const firstOpen = view.questions.findIndex((question) => !hasAnswer(view.saved[question.number]?.answer));
    return firstOpen === -1 ? 0 : firstOpen;
  });
  const [phase, setPhase] = useState<QuizPhase>("taking");
  const [error, setError] = useState<string | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  const [warningDismissed, setWarningDismissed] = useState(false);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const remainingMs = useQuizClock(view);
  const remainingRef = useRef(remainingMs);
  useEffect(() => {
    remainingRef.current = remainingMs;
  }, [remainingMs]);
  /** Time is up and answers are still on this device: the page waits for the network, then submits. */
  const [waitingForNetwork, setWaitingForNetwork] = useState(false);
  /** The server refused an answer after the deadline (it arrived past the offline grace): said, not hidden. */
  const [refused, setRefused] = useState<string | null>(null);
  const refusedRef = useRef<string | null>(null);

  const resultsUrl = `/quiz/${view.attemptId}/results`;
  const openResults = useCallback(
    (timedOut: boolean) => {
      router.replace(timedOut ? `${resultsUrl}?timeout=1` : resultsUrl);
      router.refresh();
    },
    [router, resultsUrl],
  );
  const onClosed = useCallback(
    (timedOut: boolean, message: string | null) => {
      // Out of time on this clock too: an answer came back refused, and the student reads why.
      if (message && remainingRef.current === 0) {
        refusedRef.current = message;
        setRefused(message);
        setWaitingForNetwork(false);
        return;
      }
      openResults(timedOut);
    },
    [openResults],
  );
  const {
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
  } = useAnswerAutosave(view, onClosed, setError);
  const goToResults = useCallback(
    (timedOut: boolean) => {
      close();
      openResults(timedOut);
    },
    [close, openResults],
  );

  const question = view.questions[index] as PublicQuestion;
  const answeredCount = view.questions.filter((q) => hasAnswer(answers[q.number])).length;
  const flaggedCount = view.questions.filter((q) => flags[q.number]).length;

  const goTo = useCallback(
    (next: number) => {
      if (next < 0 || next >= total || next === index) return;
      const leaving = view.questions[index]?.number;
      if (leaving !== undefined) leave(leaving);
      setIndex(next);
      setPhase("taking");
    },
    [index, total, view.questions, leave],
  );

  /** Enter: keep this answer and go on; after the last question, review before submitting. */
  const keepAndAdvance = useCallback(() => {
    void persist(question.number);
    if (index < total - 1) goTo(index + 1);
    else setPhase("review");
  }, [persist, question.number, index, total, goTo]);

  const submit = useCallback(
    async (timedOut: boolean) => {
      if (closedRef.current) return;
      setPhase(timedOut ? "timeup" : "submitting");
      stopTiming(question.number);
      await flush();
      if (refusedRef.current) return;
      // Offline at the deadline: submitting now would close the quiz without the answers still here.
      if (timedOut && Object.values(saveStatesRef.current).includes("error")) {
        setWaitingForNetwork(true);
        return;
      }
      setWaitingForNetwork(false);
      for (let attempt = 0; attempt < 3; attempt += 1) {
        try {
          const response = await fetch(`/api/quiz/attempts/${view.attemptId}/submit`, { method: "POST" });
          if (response.ok || response.status === 409) {
            goToResults(timedOut);
            return;
          }
          const data = (await response.json().catch(() => null)) as { error?: string } | null;
          setError(data?.error ?? "The quiz could not be submitted.");
          break;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
        }
      }
      if (timedOut) {
        // The server closes an expired quiz by itself: the results page shows what was counted.
        goToResults(true);
        return;
      }
      setError((current) => current ?? "Couldn't reach the server to submit. Your saved answers are safe; try again.");
      setPhase("review");
    },
    [flush, view.attemptId, goToResults, question.number, stopTiming, closedRef, saveStatesRef],
  );

  // Waiting for the network after the deadline: try again when the browser is back, and every few seconds.
  useEffect(() => {
    if (!waitingForNetwork) return;
    const retry = () => void submit(true);
    const timer = setInterval(retry, 5_000);
    window.addEventListener("online", retry);
    return () => {
      clearInterval(timer);
      window.removeEventListener("online", retry);
    };
  }, [waitingForNetwork, submit]);

  // Out of time: submit what was saved.
  useEffect(() => {
    if (remainingMs === 0 && phase !== "timeup" && !closedRef.current) void submit(true);
  }, [remainingMs, phase, submit, closedRef]);

  // Typed answers get the focus when their question comes up; any other question's heading does once
  // the student moves (focus was lost to <body>, and nothing said a new question was there), and so
  // does the review's. The page's first question is left alone: the page was just opened.
  const hasMoved = useRef(false);
  useEffect(() => {
    if (phase === "review") return void document.getElementById("review-heading")?.focus();
    if (phase !== "taking") return;
    if (question.kind === "written" || question.kind === "numeric") inputRef.current?.focus();
    else if (hasMoved.current) document.getElementById("question-heading")?.focus();
    hasMoved.current = true;
  }, [question, phase]);

  useQuizShortcuts({ phase, setPhase, index, question, inputRef, confirm: keepAndAdvance, goTo, toggleFlag, setAnswer, setShowHelp });

  const saveLabel = useMemo(() => {
    const state = saveStates[question.number];
    if (state === "saving") return "Saving…";
    if (state === "error") return "Not saved";
    if (state === "dirty") return "Unsaved changes";
    if (state === "saved" || hasAnswer(answers[question.number])) return "Saved";
    return "";
  }, [saveStates, question.number, answers]);

  const isLocked = phase === "timeup" || phase === "submitting";

  return (
    <div className="quiz" data-attempt-id={view.attemptId}>
      <QuizStatusBar total={total} answeredCount={answeredCount} flaggedCount={flaggedCount} remainingMs={remainingMs} />

      {remainingMs !== null && remainingMs <= WARNING_MS && remainingMs > 0 && !warningDismissed ? (
        <div className="alert alert-warning" role="alert">
          <span>
            <strong>Less than a minute left.</strong> When the time runs out, the quiz is submitted with the answers you have given.
          </span>
          <button type="button" className="link" onClick={() => setWarningDismissed(true)}>
            Dismiss
          </button>
        </div>
      ) : null}
      <QuizNetworkNotice
        refused={refused}
        waitingForNetwork={phase === "timeup" && waitingForNetwork}
        timeUp={phase === "timeup"}
        isOffline={isOffline}
        unsentCount={unsentCount}
        offlineGrace={offlineGrace}
        error={error}
        onSeeResults={() => goToResults(true)}
      />

      <QuizNavigator
        questions={view.questions}
        current={phase === "review" ? null : index}
        isAnswered={(number) => hasAnswer(answers[number])}
        flags={flags}
        disabled={isLocked}
        onGoTo={goTo}
      />

      {phase === "review" ? (
        <QuizReviewPanel
          total={total}
          answeredCount={answeredCount}
          flaggedCount={flaggedCount}
          disabled={isLocked}
          onSubmit={() => void submit(false)}
          onKeepAnswering={() => setPhase("taking")}
          onFirstUnanswered={() => goTo(view.questions.findIndex((q) => !hasAnswer(answers[q.number])))}
          onFirstFlagged={() => goTo(view.questions.findIndex((q) => flags[q.number]))}
        />
      ) : (
        <QuizQuestionCard
          question={question}
          total={total}
          answer={answers[question.number] ?? null}
          isFlagged={Boolean(flags[question.number])}
          isFirst={index === 0}
          isLast={index === total - 1}
          isLocked={isLocked}
          saveLabel={saveLabel}
          inputRef={inputRef}
          onAnswer={(next, saveNow) => setAnswer(question.number, next, { saveNow })}
          onBack={() => goTo(index - 1)}
          onToggleFlag={() => toggleFlag(question.number)}
          onNext={keepAndAdvance}
        />
      )}

      <div className="quiz-footer">
        <button type="button" className="btn" onClick={() => setPhase("review")} disabled={isLocked || phase === "review"}>
          Submit quiz…
        </button>
        <button type="button" className="link small keyboard-only" onClick={() => setShowHelp((shown) => !shown)} aria-expanded={showHelp}>
          Keyboard shortcuts <kbd>?</kbd>
        </button>
      </div>
      {showHelp ? <QuizShortcutsHelp /> : null}
    </div>
  );
}
