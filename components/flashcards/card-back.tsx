import { QuoteLink } from "@/components/article/quote-link";
import type { StudyCardView } from "@/lib/srs/types";

const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The answer side: the answer, a type-in card's verdict on what was typed, and the source quote.
 * A cloze card's answer is filled into the sentence on the front, and its quote is shown only
 * when it says more than that sentence (usually the cloze text is the quote itself).
 */
export function CardBack({ card, typed, isCorrect }: { card: StudyCardView; typed: string | null; isCorrect: boolean | null }) {
  const cloze = card.kind === "cloze" && card.cloze ? card.cloze : null;
  const showQuote = !cloze || !plain(`${cloze.before}${card.answer}${cloze.after}`).includes(plain(card.quote));
  if (cloze && !showQuote) {
    // The filled-in sentence on the front is the quote: say where it comes from, don't print it again.
    return (
      <div className="card-back">
        <p className="source-note">
          From the article · {card.sectionTitle} · <QuoteLink factId={card.factId} />
        </p>
      </div>
    );
  }
  return (
    <div className="card-back">
      {cloze ? null : (
        <p className="card-answer">
          <strong>{card.answer}</strong>
        </p>
      )}
      {card.kind === "typein" && typed !== null ? (
        <p className={`typein-result ${isCorrect ? "is-correct" : "is-wrong"}`}>
          {isCorrect ? "✓ Correct" : "✗ Not quite"}: you typed “{typed || "(nothing)"}”.
          {card.accepted && card.accepted.length > 1 ? ` Accepted: ${card.accepted.join(", ")}.` : ""}
        </p>
      ) : null}
      {showQuote ? (
        <figure className="source-quote">
          <blockquote>“{card.quote}”</blockquote>
          <figcaption>
            From the article · {cloze ? "the fuller passage · " : ""}
            {card.sectionTitle} · <QuoteLink factId={card.factId} />
          </figcaption>
        </figure>
      ) : null}
    </div>
  );
}
