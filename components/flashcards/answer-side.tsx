"use client";
import { useEffect, useRef } from "react";
import type { StudyCardView } from "@/lib/srs/types";
import { CardBack, typedVerdict } from "./card-back";

/**
 * The revealed answer, online or offline. Focus moves here as it appears (the Show answer button
 * it replaces is gone, and focus fell to <body>): a screen reader reads the answer, and the keys
 * still rate, Enter taking the suggestion.
 */
export function AnswerSide({ card, typed, isCorrect }: { card: StudyCardView; typed: string | null; isCorrect: boolean | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-label="Answer" className="answer-side">
      <CardBack card={card} typed={typed} isCorrect={isCorrect} />
    </div>
  );
}

/**
 * A type-in card's verdict for a screen reader, from a live region that is always in the page
 * (one inserted together with its text is often not read). The visible verdict is hidden from
 * screen readers, so it is said once.
 */
export function VerdictAnnouncer({
  card,
  typed,
  isCorrect,
}: {
  card: StudyCardView | null;
  typed: string | null;
  isCorrect: boolean | null;
}) {
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="typein-verdict">
      {card && typed !== null && isCorrect !== null ? typedVerdict(card, typed, isCorrect) : ""}
    </p>
  );
}
