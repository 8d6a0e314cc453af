"use client";
import { useEffect, useRef, useState } from "react";
import { gradeTyped } from "@/lib/answers/grade";
import { enqueue, getDeck, getMeta, popLastRating, putDeck, setMeta } from "@/lib/offline/device-db";
import { newAllowance, nextOfflineCard, offlineCardView, offlineCounts, rateOffline } from "@/lib/offline/study-queue";
import { startOfNextStudyDay, studyDayNumber } from "@/lib/srs/day";
import type { OfflineDeck } from "@/lib/sync/types";
import { Alert } from "@/components/ui/alert";
import { AnswerSide, VerdictAnnouncer } from "@/components/flashcards/answer-side";
import { CardFront } from "@/components/flashcards/card-front";
import { RatingButtons, type Grade } from "@/components/flashcards/rating-buttons";
import { useStudyShortcuts } from "@/components/flashcards/use-study-shortcuts";

const STARTED_KEY = (userId: string) => `newStarted:${userId}`;
type Started = { day: number; count: number };

/** How long the card has been on screen (the rating's duration). */
function msSince(start: number): number {
  return Math.round(performance.now() - start);
}

function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, "");
}

/**
 * Studying with no network, from the deck kept on this device: the same cards, previews and
 * schedule as online (ts-fsrs with the student's parameters, in the browser). Each rating, bury
 * and suspend is queued with its request key, its moment and its duration, and synced later.
 * Undo takes the latest queued rating back off the device (it was never sent); a rating already
 * synced can be undone once online.
 */
export function OfflineStudy({ userId }: { userId: string }) {
  const [deck, setDeck] = useState<OfflineDeck | null | undefined>(undefined);
  const [started, setStarted] = useState<Started | undefined>(undefined);
  const [isRevealed, setRevealed] = useState(false);
  const [draft, setDraft] = useState("");
  const [typed, setTyped] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  const [now, setNow] = useState(() => new Date());
  const shownAt = useRef(0);

  useEffect(() => {
    void Promise.all([getDeck(userId), getMeta(STARTED_KEY(userId))]).then(([d, s]) => {
      setDeck(d ?? null);
      setStarted(s ? (JSON.parse(s) as Started) : undefined);
    });
  }, [userId]);

  const newLeft = deck ? newAllowance(deck, started, now) : 0;
  const current = deck ? nextOfflineCard(deck, newLeft, now) : null;
  const view = deck && current ? offlineCardView(deck, current, now) : null;
  const flashcardId = current?.flashcardId ?? null;

  useEffect(() => {
    shownAt.current = performance.now();
  }, [flashcardId]);

  const isTypedCorrect =
    view?.kind === "typein" && typed !== null && view.accepted
      ? gradeTyped(typed, { accepted: view.accepted, prompt: view.front }).correct
      : null;
  const suggested: Grade | null = isTypedCorrect === null ? null : isTypedCorrect ? 3 : 1;

  async function save(next: OfflineDeck, nextStarted?: Started) {
    setDeck(next);
    setRevealed(false);
    setDraft("");
    setTyped(null);
    setNow(new Date());
    await putDeck(next);
    if (nextStarted) {
      setStarted(nextStarted);
      await setMeta(STARTED_KEY(userId), JSON.stringify(nextStarted));
    }
  }

  function reveal() {
    if (!view || isRevealed) return;
    if (view.kind === "typein") setTyped(draft.trim());
    setRevealed(true);
  }

  async function rate(grade: Grade) {
    if (!deck || !current || !isRevealed) return;
    const at = new Date();
    const state = rateOffline(deck, current, grade, at);
    await enqueue({
      kind: "rate",
      requestId: newRequestId(),
      userId,
      flashcardId: current.flashcardId,
      rating: grade,
      at: at.toISOString(),
      durationMs: msSince(shownAt.current),
      previous: current.state,
    });
    const today = studyDayNumber(at, deck.options);
    const wasNew = !current.state || current.state.state === 0;
    const nextStarted = wasNew ? { day: today, count: (started?.day === today ? started.count : 0) + 1 } : undefined;
    setNotice(null);
    setCanUndo(true);
    await save({ ...deck, cards: deck.cards.map((c) => (c.flashcardId === current.flashcardId ? { ...c, state } : c)) }, nextStarted);
  }

  async function undo() {
    if (!deck) return;
    const last = await popLastRating(userId);
    if (!last || last.kind !== "rate") {
      setCanUndo(false);
      setNotice("Nothing to undo on this device. A rating that has synced can be undone once you are online.");
      return;
    }
    const wasNew = !last.previous || last.previous.state === 0;
    const today = studyDayNumber(new Date(last.at), deck.options);
    const nextStarted = wasNew && started?.day === today ? { day: today, count: Math.max(0, started.count - 1) } : undefined;
    setNotice(`Undid “${["Again", "Hard", "Good", "Easy"][last.rating - 1]}”: the card is back to answer again.`);
    await save(
      { ...deck, cards: deck.cards.map((c) => (c.flashcardId === last.flashcardId ? { ...c, state: last.previous } : c)) },
      nextStarted,
    );
  }

  async function setAside(how: "bury" | "suspend") {
    if (!deck || !current) return;
    const at = new Date();
    await enqueue({ kind: how, requestId: newRequestId(), userId, flashcardId: current.flashcardId, at: at.toISOString() });
    const change = how === "bury" ? { buriedUntil: startOfNextStudyDay(at, deck.options).toISOString() } : { isSuspended: true };
    setNotice(how === "bury" ? "Card buried until tomorrow (syncs when you are online)." : "Card suspended (syncs when you are online).");
    setCanUndo(false);
    await save({ ...deck, cards: deck.cards.map((c) => (c.flashcardId === current.flashcardId ? { ...c, ...change } : c)) });
  }

  useStudyShortcuts({
    isRevealed,
    suggested,
    reveal,
    rate: (g) => void rate(g),
    undo: () => void undo(),
    setAside: (how) => void setAside(how),
    setShowHelp: () => undefined,
  });

  if (deck === undefined) return <p className="muted">Loading the cards kept on this device…</p>;
  if (deck === null) {
    return (
      <Alert tone="error">
        No cards are kept on this device yet: open Factdeck once while online, and your next two days of cards are kept here to study
        offline.
      </Alert>
    );
  }
  const counts = offlineCounts(deck, newLeft, now);
  return (
    <div className="study" data-testid="offline-study">
      <p className="muted small">
        Studying offline from this device · {counts.new} new · {counts.learning} learning · {counts.review} to review
      </p>
      <VerdictAnnouncer card={isRevealed ? view : null} typed={typed} isCorrect={isTypedCorrect} />
      {notice ? (
        <Alert tone="success" className="study-notice">
          {notice}
        </Alert>
      ) : null}
      {view ? (
        <section className="card flashcard" aria-labelledby="card-heading" data-flashcard-id={view.flashcardId}>
          <header className="flashcard-meta small muted">
            <span className={`phase phase-${view.phase}`}>{view.phase}</span>
            <span>{view.sectionTitle}</span>
          </header>
          <h2 id="card-heading" className="visually-hidden">
            Card
          </h2>
          <CardFront card={view} isRevealed={isRevealed} />
          {view.kind === "typein" && !isRevealed ? (
            <div className="field">
              <label htmlFor="typein">Your answer</label>
              <input id="typein" type="text" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} />
            </div>
          ) : null}
          {isRevealed ? <AnswerSide card={view} typed={typed} isCorrect={isTypedCorrect} /> : null}
          {!isRevealed ? (
            <button type="button" className="btn btn-primary btn-wide" onClick={reveal}>
              {view.kind === "typein" ? "Check answer" : "Show answer"} <kbd>{view.kind === "typein" ? "Enter" : "Space"}</kbd>
            </button>
          ) : (
            <RatingButtons card={view} suggested={suggested} disabled={false} onRate={(g) => void rate(g)} />
          )}
        </section>
      ) : (
        <div className="card">
          <h2>Done with the cards on this device</h2>
          <p>Everything kept here for now is studied. Your ratings sync when you are back online.</p>
        </div>
      )}
      <div className="study-tools actions">
        <button type="button" className="btn" onClick={() => void undo()} disabled={!canUndo} aria-keyshortcuts="z">
          ↶ Undo <kbd>Z</kbd>
        </button>
        {view ? (
          <>
            <button type="button" className="btn" onClick={() => void setAside("bury")} aria-keyshortcuts="-">
              Bury card <kbd>-</kbd>
            </button>
            <button type="button" className="btn" onClick={() => void setAside("suspend")} aria-keyshortcuts="@">
              Suspend card <kbd>@</kbd>
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
