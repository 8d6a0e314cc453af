import type { StudyCardView } from "@/lib/srs/types";

/** The answer side: the answer, a type-in card's verdict on what was typed, and the source quote. */
export function CardBack({ card, typed, isCorrect }: { card: StudyCardView; typed: string | null; isCorrect: boolean | null }) {
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
