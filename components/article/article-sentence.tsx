import type { FactState } from "@/lib/article/fact-state";
import { factStateLabel } from "@/lib/article/fact-state";
import { factAnchor, type ArticleSentence } from "@/lib/article/sentences";

export interface SentenceFact {
  id: string;
  statement: string;
  state: FactState;
}

/**
 * One sentence. A sentence that backs facts is marked and focusable: hovering, tapping or
 * tabbing to it shows its facts with the student's state (CSS :hover / :focus-within, no
 * script). The facts are also its accessible description, so a screen reader hears them.
 */
export function Sentence({ sentence, facts }: { sentence: ArticleSentence; facts: SentenceFact[] }) {
  // A retired fact's anchor stays (an old quiz result links to it), on an unmarked sentence.
  const retiredAnchors = sentence.retiredFactIds.map((id) => <span key={id} id={factAnchor(id)} className="fact-anchor" />);
  if (facts.length === 0)
    return (
      <span id={sentence.id}>
        {retiredAnchors}
        {sentence.text}{" "}
      </span>
    );
  const listId = `${sentence.id}-facts`;
  return (
    <>
      <span id={sentence.id} className="backed" tabIndex={0} aria-describedby={listId}>
        {facts.map((fact) => (
          <span key={fact.id} id={factAnchor(fact.id)} className="fact-anchor" />
        ))}
        {retiredAnchors}
        {sentence.text}
        <span className="fact-pop" id={listId} role="group" aria-label={`${facts.length === 1 ? "Fact" : "Facts"} from this sentence`}>
          {facts.map((fact) => (
            <span key={fact.id} className="fact-pop-row">
              <span className={`fact-state state-${fact.state.kind}`}>{factStateLabel(fact.state)}</span> {fact.statement}
            </span>
          ))}
        </span>
      </span>{" "}
    </>
  );
}
