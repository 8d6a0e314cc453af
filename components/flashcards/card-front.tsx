import type { StudyCardView } from "@/lib/srs/types";

/**
 * The question side of a card. A cloze card shows its blank and the hint on the form of the
 * missing words; once revealed, the blank is filled in place, so the sentence is printed once.
 */
export function CardFront({ card, isRevealed = false }: { card: StudyCardView; isRevealed?: boolean }) {
  if (card.kind === "cloze" && card.cloze) {
    return (
      <div className="card-front-wrap">
        <p className="card-front">
          {card.cloze.before}
          {isRevealed ? (
            <mark className="cloze-answer">{card.answer}</mark>
          ) : (
            <span className="cloze-blank" aria-label="blank">
              […]
            </span>
          )}
          {card.cloze.after}
        </p>
        {card.hint && !isRevealed ? <p className="cloze-hint">Hint: {card.hint}</p> : null}
      </div>
    );
  }
  return <p className="card-front">{card.front}</p>;
}
