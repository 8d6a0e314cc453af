"use client";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { gradeTyped } from "@/lib/answers/grade";
import { buryCardAction, recordReviewAction, suspendCardAction, undoReviewAction, type StudyUpdate } from "@/lib/srs/actions";
import type { StudyCardView, StudyView } from "@/lib/srs/queries";
import { ProgressBar } from "@/components/ui/progress-bar";

const RATINGS = [
  { grade: 1, label: "Again", key: "1", className: "rate-again" },
  { grade: 2, label: "Hard", key: "2", className: "rate-hard" },
  { grade: 3, label: "Good", key: "3", className: "rate-good" },
  { grade: 4, label: "Easy", key: "4", className: "rate-easy" },
] as const;

type Grade = (typeof RATINGS)[number]["grade"];

function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, "");
}

function StudyProgress({ view }: { view: StudyView }) {
  const remaining = view.counts.new + view.counts.learning + view.counts.review;
  const total = view.doneToday + remaining;
  return (
    <div className="study-progress">
      <ProgressBar label="Today's study" value={view.doneToday} max={total} valueText={`${view.doneToday} done, ${remaining} to go`} />
      <p className="counts small" aria-live="polite">
        <span>{view.doneToday} done</span>
        <span className="count-new" title="New cards">{view.counts.new} new</span>
        <span className="count-learning" title="Learning cards">{view.counts.learning} learning</span>
        <span className="count-review" title="Review cards">{view.counts.review} review</span>
      </p>
    </div>
  );
}

function CardFront({ card }: { card: StudyCardView }) {
  if (card.kind === "cloze" && card.cloze) {
    return (
      <p className="card-front">
        {card.cloze.before}<span className="cloze-blank" aria-label="blank">[…]</span>{card.cloze.after}
      </p>
    );
  }
  return <p className="card-front">{card.front}</p>;
}

function CardBack({ card, typed, isCorrect }: { card: StudyCardView; typed: string | null; isCorrect: boolean | null }) {
  return (
    <div className="card-back">
      {card.kind === "cloze" && card.cloze ? (
        <p className="card-answer">
          {card.cloze.before}<mark>{card.answer}</mark>{card.cloze.after}
        </p>
      ) : (
        <p className="card-answer"><strong>{card.answer}</strong></p>
      )}
      {card.kind === "typein" && typed !== null ? (
        <p className={`typein-result ${isCorrect ? "is-correct" : "is-wrong"}`} role="status">
          {isCorrect ? "✓ Correct" : "✗ Not quite"}: you typed “{typed || "(nothing)"}”.
          {card.accepted && card.accepted.length > 1 ? ` Accepted: ${card.accepted.join(", ")}.` : ""}
        </p>
      ) : null}
      <figure className="source-quote">
        <blockquote>“{card.quote}”</blockquote>
        <figcaption>From the article · {card.sectionTitle}</figcaption>
      </figure>
    </div>
  );
}

export function StudySession({ initialView }: { initialView: StudyView }) {
  const [view, setView] = useState(initialView);
  const [isRevealed, setRevealed] = useState(false);
  const [typed, setTyped] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  const [isPending, startTransition] = useTransition();
  const requestId = useRef(newRequestId());
  const shownAt = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const card = view.card;
  // A checked type-in answer: right or wrong decides the suggested rating (Good or Again).
  const isTypedCorrect = card?.kind === "typein" && typed !== null && card.accepted ? gradeTyped(typed, { accepted: card.accepted, prompt: card.front }).correct : null;
  const suggested: Grade | null = isTypedCorrect === null ? null : isTypedCorrect ? 3 : 1;

  // A new card on screen: fresh request key and timer; focus the answer box of a type-in card.
  useEffect(() => {
    requestId.current = newRequestId();
    shownAt.current = performance.now();
    if (card?.kind === "typein") inputRef.current?.focus();
  }, [card]);

  /** Show the server's new queue: the next card starts hidden with an empty answer box. */
  const applyView = useCallback((next: StudyUpdate) => {
    setNotice(next.notice ?? null);
    setView(next);
    setRevealed(false);
    setTyped(null);
    setDraft("");
  }, []);

  const reveal = useCallback(() => {
    if (!card || isRevealed) return;
    if (card.kind === "typein") setTyped(draft.trim());
    setRevealed(true);
  }, [card, draft, isRevealed]);

  const rate = useCallback(
    (grade: Grade) => {
      if (!card || !isRevealed || isPending) return;
      setError(null);
      const input = {
        flashcardId: card.flashcardId,
        rating: grade,
        requestId: requestId.current,
        durationMs: Math.round(performance.now() - shownAt.current),
      };
      startTransition(async () => {
        try {
          const result = await recordReviewAction(input);
          if (result.ok) applyView(result.data);
          else setError(result.error);
        } catch {
          setError("Your rating wasn't saved. Check your connection and try again.");
        }
      });
    },
    [applyView, card, isPending, isRevealed],
  );

  const undo = useCallback(() => {
    if (isPending || !view.canUndo) return;
    setError(null);
    startTransition(async () => {
      try {
        const result = await undoReviewAction(view.undoKey ? { requestId: view.undoKey } : undefined);
        if (result.ok) applyView(result.data);
        else setError(result.error);
      } catch {
        setError("Undo didn't reach the server. Check your connection and try again.");
      }
    });
  }, [applyView, isPending, view.canUndo, view.undoKey]);

  /** Bury (until the next study day) or suspend the card on screen. */
  const setAside = useCallback(
    (how: "bury" | "suspend") => {
      if (!card || isPending) return;
      setError(null);
      const flashcardId = card.flashcardId;
      startTransition(async () => {
        try {
          const result = await (how === "bury" ? buryCardAction : suspendCardAction)({ flashcardId });
          if (result.ok) applyView(result.data);
          else setError(result.error);
        } catch {
          setError("That didn't reach the server. Check your connection and try again.");
        }
      });
    },
    [applyView, card, isPending],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (event.key === "?" && !inField) {
        setShowHelp((shown) => !shown);
        return;
      }
      if (event.key === "Escape") {
        setShowHelp(false);
        // Esc leaves the answer box, so Z, - and @ are shortcuts again.
        if (inField) (event.target as HTMLElement).blur();
        return;
      }
      if (inField) {
        if (event.key === "Enter") {
          event.preventDefault();
          reveal();
        }
        // Ctrl+Z in an empty box has no typing to undo: it undoes the last rating.
        const empty = (event.target as HTMLInputElement | HTMLTextAreaElement).value === "";
        if ((event.key === "z" || event.key === "Z") && (event.ctrlKey || event.metaKey) && !event.shiftKey && empty) {
          event.preventDefault();
          undo();
        }
        return;
      }
      if (event.altKey || event.metaKey) return;
      // Anki's keys: "-" buries the card, "@" suspends it.
      if (event.key === "-" && !event.ctrlKey) {
        event.preventDefault();
        setAside("bury");
        return;
      }
      if (event.key === "@" && !event.ctrlKey) {
        event.preventDefault();
        setAside("suspend");
        return;
      }
      if ((event.key === "z" || event.key === "Z") && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if (event.ctrlKey) {
        return;
      } else if (event.key === " " || event.key === "Enter") {
        event.preventDefault();
        if (!isRevealed) reveal();
        else if (event.key === "Enter" && suggested !== null) rate(suggested);
      } else if (["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        rate(Number(event.key) as Grade);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [isRevealed, rate, reveal, setAside, suggested, undo]);

  return (
    <div className="study">
      <StudyProgress view={view} />
      {error ? <p role="alert" className="alert alert-error">{error}</p> : null}
      {notice ? (
        <p role="status" className="alert alert-success study-notice">
          {notice} {/Leeches/.test(notice) ? <Link href="/leeches">Open Leeches</Link> : null}
        </p>
      ) : null}

      {card ? (
        <section className="card flashcard" aria-labelledby="card-heading" data-flashcard-id={card.flashcardId}>
          <header className="flashcard-meta small muted">
            <span className={`phase phase-${card.phase}`}>{card.phase}</span>
            {card.isLeech ? <span className="phase phase-learning">leech</span> : null}
            <span>{card.sectionTitle}</span>
          </header>
          <h2 id="card-heading" className="visually-hidden">Card</h2>
          <CardFront card={card} />
          {card.kind === "typein" && !isRevealed ? (
            <div className="field">
              <label htmlFor="typein">Your answer</label>
              <input
                ref={inputRef}
                id="typein"
                type="text"
                autoComplete="off"
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
              />
            </div>
          ) : null}
          {isRevealed ? <CardBack card={card} typed={typed} isCorrect={isTypedCorrect} /> : null}

          {!isRevealed ? (
            <button type="button" className="btn btn-primary btn-wide" onClick={reveal}>
              {card.kind === "typein" ? <>Check answer <kbd>Enter</kbd></> : <>Show answer <kbd>Space</kbd></>}
            </button>
          ) : (
            <div className="rating-buttons" role="group" aria-label="How well did you remember?">
              {RATINGS.map((r) => (
                <button
                  key={r.grade}
                  type="button"
                  className={`btn rate ${r.className}${suggested === r.grade ? " is-suggested" : ""}`}
                  onClick={() => rate(r.grade)}
                  disabled={isPending}
                  aria-keyshortcuts={r.key}
                >
                  <span className="rate-interval">{card.intervals[r.grade]}</span>
                  <span className="rate-label">{r.label}</span>
                  <kbd>{r.key}</kbd>
                </button>
              ))}
            </div>
          )}
        </section>
      ) : (
        <section className="card done" aria-live="polite">
          <h2>Done for today 🎉</h2>
          <p>
            You studied {view.doneToday} card{view.doneToday === 1 ? "" : "s"} today.{" "}
            {view.nextDue ? (
              <>Next card due <time dateTime={view.nextDue}>{new Date(view.nextDue).toLocaleString()}</time>.</>
            ) : (
              "No cards are scheduled yet."
            )}
          </p>
          <div className="actions">
            <Link className="btn" href="/settings">Change daily limits</Link>
            <Link className="btn" href="/">Home</Link>
          </div>
        </section>
      )}

      <div className="study-tools actions">
        <button type="button" className="btn" onClick={undo} disabled={!view.canUndo || isPending} aria-keyshortcuts="z">
          ↶ Undo <kbd>Z</kbd>
        </button>
        {card ? (
          <>
            <button type="button" className="btn" onClick={() => setAside("bury")} disabled={isPending} aria-keyshortcuts="-">
              Bury card <kbd>-</kbd>
            </button>
            <button type="button" className="btn" onClick={() => setAside("suspend")} disabled={isPending} aria-keyshortcuts="@">
              Suspend card <kbd>@</kbd>
            </button>
          </>
        ) : null}
        <button type="button" className="btn" onClick={() => setShowHelp((s) => !s)} aria-expanded={showHelp} aria-controls="shortcuts">
          Shortcuts <kbd>?</kbd>
        </button>
      </div>
      {showHelp ? (
        <section id="shortcuts" className="card shortcuts" aria-label="Keyboard shortcuts">
          <h2>Keyboard shortcuts</h2>
          <dl>
            <dt><kbd>Space</kbd> / <kbd>Enter</kbd></dt><dd>Show the answer (type-in: check it)</dd>
            <dt><kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd> <kbd>4</kbd></dt><dd>Again, Hard, Good, Easy</dd>
            <dt><kbd>Z</kbd> / <kbd>Ctrl</kbd>+<kbd>Z</kbd></dt><dd>Undo the last rating (in an answer box: Ctrl+Z while it is empty, or Esc first)</dd>
            <dt><kbd>-</kbd></dt><dd>Bury the card until tomorrow</dd>
            <dt><kbd>@</kbd></dt><dd>Suspend the card (unsuspend it under Leeches)</dd>
            <dt><kbd>?</kbd></dt><dd>Show or hide this list</dd>
          </dl>
        </section>
      ) : null}
    </div>
  );
}
