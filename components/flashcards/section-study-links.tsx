import Link from "next/link";

/**
 * "Study this section" and "Quiz me on this section": one section's flashcards (its due cards
 * first; the study page offers its new cards beyond today's limit and a cram session) and the
 * quiz builder with the section ticked. The section's title is in each link's name for a screen
 * reader's list of links, where every section has the same two (the visible words come first).
 */
export function SectionStudyLinks({ sectionId, title }: { sectionId: string; title: string }) {
  return (
    <span className="section-study-links actions">
      <Link className="btn" href={`/study?section=${encodeURIComponent(sectionId)}`} aria-label={`Study this section: ${title}`}>
        Study this section
      </Link>
      <Link
        className="btn"
        href={`/quiz?section=${encodeURIComponent(sectionId)}#builder-heading`}
        aria-label={`Quiz me on this section: ${title}`}
      >
        Quiz me on this section
      </Link>
    </span>
  );
}
