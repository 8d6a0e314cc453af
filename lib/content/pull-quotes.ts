import { normalizeText, type SourceParagraph } from "./source";

/**
 * Pull-quotes (deck.json `pullQuotes`) restate body text in a box. Each listed start must begin a
 * paragraph; a fact given here (the active ones) may not quote only a pull-quote, because its
 * point then sits in the wrong section and duplicates a body fact. Pure.
 */
export function checkPullQuotes(
  starts: readonly string[],
  paragraphs: readonly SourceParagraph[],
  facts: readonly { id: string; sectionId: string; quote: string }[],
  report: { start: (index: number, start: string) => void; fact: (id: string) => void },
): void {
  if (starts.length === 0) return;
  const boxes = new Set<string>();
  for (const [index, start] of starts.entries()) {
    const paragraph = paragraphs.find((p) => normalizeText(p.text).startsWith(normalizeText(start)));
    if (paragraph) boxes.add(normalizeText(paragraph.text));
    else report.start(index, start);
  }
  const body = new Map<string, string[]>();
  for (const paragraph of paragraphs) {
    const text = normalizeText(paragraph.text);
    if (!boxes.has(text)) body.set(paragraph.sectionId, [...(body.get(paragraph.sectionId) ?? []), text]);
  }
  for (const fact of facts) {
    const quote = normalizeText(fact.quote);
    const inBody = (body.get(fact.sectionId) ?? []).some((text) => text.includes(quote));
    if (!inBody && [...boxes].some((text) => text.includes(quote))) report.fact(fact.id);
  }
}
