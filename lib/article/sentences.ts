import type { Bank } from "@/lib/content/bank";
import { normalizeText } from "@/lib/content/source";

/** One sentence of the article, with the facts whose quote starts in it. */
export interface ArticleSentence {
  /** Anchor id, stable while the article text is unchanged: `s-<paragraph>-<sentence>`. */
  id: string;
  text: string;
  factIds: string[];
}

export interface ArticleParagraph {
  number: number;
  sentences: ArticleSentence[];
}

export interface ArticleSection {
  id: string;
  title: string;
  heading: boolean;
  paragraphs: ArticleParagraph[];
}

/**
 * Split a paragraph into sentences: after . ! ? (and a closing quote) followed by a space
 * and a capital, digit or opening quote. Abbreviations such as "U.S." rarely end a line in
 * this article; a wrong split only makes two marks where one would do.
 */
export function splitSentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?][’”"')\]]?)\s+(?=[A-Z0-9‘“"'(])/u);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/** The anchor of a fact: a marker inside its sentence, so links need only the fact id. */
export function factAnchor(factId: string): string {
  return `fact-${factId}`;
}

/** The link that opens the article scrolled to the sentence backing `factId`. */
export function articleHref(factId: string): string {
  return `/article#${factAnchor(factId)}`;
}

const cache = new WeakMap<Bank, ArticleSection[]>();

/**
 * The article by section, each sentence with the facts whose quote begins in it (the
 * quote is found in the paragraph's normalised text; a quote spanning two sentences is
 * marked on the first). Built once per bank. Pure.
 */
export function articleOf(bank: Bank): ArticleSection[] {
  const cached = cache.get(bank);
  if (cached) return cached;
  const factsByParagraph = new Map<number, { factId: string; at: number }[]>();
  for (const fact of bank.facts.values()) {
    const quote = normalizeText(fact.quote);
    const paragraph =
      bank.paragraphs.find((p) => p.sectionId === fact.sectionId && normalizeText(p.text).includes(quote)) ??
      bank.paragraphs.find((p) => normalizeText(p.text).includes(quote));
    if (!paragraph) continue;
    const list = factsByParagraph.get(paragraph.number) ?? [];
    list.push({ factId: fact.id, at: normalizeText(paragraph.text).indexOf(quote) });
    factsByParagraph.set(paragraph.number, list);
  }
  const sections = bank.sections.map((section): ArticleSection => ({
    id: section.id,
    title: section.title,
    heading: section.heading,
    paragraphs: section.paragraphs.map((paragraph) => {
      const facts = factsByParagraph.get(paragraph.number) ?? [];
      let offset = 0;
      const normalised = normalizeText(paragraph.text);
      const sentences = splitSentences(normalised).map((text, index): ArticleSentence => {
        const start = normalised.indexOf(text, offset);
        const end = start + text.length;
        offset = end;
        const factIds = facts.filter((f) => f.at >= start && f.at < end).map((f) => f.factId);
        return { id: `s-${paragraph.number}-${index + 1}`, text, factIds };
      });
      return { number: paragraph.number, sentences };
    }),
  }));
  cache.set(bank, sections);
  return sections;
}
