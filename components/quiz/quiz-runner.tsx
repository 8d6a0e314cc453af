"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PublicQuestion, TakingView } from "@/lib/quiz/queries";
import type { QuizAnswer } from "@/lib/quiz/schemas";
import { formatClock } from "./format";
import { ProgressBar } from "@/components/ui/progress-bar";

type SaveState = "saved" | "saving" | "dirty" | "error";
type Phase = "taking" | "review" | "submitting" | "timeup";

const LETTERS = ["A", "B", "C", "D", "E", "F"];
const TEXT_SAVE_DELAY_MS = 800;
const WARNING_MS = 60_000;

function hasAnswer(answer: QuizAnswer | null | undefined): boolean {
  if (!answer) return false;
  if (answer.kind === "written" || answer.kind === "numeric") return answer.text.trim().length > 0;
  if (answer.kind === "matching") return answer.matches.some((match) => match !== null);
  return true;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");
}

/**
 * Taking a quiz: one question at a time, a navigator, flags, a countdown from
 * the server's deadline, and every answer saved to the server as the student
 * goes (choices at once, typing after a pause or on Enter), so a reload or a
 * closed tab resumes the same attempt with the same time left.
 */
export function QuizRunner({ view }: { view: TakingView }) {
  const router = useRouter();
  const total = view.questions.length;
  const [answers, setAnswers] = useState<Record<number, QuizAnswer | null>>(() =>
    Object.fromEntries(Object.entries(view.saved).map(([number, saved]) => [number, saved.answer])),
  );
  const [flags, setFlags] = useState<Record<number, boolean>>(() =>
    Object.fromEntries(Object.entries(view.saved).map(([number, saved]) => [number, saved.flagged])),
  );
  const [saveStates, setSaveStateMap] = useState<Record<number, SaveState>>({});
  const [index, setIndex] = useState(() => {
    const firstOpen = view.questions.findIndex((question) => !hasAnswer(view.saved[question.number]?.answer));
    return firstOpen === -1 ? 0 : firstOpen;
  });
  const [phase, setPhase] = useState<Phase>("taking");
  const [error, setError] = useState<string | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  const [warningDismissed, setWarningDismissed] = useState(false);

  // The countdown runs on the server's clock: offset = server time − browser time when the page was made.
  const deadline = view.deadline ? Date.parse(view.deadline) : null;
  const [clockOffset] = useState(() => Date.parse(view.serverNow) - Date.now());
  const [now, setNow] = useState(() => Date.now() + clockOffset);
  const remainingMs = deadline === null ? null : Math.max(0, deadline - now);

  const answersRef = useRef(answers);
  const flagsRef = useRef(flags);
  const timesRef = useRef<Record<number, number>>(
    Object.fromEntries(Object.entries(view.saved).map(([number, saved]) => [number, saved.timeTakenMs])),
  );
  const enteredAtRef = useRef(0);
  const timersRef = useRef<Record<number, ReturnType<typeof setTimeout>>>({});
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const closedRef = useRef(false);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const saveStatesRef = useRef<Record<number, SaveState>>({});

  /** Save states live in a ref too, so handlers read the latest without re-subscribing. */
  const setSaveState = useCallback((number: number, state: SaveState, onlyIf?: SaveState) => {
    if (onlyIf && saveStatesRef.current[number] !== onlyIf) return;
    saveStatesRef.current = { ...saveStatesRef.current, [number]: state };
    setSaveStateMap(saveStatesRef.current);
  }, []);

  const question = view.questions[index] as PublicQuestion;
  const answeredCount = view.questions.filter((q) => hasAnswer(answers[q.number])).length;
  const flaggedCount = view.questions.filter((q) => flags[q.number]).length;
  const resultsUrl = `/quiz/${view.attemptId}/results`;

  const goToResults = useCallback(
    (timedOut: boolean) => {
      closedRef.current = true;
      router.replace(timedOut ? `${resultsUrl}?timeout=1` : resultsUrl);
      router.refresh();
    },
    [router, resultsUrl],
  );

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
      }),
    }),
    [],
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
            // Submitted elsewhere, or out of time: the server has closed this quiz.
            goToResults(true);
            return;
          }
          if (!response.ok) {
            const data = (await response.json().catch(() => null)) as { error?: string } | null;
            throw new Error(data?.error ?? "Your answer could not be saved.");
          }
          setSaveState(number, "saved", "saving");
          setError(null);
        } catch (caught) {
          setSaveState(number, "error");
          setError(
            caught instanceof TypeError
              ? "You seem to be offline: this answer isn't saved yet. It will be sent when you move on or submit."
              : caught instanceof Error
                ? caught.message
                : "Your answer could not be saved.",
          );
        }
      };
      queueRef.current = queueRef.current.then(run);
      return queueRef.current;
    },
    [answersUrl, saveRequest, elapsedOn, goToResults, setSaveState],
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
      setAnswers(answersRef.current);
      setSaveState(number, "dirty");
      clearTimeout(timersRef.current[number]);
      if (saveNow) void persist(number);
      else timersRef.current[number] = setTimeout(() => void persist(number), TEXT_SAVE_DELAY_MS);
    },
    [persist, setSaveState],
  );

  const toggleFlag = useCallback(
    (number: number) => {
      flagsRef.current = { ...flagsRef.current, [number]: !flagsRef.current[number] };
      setFlags(flagsRef.current);
      void persist(number);
    },
    [persist],
  );

  const goTo = useCallback(
    (next: number) => {
      if (next < 0 || next >= total || next === index) return;
      const leaving = view.questions[index]?.number;
      if (leaving !== undefined) {
        timesRef.current[leaving] = elapsedOn(leaving);
        if (saveStatesRef.current[leaving] === "dirty" || saveStatesRef.current[leaving] === "error") void persist(leaving);
      }
      enteredAtRef.current = Date.now();
      setIndex(next);
      setPhase("taking");
    },
    [index, total, view.questions, elapsedOn, persist],
  );

  /** Enter: keep this answer and go on; after the last question, review before submitting. */
  const confirm = useCallback(() => {
    void persist(question.number);
    if (index < total - 1) goTo(index + 1);
    else setPhase("review");
  }, [persist, question.number, index, total, goTo]);

  const submit = useCallback(
    async (timedOut: boolean) => {
      if (closedRef.current) return;
      setPhase(timedOut ? "timeup" : "submitting");
      timesRef.current[question.number] = elapsedOn(question.number);
      enteredAtRef.current = Date.now();
      await flush();
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
    [flush, view.attemptId, goToResults, question.number, elapsedOn],
  );

  // Time on a question counts from when the page is shown.
  useEffect(() => {
    enteredAtRef.current = Date.now();
  }, []);

  // The clock.
  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => setNow(Date.now() + clockOffset), 250);
    return () => clearInterval(timer);
  }, [deadline, clockOffset]);

  // Out of time: submit what was saved.
  useEffect(() => {
    if (remainingMs === 0 && phase !== "timeup" && !closedRef.current) void submit(true);
  }, [remainingMs, phase, submit]);

  // Typed answers get the focus when their question comes up.
  useEffect(() => {
    if (question.kind === "written" || question.kind === "numeric") inputRef.current?.focus();
  }, [question]);

  // Saves still waiting when the tab closes.
  useEffect(() => {
    const onHide = () => {
      for (const [key, state] of Object.entries(saveStatesRef.current)) {
        if (state !== "dirty") continue;
        const number = Number(key);
        void fetch(answersUrl, { ...saveRequest(number, timesRef.current[number] ?? 0), keepalive: true });
      }
    };
    window.addEventListener("pagehide", onHide);
    return () => window.removeEventListener("pagehide", onHide);
  }, [answersUrl, saveRequest]);

  // Keyboard: 1–4 / A–D choose, T/F for true or false, Enter confirms, ←/→ move, F flags, ? help.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || phase === "submitting" || phase === "timeup") return;
      if (isTyping(event.target)) {
        if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          confirm();
        }
        // Esc leaves the answer box, so the letter keys become shortcuts again (Esc, F flags a typed question).
        if (event.key === "Escape" && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      const key = event.key.toLowerCase();
      if (key === "?") return setShowHelp((shown) => !shown);
      if (phase === "review") {
        if (key === "escape") setPhase("taking");
        return;
      }
      if (event.key === "ArrowRight") return goTo(index + 1);
      if (event.key === "ArrowLeft") return goTo(index - 1);
      if (key === "enter") {
        if (event.target instanceof HTMLButtonElement && !event.target.dataset.choice) return;
        event.preventDefault();
        return confirm();
      }
      if (key === "f") {
        event.preventDefault(); // or the F lands in the answer box focused below
        toggleFlag(question.number);
        // Back into the answer box the student left with Esc.
        if (question.kind === "written" || question.kind === "numeric") inputRef.current?.focus();
        return;
      }
      if (question.kind === "mcq") {
        const choice = /^[1-9]$/.test(key) ? Number(key) - 1 : LETTERS.indexOf(key.toUpperCase());
        const option = question.options[choice];
        if (choice >= 0 && option !== undefined) setAnswer(question.number, { kind: "mcq", choice: option }, { saveNow: true });
      }
      if (question.kind === "truefalse") {
        if (key === "1" || key === "t" || key === "a") setAnswer(question.number, { kind: "truefalse", value: true }, { saveNow: true });
        if (key === "2" || key === "b") setAnswer(question.number, { kind: "truefalse", value: false }, { saveNow: true });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [phase, index, question, confirm, goTo, toggleFlag, setAnswer]);

  const status = useMemo(() => {
    const state = saveStates[question.number];
    if (state === "saving") return "Saving…";
    if (state === "error") return "Not saved";
    if (state === "dirty") return "Unsaved changes";
    if (state === "saved" || hasAnswer(answers[question.number])) return "Saved";
    return "";
  }, [saveStates, question.number, answers]);

  const over = phase === "timeup" || phase === "submitting";
  const answer = answers[question.number] ?? null;
  const unanswered = total - answeredCount;

  return (
    <div className="quiz" data-attempt-id={view.attemptId}>
      <div className="quiz-bar">
        <div className="quiz-progress">
          <ProgressBar label="Questions answered" value={answeredCount} max={total} valueText={`${answeredCount} of ${total} answered`} />
          <p className="small muted">
            {answeredCount} of {total} answered{flaggedCount > 0 ? ` · ${flaggedCount} flagged` : ""}
          </p>
        </div>
        {remainingMs !== null ? (
          <p className={`quiz-timer${remainingMs <= WARNING_MS ? " is-low" : ""}`} role="timer" aria-label="Time left">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
              <circle cx="12" cy="13" r="8" />
              <path d="M12 9v4l2.5 2.5M9 2h6" />
            </svg>{" "}
            {formatClock(remainingMs)}
          </p>
        ) : (
          <p className="quiz-timer muted">Untimed</p>
        )}
      </div>

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
      {phase === "timeup" ? (
        <div className="alert alert-warning" role="alert">
          <strong>Time&rsquo;s up.</strong> Submitting the answers you gave…
        </div>
      ) : null}
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}

      <nav className="quiz-nav" aria-label="Questions">
        <ol>
          {view.questions.map((q, i) => {
            const answered = hasAnswer(answers[q.number]);
            const flagged = Boolean(flags[q.number]);
            const label = `Question ${q.number}: ${answered ? "answered" : "not answered"}${flagged ? ", flagged" : ""}`;
            return (
              <li key={q.number}>
                <button
                  type="button"
                  className={`nav-dot${answered ? " is-answered" : ""}${flagged ? " is-flagged" : ""}`}
                  aria-current={i === index && phase !== "review" ? "step" : undefined}
                  aria-label={label}
                  title={label}
                  onClick={() => goTo(i)}
                  disabled={over}
                >
                  {q.number}
                </button>
              </li>
            );
          })}
        </ol>
        <p className="small muted legend">
          <span className="nav-dot is-answered" aria-hidden="true" /> answered <span className="nav-dot is-flagged" aria-hidden="true" /> flagged{" "}
          <span className="nav-dot" aria-hidden="true" /> not answered
        </p>
      </nav>

      {phase === "review" ? (
        <section className="card quiz-review" aria-labelledby="review-heading">
          <h2 id="review-heading">Submit your quiz?</h2>
          <p>
            You answered {answeredCount} of {total} questions.
            {unanswered > 0 ? ` ${unanswered} ${unanswered === 1 ? "is" : "are"} unanswered and will count as wrong.` : ""}
            {flaggedCount > 0 ? ` ${flaggedCount} ${flaggedCount === 1 ? "is" : "are"} flagged for review.` : ""}
          </p>
          <div className="actions">
            <button type="button" className="btn btn-primary" onClick={() => void submit(false)} disabled={over}>
              Submit now
            </button>
            <button type="button" className="btn" onClick={() => setPhase("taking")}>
              Keep answering
            </button>
            {unanswered > 0 ? (
              <button type="button" className="btn" onClick={() => goTo(view.questions.findIndex((q) => !hasAnswer(answers[q.number])))}>
                Go to the first unanswered
              </button>
            ) : null}
            {flaggedCount > 0 ? (
              <button type="button" className="btn" onClick={() => goTo(view.questions.findIndex((q) => flags[q.number]))}>
                Go to the first flagged
              </button>
            ) : null}
          </div>
        </section>
      ) : (
        <section className="card quiz-question" aria-labelledby="question-heading" data-question-number={question.number} data-kind={question.kind}>
          <p className="quiz-meta small muted">
            <span>
              Question {question.number} of {total}
            </span>
            <span>{question.sectionTitle}</span>
          </p>
          <h2 id="question-heading" className="quiz-prompt">
            {question.kind === "truefalse" ? (
              <>
                <span className="muted">True or false: </span>
                {question.prompt}
              </>
            ) : (
              question.prompt
            )}
          </h2>
          <AnswerInput question={question} answer={answer} disabled={over} inputRef={inputRef} onAnswer={(next, saveNow) => setAnswer(question.number, next, { saveNow })} />
          <div className="quiz-controls">
            <button type="button" className="btn" onClick={() => goTo(index - 1)} disabled={index === 0 || over}>
              ← Back
            </button>
            <button
              type="button"
              className={`btn${flags[question.number] ? " is-on" : ""}`}
              aria-pressed={Boolean(flags[question.number])}
              onClick={() => toggleFlag(question.number)}
              disabled={over}
            >
              {flags[question.number] ? "⚑ Flagged" : "⚐ Flag for review"} <kbd>F</kbd>
            </button>
            <span className="save-status small muted" aria-live="polite">
              {status}
            </span>
            {index < total - 1 ? (
              <button type="button" className="btn btn-primary" onClick={confirm} disabled={over}>
                Next → <kbd>Enter</kbd>
              </button>
            ) : (
              <button type="button" className="btn btn-primary" onClick={confirm} disabled={over}>
                Finish <kbd>Enter</kbd>
              </button>
            )}
          </div>
        </section>
      )}

      <div className="quiz-footer">
        <button type="button" className="btn" onClick={() => setPhase("review")} disabled={over || phase === "review"}>
          Submit quiz…
        </button>
        <button type="button" className="link small keyboard-only" onClick={() => setShowHelp((shown) => !shown)} aria-expanded={showHelp}>
          Keyboard shortcuts <kbd>?</kbd>
        </button>
      </div>
      {showHelp ? (
        <section className="shortcuts card small" aria-label="Keyboard shortcuts">
          <dl>
            <dt><kbd>1</kbd>–<kbd>4</kbd> or <kbd>A</kbd>–<kbd>D</kbd></dt>
            <dd>Choose an option</dd>
            <dt><kbd>T</kbd> / <kbd>B</kbd> (or <kbd>1</kbd> / <kbd>2</kbd>)</dt>
            <dd>True / False</dd>
            <dt><kbd>Enter</kbd></dt>
            <dd>Keep the answer and go to the next question</dd>
            <dt><kbd>←</kbd> <kbd>→</kbd></dt>
            <dd>Previous / next question</dd>
            <dt><kbd>F</kbd></dt>
            <dd>Flag the question for review</dd>
            <dt><kbd>Esc</kbd> then <kbd>F</kbd></dt>
            <dd>Flag while typing an answer (Esc leaves the answer box, F flags and takes you back to it)</dd>
          </dl>
        </section>
      ) : null}
    </div>
  );
}

function AnswerInput({
  question,
  answer,
  disabled,
  inputRef,
  onAnswer,
}: {
  question: PublicQuestion;
  answer: QuizAnswer | null;
  disabled: boolean;
  inputRef: React.RefObject<HTMLInputElement | null>;
  onAnswer: (answer: QuizAnswer | null, saveNow: boolean) => void;
}) {
  switch (question.kind) {
    case "mcq":
      return (
        <div className="choices" role="radiogroup" aria-labelledby="question-heading">
          {question.options.map((option, i) => {
            const chosen = answer?.kind === "mcq" && answer.choice === option;
            return (
              <button
                key={option}
                type="button"
                role="radio"
                aria-checked={chosen}
                data-choice={LETTERS[i]}
                className={`choice${chosen ? " is-chosen" : ""}`}
                onClick={() => onAnswer({ kind: "mcq", choice: option }, true)}
                disabled={disabled}
              >
                <kbd aria-hidden="true">{LETTERS[i]}</kbd> <span>{option}</span>
              </button>
            );
          })}
        </div>
      );
    case "truefalse":
      return (
        <div className="choices choices-inline" role="radiogroup" aria-labelledby="question-heading">
          {([true, false] as const).map((value, i) => {
            const chosen = answer?.kind === "truefalse" && answer.value === value;
            return (
              <button
                key={String(value)}
                type="button"
                role="radio"
                aria-checked={chosen}
                data-choice={LETTERS[i]}
                className={`choice${chosen ? " is-chosen" : ""}`}
                onClick={() => onAnswer({ kind: "truefalse", value }, true)}
                disabled={disabled}
              >
                <kbd aria-hidden="true">{value ? "T" : "B"}</kbd> <span>{value ? "True" : "False"}</span>
              </button>
            );
          })}
        </div>
      );
    case "written":
    case "numeric": {
      const text = answer?.kind === question.kind ? answer.text : "";
      return (
        <div className="field">
          <label htmlFor="typed-answer">{question.kind === "numeric" ? `Your answer (in ${question.unit})` : "Your answer"}</label>
          <input
            ref={inputRef}
            id="typed-answer"
            type="text"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            inputMode={question.kind === "numeric" ? "decimal" : "text"}
            maxLength={200}
            value={text}
            disabled={disabled}
            onChange={(event) => onAnswer({ kind: question.kind, text: event.target.value }, false)}
          />
          <span className="hint">
            {question.kind === "numeric"
              ? "A number is enough; units, “bn”, “%” or “per cent” are fine. Press Enter to keep it."
              : "Spelling and capitals are marked leniently. Press Enter to keep it."}
            <span className="keyboard-only"> Esc, then F, flags it.</span>
          </span>
        </div>
      );
    }
    case "matching": {
      const matches = answer?.kind === "matching" ? answer.matches : question.lefts.map(() => null);
      return (
        <div className="matching">
          {question.lefts.map((left, i) => (
            <div className="matching-row" key={left}>
              <label htmlFor={`match-${i}`}>{left}</label>
              <select
                id={`match-${i}`}
                value={matches[i] ?? ""}
                disabled={disabled}
                onChange={(event) => {
                  const next = question.lefts.map((_, j) => (j === i ? event.target.value || null : (matches[j] ?? null)));
                  onAnswer({ kind: "matching", matches: next }, true);
                }}
              >
                <option value="">Choose…</option>
                {question.rights.map((right) => (
                  <option key={right} value={right}>
                    {right}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    }
  }
}
