"use client";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { gradeTyped } from "@/lib/answers/grade";
import { keepRatingOnDevice } from "@/lib/offline/keep-rating";
import { buryCardAction, recordReviewAction, suspendCardAction, undoReviewAction } from "@/lib/srs/actions";
import type { StudyUpdate, StudyView } from "@/lib/srs/types";
import { Alert } from "@/components/ui/alert";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { AnswerSide, VerdictAnnouncer } from "./answer-side";
import { CardFront } from "./card-front";
import { RatingButtons, type Grade } from "./rating-buttons";
import { StudyDone } from "./study-done";
import { TypeInClaim } from "./typein-claim";
import { StudyProgress } from "./study-progress";
import { StudyShortcutsHelp } from "./study-shortcuts-help";
import { useStudyShortcuts } from "./use-study-shortcuts";

function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, "");
}

/**
 * The study screen: one card at a time from the server's queue, revealed, then rated; every
 * action (rate, undo, bury, suspend) answers with the new queue. sectionId: the page's "study
 * this section now" filter, sent with every action so the next card stays in it; in a cram session
 * (view.cram) the session goes with it too.
 */
export function StudySession({
  initialView,
  sectionId = null,
  userId = null,
  timeZone = "UTC",
}: {
  initialView: StudyView;
  sectionId?: string | null;
  /** Whose device queue keeps a rating the network lost (null: none is kept). */
  userId?: string | null;
  /** The student's zone (Settings): when the next card is due is said on their clock. */
  timeZone?: string;
}) {
  const [view, setView] = useState(initialView);
  const [isRevealed, setRevealed] = useState(false);
  const [typed, setTyped] = useState<string | null>(null);
  const [claimed, setClaimed] = useState(false);
  const [draft, setDraft] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  const { run, isPending, message } = useActionRunner();
  const requestId = useRef(newRequestId());
  const shownAt = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const card = view.card;
  // A cram session travels with every action, so the next card comes from the same session.
  const cram = view.cram ?? null;
  // A checked type-in answer: right or wrong decides the suggested rating (Good or Again).
  const isTypedCorrect =
    card?.kind === "typein" && typed !== null && card.accepted
      ? gradeTyped(typed, { accepted: card.accepted, prompt: card.front }).correct
      : null;
  // "I was right" on a wrong verdict suggests Good, as a right answer would.
  const suggested: Grade | null = isTypedCorrect === null ? null : isTypedCorrect || claimed ? 3 : 1;

  // A new card on screen: fresh request key and timer; focus the answer box of a type-in card, or
  // else the card itself once the student has rated one (focus fell to <body> and nothing said a
  // new card was there; a11y review 4.3.4).
  const cardRef = useRef<HTMLElement>(null);
  const isFirstCard = useRef(true);
  useEffect(() => {
    requestId.current = newRequestId();
    shownAt.current = performance.now();
    if (card?.kind === "typein") inputRef.current?.focus();
    else if (!isFirstCard.current) cardRef.current?.focus();
    isFirstCard.current = false;
  }, [card]);

  /** Show the server's new queue: the next card starts hidden with an empty answer box. */
  const applyView = useCallback((next: StudyUpdate) => {
    setNotice(next.notice ?? null);
    setView(next);
    setRevealed(false);
    setTyped(null);
    setClaimed(false);
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
      const input = {
        flashcardId: card.flashcardId,
        rating: grade,
        requestId: requestId.current,
        durationMs: Math.round(performance.now() - shownAt.current),
        sectionId,
        cram,
        ...(card.kind === "typein" && typed !== null ? { typed: { answer: typed, claimed } } : {}),
      };
      run(() => recordReviewAction(input), {
        onSuccess: applyView,
        unreachable: "Your rating wasn't saved. Check your connection and try again.",
        // A rating that counts is kept on the device and synced later (a cram practice rating is not).
        onUnreachable: async () =>
          !cram && userId && (await keepRatingOnDevice(userId, input, new Date()))
            ? "No network: your rating is kept on this device and syncs when you are back online."
            : undefined,
      });
    },
    [applyView, card, claimed, cram, isPending, isRevealed, run, sectionId, typed, userId],
  );

  const undo = useCallback(() => {
    if (isPending || !view.canUndo) return;
    const input = view.undoKey ? { requestId: view.undoKey, sectionId, cram } : undefined;
    run(() => undoReviewAction(input), {
      onSuccess: applyView,
      unreachable: "Undo didn't reach the server. Check your connection and try again.",
    });
  }, [applyView, cram, isPending, run, view.canUndo, view.undoKey, sectionId]);

  /** Bury (until the next study day) or suspend the card on screen. */
  const setAside = useCallback(
    (how: "bury" | "suspend") => {
      if (!card || isPending) return;
      const flashcardId = card.flashcardId;
      run(() => (how === "bury" ? buryCardAction : suspendCardAction)({ flashcardId, sectionId, cram }), { onSuccess: applyView });
    },
    [applyView, card, cram, isPending, run, sectionId],
  );

  useStudyShortcuts({ isRevealed, suggested, reveal, rate, undo, setAside, setShowHelp });

  return (
    <div className="study">
      <StudyProgress view={view} />
      <VerdictAnnouncer card={isRevealed ? card : null} typed={typed} isCorrect={isTypedCorrect} />
      {message && !message.ok ? <Alert tone="error">{message.text}</Alert> : null}
      {notice ? (
        <Alert tone="success" className="study-notice">
          {notice} {/Leeches/.test(notice) ? <Link href="/leeches">Open Leeches</Link> : null}
        </Alert>
      ) : null}

      {card ? (
        <section className="card flashcard" aria-labelledby="card-heading" data-flashcard-id={card.flashcardId} ref={cardRef} tabIndex={-1}>
          <header className="flashcard-meta small muted">
            <span className={`phase phase-${card.phase}`}>{card.phase}</span>
            {card.isLeech ? <span className="phase phase-learning">leech</span> : null}
            <span>{card.sectionTitle}</span>
          </header>
          <h2 id="card-heading" className="visually-hidden">
            Card
          </h2>
          <CardFront card={card} isRevealed={isRevealed} />
          {card.kind === "typein" && !isRevealed ? (
            <div className="field">
              <label htmlFor="typein">Your answer</label>
              <input ref={inputRef} id="typein" type="text" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} />
            </div>
          ) : null}
          {isRevealed ? <AnswerSide card={card} typed={typed} isCorrect={isTypedCorrect} /> : null}
          {isRevealed && isTypedCorrect === false ? <TypeInClaim claimed={claimed} onChange={setClaimed} /> : null}

          {!isRevealed ? (
            <button type="button" className="btn btn-primary btn-wide" onClick={reveal}>
              {card.kind === "typein" ? (
                <>
                  Check answer <kbd>Enter</kbd>
                </>
              ) : (
                <>
                  Show answer <kbd>Space</kbd>
                </>
              )}
            </button>
          ) : (
            <RatingButtons card={card} suggested={suggested} disabled={isPending} onRate={rate} />
          )}
        </section>
      ) : (
        <StudyDone view={view} sectionId={sectionId} timeZone={timeZone} />
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
        <button
          type="button"
          className="btn keyboard-only"
          onClick={() => setShowHelp((s) => !s)}
          aria-expanded={showHelp}
          aria-controls="shortcuts"
        >
          Shortcuts <kbd>?</kbd>
        </button>
      </div>
      {showHelp ? <StudyShortcutsHelp /> : null}
    </div>
  );
}
