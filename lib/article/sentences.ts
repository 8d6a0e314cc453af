import type { Bank } from "@/lib/content/bank";
import { isActive } from "@/lib/content/retire";
import { normalizeText } from "@/lib/content/source";

/** One sentence of the article, with the facts whose quote starts in it. */
export interface ArticleSentence {
  /** Anchor id, stable while the article text is unchanged: `s-<paragraph>-<sentence>`. */
  id: string;
  text: string;
  /** The studied facts whose quote starts here: the sentence is marked and lists them. */
  factIds: string[];
  /** Retired facts quoted here: an anchor only, so an old result's link still lands, but no mark. */
  retiredFactIds: string[];
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
 * marked on the first). A retired fact (ids.lock.json) is not marked: it is no longer studied,
 * and its sentence would list a fact the student never meets; it keeps only its anchor.
 * Built once per bank. Pure.
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
        const here = facts.filter((f) => f.at >= start && f.at < end).map((f) => f.factId);
        const factIds = here.filter((id) => isActive(bank, id));
        const retiredFactIds = here.filter((id) => !isActive(bank, id));
        return { id: `s-${paragraph.number}-${index + 1}`, text, factIds, retiredFactIds };
      });
      return { number: paragraph.number, sentences };
    }),
  }));
  cache.set(bank, sections);
  return sections;
}
