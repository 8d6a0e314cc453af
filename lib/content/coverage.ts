import type { Bank } from "./bank";
import { normalizeText } from "./source";

export interface SentenceCoverage {
  paragraph: number;
  sectionId: string;
  sentence: string;
  factIds: string[];
}

export interface CoverageReport {
  sentences: SentenceCoverage[];
  uncovered: SentenceCoverage[];
  text: string;
}

/** Sections whose sentences need no fact (the author's bio and contact details). */
const EXEMPT_SECTIONS = new Set(["about-the-author"]);

/** Split a paragraph into sentences, keeping their offsets. */
export function splitSentences(paragraph: string): { text: string; start: number; end: number }[] {
  const sentences: { text: string; start: number; end: number }[] = [];
  // A sentence ends at . ! ? (optionally followed by a closing quote) before a space and a capital or quote.
  const boundary = /[.!?]["'”’]?(?=\s+["'“‘]?[A-Z])/g;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    sentences.push({ text: paragraph.slice(start, end).trim(), start, end });
    start = end;
  }
  if (start < paragraph.length) sentences.push({ text: paragraph.slice(start).trim(), start, end: paragraph.length });
  return sentences.filter((s) => s.text.length > 0);
}

/**
 * Which facts cover which sentences of the article. A sentence counts as
 * covered when a fact's quote overlaps it by at least 20 characters (or the
 * whole sentence, if shorter).
 */
export function coverageReport(bank: Bank): CoverageReport {
  const sentences: SentenceCoverage[] = [];
  const lines: string[] = [];
  const pullQuotes = bank.deck.pullQuotes.map(normalizeText);
  for (const section of bank.sections) {
    lines.push(`\n## ${section.title} (${section.id})`);
    for (const paragraph of section.paragraphs) {
      const text = normalizeText(paragraph.text);
      if (pullQuotes.some((start) => text.startsWith(start))) {
        lines.push(`\n¶${paragraph.number} — pull-quote: restates body text, needs no fact of its own`);
        for (const sentence of splitSentences(text))
          lines.push(`  – ${sentence.text.slice(0, 110)}${sentence.text.length > 110 ? "…" : ""}`);
        continue;
      }
      const quoteSpans = section.factIds.flatMap((id) => {
        const quote = normalizeText(bank.facts.get(id)?.quote ?? "");
        const spans: { id: string; start: number; end: number }[] = [];
        for (let at = text.indexOf(quote); quote && at !== -1; at = text.indexOf(quote, at + 1)) {
          spans.push({ id, start: at, end: at + quote.length });
        }
        return spans;
      });
      const paragraphFacts = [...new Set(quoteSpans.map((s) => s.id))];
      lines.push(`\n¶${paragraph.number} — ${paragraphFacts.length} fact(s): ${paragraphFacts.join(", ") || "none"}`);
      for (const sentence of splitSentences(text)) {
        const needed = Math.min(20, sentence.end - sentence.start);
        const factIds = [
          ...new Set(
            quoteSpans.filter((s) => Math.min(s.end, sentence.end) - Math.max(s.start, sentence.start) >= needed).map((s) => s.id),
          ),
        ];
        const entry = { paragraph: paragraph.number, sectionId: section.id, sentence: sentence.text, factIds };
        sentences.push(entry);
        const mark = factIds.length > 0 ? "✓" : EXEMPT_SECTIONS.has(section.id) ? "–" : "✗";
        lines.push(
          `  ${mark} ${sentence.text.slice(0, 110)}${sentence.text.length > 110 ? "…" : ""}${factIds.length ? `  [${factIds.join(", ")}]` : ""}`,
        );
      }
    }
  }
  const uncovered = sentences.filter((s) => s.factIds.length === 0 && !EXEMPT_SECTIONS.has(s.sectionId));
  const covered = sentences.length - sentences.filter((s) => s.factIds.length === 0).length;
  lines.push(`\n${covered}/${sentences.length} sentences covered; ${uncovered.length} uncovered outside the author's bio.`);
  for (const s of uncovered) lines.push(`  UNCOVERED ¶${s.paragraph} (${s.sectionId}): ${s.sentence}`);
  return { sentences, uncovered, text: lines.join("\n").trimStart() };
}
