import type { Metadata } from "next";
import Link from "next/link";
import { browseParamsSchema } from "@/lib/browse/schemas";
import { getBrowseStudent } from "@/lib/browse/queries";
import { searchBank } from "@/lib/browse/search";
import { BROWSE_STATES, filterEntries } from "@/lib/browse/states";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { FLASHCARD_KINDS, QUESTION_KINDS } from "@/lib/content/schemas";
import { db } from "@/lib/db/client";
import { KIND_LABELS } from "@/lib/quiz/limits";
import { SectionStudyLinks } from "@/components/flashcards/section-study-links";
import "./browse.css";

export const metadata: Metadata = { title: "Browse" };

/** Rows shown at once: enough to scan, few enough for a phone; the count says how many matched. */
const SHOWN = 100;
const TYPE_LABEL = { fact: "Fact", flashcard: "Flashcard", question: "Question" } as const;
const CARD_LABELS: Record<string, string> = { basic: "Basic card", cloze: "Cloze card", typein: "Type-in card" };

export default async function BrowsePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/browse");
  const params = browseParamsSchema.parse(await searchParams);
  const bank = getBank();
  const { states, hiddenQuestionIds } = await getBrowseStudent(db, user.id, bank, new Date());
  const found = filterEntries(searchBank(bank, params.q ?? "", { hiddenQuestionIds }), params, states);
  const sectionTitle = new Map(bank.sections.map((s) => [s.id, s.title]));
  return (
    <div className="stack">
      <h1>Browse</h1>
      <form className="card browse-form" method="get" role="search" aria-label="Search the bank">
        <div className="browse-q">
          <label htmlFor="browse-q">Words</label>
          <input id="browse-q" name="q" type="search" defaultValue={params.q ?? ""} placeholder="e.g. Murmansk, tariffs, BrahMos" />
        </div>
        <div>
          <label htmlFor="browse-section">Section</label>
          <select id="browse-section" name="section" defaultValue={params.section ?? ""}>
            <option value="">All sections</option>
            {bank.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="browse-kind">Kind</label>
          <select id="browse-kind" name="kind" defaultValue={params.kind ?? ""}>
            <option value="">Everything</option>
            <option value="fact">Facts</option>
            <option value="flashcard">All flashcards</option>
            {FLASHCARD_KINDS.map((k) => (
              <option key={k} value={k}>
                {CARD_LABELS[k]}
              </option>
            ))}
            <option value="question">All questions</option>
            {QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="browse-state">Your state</label>
          <select id="browse-state" name="state" defaultValue={params.state ?? ""}>
            <option value="">Any</option>
            {BROWSE_STATES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <button className="btn btn-primary" type="submit">
          Search
        </button>
      </form>
      {params.section && sectionTitle.has(params.section) ? (
        <SectionStudyLinks sectionId={params.section} title={sectionTitle.get(params.section)!} />
      ) : null}
      <p role="status" className="muted">
        {found.length === 0
          ? "Nothing matches: try fewer words or another filter."
          : `${found.length} found${found.length > SHOWN ? `, the first ${SHOWN} shown` : ""}.`}
      </p>
      <ul className="browse-list">
        {found.slice(0, SHOWN).map((entry) => {
          const hidden = entry.type === "question" && hiddenQuestionIds.has(entry.itemId);
          return (
            <li key={entry.key} className="card browse-row">
              <Link href={`/browse/${entry.factId}#${entry.key.replace(":", "-")}`}>{entry.prompt}</Link>
              <span className="small muted">
                {TYPE_LABEL[entry.type]}
                {entry.type === "flashcard"
                  ? ` · ${CARD_LABELS[entry.kind]}`
                  : entry.type === "question"
                    ? ` · ${KIND_LABELS[entry.kind as keyof typeof KIND_LABELS]}`
                    : ""}{" "}
                · {sectionTitle.get(entry.sectionId)}
                {[...(states.get(entry.key) ?? [])].map((s) => (
                  <span key={s} className="pill">
                    {s}
                  </span>
                ))}
              </span>
              {entry.answer ? (
                <span className="small">{hidden ? "Answer hidden: this question is in a quiz you have open." : entry.answer}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
