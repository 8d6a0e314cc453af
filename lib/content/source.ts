import { wordsToDigits } from "@/lib/answers/numbers";
import type { Section } from "./schemas";

/**
 * Normalise text for verbatim comparison: typographic quotes become straight
 * quotes and runs of whitespace become one space. Nothing else changes, so a
 * quote that matches after this is the article's own wording.
 *
 * @example normalizeText("the ‘Looking-over-one’s-shoulder’  phase") === "the 'Looking-over-one's-shoulder' phase"
 */
export function normalizeText(value: string): string {
  return value
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** {@link normalizeText}, then lower case: for answers that must appear in a quote. */
export function normalizeLoose(value: string): string {
  return normalizeText(value).toLowerCase();
}

export interface SourceParagraph {
  /** 1-based position among the article's paragraphs (headings excluded). */
  number: number;
  sectionId: string;
  text: string;
}

export interface ParsedSource {
  paragraphs: SourceParagraph[];
  /** Section id → its paragraphs joined by a blank line, normalised. */
  sectionText: Map<string, string>;
  /** Section ids whose `start` was not found, in deck order. */
  missingStarts: string[];
}

/**
 * Split the article into paragraphs (one non-empty line each) and assign each
 * to a section of the deck by the sections' `start` lines, in order.
 */
export function parseSource(sourceText: string, sections: readonly Section[]): ParsedSource {
  const lines = sourceText.split(/\r?\n/).map((line) => line.trim());
  const paragraphs: SourceParagraph[] = [];
  const missingStarts: string[] = [];
  let sectionIndex = -1;
  let cursor = 0;

  // Find each section's start line after the previous one, so order is enforced.
  const startLineOf = new Map<number, number>();
  for (const [index, section] of sections.entries()) {
    const wanted = normalizeText(section.start);
    const found = lines.findIndex((line, i) => i >= cursor && normalizeText(line).startsWith(wanted));
    if (found === -1) {
      missingStarts.push(section.id);
      continue;
    }
    startLineOf.set(found, index);
    cursor = found + 1;
  }

  for (const [lineNumber, line] of lines.entries()) {
    const startsSection = startLineOf.get(lineNumber);
    if (startsSection !== undefined) {
      sectionIndex = startsSection;
      if (sections[startsSection]?.heading) continue;
    }
    if (line === "" || sectionIndex < 0) continue;
    const section = sections[sectionIndex];
    if (!section) continue;
    paragraphs.push({ number: paragraphs.length + 1, sectionId: section.id, text: line });
  }

  const sectionText = new Map<string, string>();
  for (const section of sections) {
    const text = paragraphs
      .filter((p) => p.sectionId === section.id)
      .map((p) => normalizeText(p.text))
      .join("\n\n");
    sectionText.set(section.id, text);
  }
  return { paragraphs, sectionText, missingStarts };
}

/** Words that stand for a number on their own, which wordsToDigits (made for typed answers) leaves as words. */
const MORE_NUMBER_WORDS: Record<string, number> = { hundred: 100, dozen: 12, half: 0.5 };

/**
 * Every number written in a passage, as digits ("30%", "$68.7", "1,000",
 * "2047") or as a simple word ("three", "five", "second").
 */
export function numbersIn(passage: string): number[] {
  const found: number[] = [];
  const text = wordsToDigits(passage.toLowerCase());
  for (const match of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const value = Number(match[0].replace(/,/g, ""));
    if (Number.isFinite(value)) found.push(value);
  }
  for (const word of text.match(/[a-z]+/g) ?? []) {
    const value = MORE_NUMBER_WORDS[word];
    if (value !== undefined) found.push(value);
  }
  return found;
}
