import type { Metadata } from "next";
import { Sentence } from "@/components/article/article-sentence";
import { SectionStudyLinks } from "@/components/flashcards/section-study-links";
import { getFactStates } from "@/lib/article/queries";
import { articleOf } from "@/lib/article/sentences";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import "./article.css";

export const metadata: Metadata = { title: "The article" };

export default async function ArticlePage() {
  const user = await requireUser("/article");
  const bank = getBank();
  const states = await getFactStates(db, user.id, bank, new Date());
  const factsOf = (ids: string[]) =>
    ids.flatMap((id) => {
      const fact = bank.facts.get(id);
      return fact ? [{ id, statement: fact.statement, state: states.get(id) ?? { kind: "new" as const } }] : [];
    });
  return (
    <article className="article-text card">
      <h1>{bank.deck.title}</h1>
      <p className="muted small">
        Marked sentences back a fact you study. Hover, tap or tab to one to see its facts and how well you know them.
      </p>
      {articleOf(bank).map((section) => (
        <section key={section.id} id={`section-${section.id}`} aria-labelledby={`h-${section.id}`}>
          <h2 id={`h-${section.id}`}>{section.title}</h2>
          <SectionStudyLinks sectionId={section.id} title={section.title} />
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph.number} className="article-paragraph">
              {paragraph.sentences.map((sentence) => (
                <Sentence key={sentence.id} sentence={sentence} facts={factsOf(sentence.factIds)} />
              ))}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
