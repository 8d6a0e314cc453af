import { QuoteLink } from "@/components/article/quote-link";
import type { StudyCardView } from "@/lib/srs/types";

const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** What a type-in card says of what was typed: "✗ Not quite: you typed “…”. Accepted: …". */
export function typedVerdict(card: StudyCardView, typed: string, isCorrect: boolean): string {
  const accepted = card.accepted && card.accepted.length > 1 ? ` Accepted: ${card.accepted.join(", ")}.` : "";
  return `${isCorrect ? "✓ Correct" : "✗ Not quite"}: you typed “${typed || "(nothing)"}”.${accepted}`;
}

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
        // Said by VerdictAnnouncer's live region instead (answer-side.tsx), so it is read once.
        <p className={`typein-result ${isCorrect ? "is-correct" : "is-wrong"}`} aria-hidden="true">
          {typedVerdict(card, typed, isCorrect === true)}
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
