import type { StudyCardView } from "@/lib/srs/types";

/** The question side of a card; a cloze card shows its blank. */
export function CardFront({ card }: { card: StudyCardView }) {
  if (card.kind === "cloze" && card.cloze) {
    return (
      <p className="card-front">
        {card.cloze.before}<span className="cloze-blank" aria-label="blank">[…]</span>{card.cloze.after}
      </p>
    );
  }
  return <p className="card-front">{card.front}</p>;
}
