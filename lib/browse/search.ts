import MiniSearch, { type SearchOptions as SearchOptionsOf } from "minisearch";
import type { Bank } from "@/lib/content/bank";
import { flashcardAnswer, flashcardPrompt, questionAnswer, questionPrompt } from "@/lib/content/format";

/** What a row of /browse is: a fact, one of its flashcards or one of its questions. */
export type EntryType = "fact" | "flashcard" | "question";

export interface BrowseEntry {
  /** `fact:<id>`, `flashcard:<id>` or `question:<id>`. */
  key: string;
  type: EntryType;
  itemId: string;
  factId: string;
  sectionId: string;
  /** The content kind: "fact", a flashcard kind (basic, cloze, typein) or a question kind (mcq…). */
  kind: string;
  prompt: string;
  answer: string;
  /** The fact's quote, on the fact's row only: an item is found by its fact's words through the fact (indexing it four times over would slow every search). */
  quote: string;
  explanation: string;
}

/** The fields searched for a question the student has open: its answer and explanation would give it away. */
const PUBLIC_FIELDS = ["prompt"];

interface BrowseIndex {
  entries: Map<string, BrowseEntry>;
  /** Entries in bank order (section, then fact, then its items): the order with no query. */
  ordered: BrowseEntry[];
  search: MiniSearch<BrowseEntry>;
}

const cache = new WeakMap<Bank, BrowseIndex>();

/** Every fact, flashcard and question of the bank as browse rows, in bank order. Pure. */
export function browseEntries(bank: Bank): BrowseEntry[] {
  const entries: BrowseEntry[] = [];
  // Retired items stay in the bank for history and export, not in what a student browses.
  const active = (id: string) => !bank.retired.ids.has(id);
  for (const fact of bank.facts.values()) {
    if (!active(fact.id)) continue;
    entries.push({
      key: `fact:${fact.id}`,
      type: "fact",
      itemId: fact.id,
      factId: fact.id,
      sectionId: fact.sectionId,
      kind: "fact",
      prompt: fact.statement,
      answer: "",
      quote: fact.quote,
      explanation: "",
    });
  }
  for (const card of bank.flashcards.values()) {
    if (!active(card.id)) continue;
    entries.push({
      key: `flashcard:${card.id}`,
      type: "flashcard",
      itemId: card.id,
      factId: card.factId,
      sectionId: card.sectionId,
      kind: card.kind,
      prompt: flashcardPrompt(card),
      answer: flashcardAnswer(card),
      quote: "",
      explanation: "",
    });
  }
  for (const question of bank.questions.values()) {
    if (!active(question.id)) continue;
    entries.push({
      key: `question:${question.id}`,
      type: "question",
      itemId: question.id,
      factId: question.factId,
      sectionId: question.sectionId,
      kind: question.kind,
      prompt: questionPrompt(question),
      answer: questionAnswer(question),
      quote: "",
      explanation: question.explanation,
    });
  }
  const order = new Map(bank.sections.map((section, i) => [section.id, i]));
  const typeOrder = { fact: 0, flashcard: 1, question: 2 };
  // Stable sort: by section in article order, then facts before flashcards before questions.
  return entries.sort((x, y) => (order.get(x.sectionId) ?? 0) - (order.get(y.sectionId) ?? 0) || typeOrder[x.type] - typeOrder[y.type]);
}

/**
 * The bank's search index, built once per bank (so once per server process: the bank is).
 * MiniSearch, in memory: BM25 ranking, prefix and typo-tolerant matching, no database round
 * trip; the bank is a few thousand short texts, which an inverted index answers in well
 * under a millisecond.
 */
export function browseIndex(bank: Bank): BrowseIndex {
  const cached = cache.get(bank);
  if (cached) return cached;
  const ordered = browseEntries(bank);
  const search = new MiniSearch<BrowseEntry>({
    idField: "key",
    fields: ["prompt", "answer", "quote", "explanation"],
    searchOptions: { boost: { prompt: 3, answer: 2, quote: 1, explanation: 0.5 }, combineWith: "AND" },
  });
  search.addAll(ordered);
  const index = { entries: new Map(ordered.map((e) => [e.key, e])), ordered, search };
  cache.set(bank, index);
  return index;
}

export interface SearchOptions {
  /** Question ids in an open attempt: their answer and explanation are not searched. */
  hiddenQuestionIds?: ReadonlySet<string>;
}

/**
 * The entries matching every word of `query`, best first (all entries in bank order for an
 * empty query). The last word matches as a prefix (results while typing); when nothing
 * matches, words of 5+ letters forgive a typo. Pure.
 *
 * @example searchBank(bank, "Murmansk")[0].prompt // a fact about the Chennai–Vladivostok corridor…
 */
export function searchBank(bank: Bank, query: string, options: SearchOptions = {}): BrowseEntry[] {
  const index = browseIndex(bank);
  const words = query.trim();
  if (words === "") return index.ordered;
  const hidden = options.hiddenQuestionIds ?? new Set<string>();
  // Exact and prefix matches first; typo tolerance only when they find nothing: expanding
  // every word to its near spellings costs more than the search itself on a big bank.
  const prefix = { prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1 };
  let matching: SearchOptionsOf = prefix;
  let results = index.search.search(words, matching);
  if (results.length === 0) {
    matching = { ...prefix, fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false) };
    results = index.search.search(words, matching);
  }
  let publicHits: Set<string> | undefined;
  return results.flatMap((result) => {
    const entry = index.entries.get(result.id as string);
    if (!entry) return [];
    if (entry.type === "question" && hidden.has(entry.itemId)) {
      // Found again searching only the fields that give nothing away, or not shown at all.
      publicHits ??= new Set(index.search.search(words, { ...matching, fields: PUBLIC_FIELDS }).map((r) => r.id as string));
      if (!publicHits.has(entry.key)) return [];
    }
    return [entry];
  });
}
