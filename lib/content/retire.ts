import type { RetiredEntry } from "./schemas";

/**
 * Retirement: an item taken out of study without deleting it. Students' reviews, quiz answers and
 * missed questions are stored under item ids, so a retired item stays in the bank (its history,
 * results and export still resolve) but leaves the study queue, the quiz draw and every count of
 * what is due or to be mastered. `content/ids.lock.json` lists the retired ids; a retired fact
 * retires its flashcards and questions with it.
 */

export interface Retirement {
  /** Every retired id: the listed ones, and the cards and questions of a retired fact. */
  ids: Set<string>;
  /** A retired fact → the active fact it duplicates (the quiz draw treats them as one fact). */
  duplicateOf: Map<string, string>;
}

interface Items {
  facts: ReadonlyMap<string, unknown>;
  flashcards: ReadonlyMap<string, { factId: string }>;
  questions: ReadonlyMap<string, { factId: string }>;
}

/** Resolve the lock's retired entries against the bank; each problem names the entry's id and field. */
export function resolveRetirement(
  entries: readonly RetiredEntry[],
  published: ReadonlySet<string>,
  items: Items,
  report: (id: string, field: string, message: string) => void,
): Retirement {
  const ids = new Set<string>();
  const duplicateOf = new Map<string, string>();
  for (const entry of entries) {
    const known = items.facts.has(entry.id) || items.flashcards.has(entry.id) || items.questions.has(entry.id);
    if (!known) {
      report(entry.id, "retired", "No fact, flashcard or question has this id; only an existing item can be retired.");
      continue;
    }
    if (!published.has(entry.id))
      report(entry.id, "retired", "This id was never published (it is not in ids): delete the item instead of retiring it.");
    if (ids.has(entry.id)) report(entry.id, "retired", "This id is retired twice.");
    ids.add(entry.id);
    if (entry.duplicateOf) {
      if (!items.facts.has(entry.id))
        report(entry.id, "retired.duplicateOf", "duplicateOf is for a retired fact; a retired card or question follows its fact.");
      else duplicateOf.set(entry.id, entry.duplicateOf);
    }
  }
  for (const list of [items.flashcards, items.questions]) {
    for (const [id, item] of list) if (ids.has(item.factId)) ids.add(id);
  }
  for (const [id, target] of duplicateOf) {
    if (!items.facts.has(target) || ids.has(target)) {
      report(
        id,
        "retired.duplicateOf",
        `duplicateOf must name an active fact; "${target}" is ${items.facts.has(target) ? "retired" : "not a fact"}.`,
      );
    }
  }
  return { ids, duplicateOf };
}

/** True when the item (fact, flashcard or question) is studied: not retired. */
export function isActive(bank: { retired: Retirement }, id: string): boolean {
  return !bank.retired.ids.has(id);
}

/** The flashcards a student studies: every one not retired. */
export function activeFlashcards<T extends { id: string }>(bank: { flashcards: ReadonlyMap<string, T>; retired: Retirement }): T[] {
  return [...bank.flashcards.values()].filter((card) => !bank.retired.ids.has(card.id));
}

/** The questions a quiz can draw: every one not retired. */
export function activeQuestions<T extends { id: string }>(bank: { questions: ReadonlyMap<string, T>; retired: Retirement }): T[] {
  return [...bank.questions.values()].filter((question) => !bank.retired.ids.has(question.id));
}

/** The fact a fact id stands for in the quiz draw: itself, or the active fact a retired duplicate restates. */
export function canonicalFact(bank: { retired: Retirement }, factId: string): string {
  return bank.retired.duplicateOf.get(factId) ?? factId;
}
