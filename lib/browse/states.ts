import type { Bank } from "@/lib/content/bank";
import { State } from "@/lib/srs/scheduler";
import type { BrowseEntry } from "./search";

export const BROWSE_STATES = ["new", "due", "learning", "leech", "missed", "suspended"] as const;
export type BrowseState = (typeof BROWSE_STATES)[number];

export interface BrowseCardRow {
  flashcardId: string;
  state: number;
  due: Date;
  isSuspended: boolean;
  isLeech: boolean;
}

/**
 * The student's states of each flashcard (new, due, learning, leech, suspended), of each
 * question (missed), and of each fact (every state of its items). Pure.
 */
export function entryStates(
  bank: Bank,
  cards: readonly BrowseCardRow[],
  missedQuestionIds: readonly string[],
  now: Date,
): Map<string, Set<BrowseState>> {
  const states = new Map<string, Set<BrowseState>>();
  const add = (key: string, state: BrowseState) => (states.get(key) ?? states.set(key, new Set()).get(key)!).add(state);
  const rows = new Map(cards.map((card) => [card.flashcardId, card]));
  for (const card of bank.flashcards.values()) {
    const row = rows.get(card.id);
    const key = `flashcard:${card.id}`;
    if (!row || row.state === State.New) add(key, "new");
    if (row?.isSuspended) add(key, "suspended");
    if (row?.isLeech) add(key, "leech");
    if (row && (row.state === State.Learning || row.state === State.Relearning)) add(key, "learning");
    if (row && !row.isSuspended && row.state !== State.New && row.due.getTime() <= now.getTime()) add(key, "due");
    for (const state of states.get(key) ?? []) add(`fact:${card.factId}`, state);
  }
  for (const id of missedQuestionIds) {
    const question = bank.questions.get(id);
    if (!question) continue;
    add(`question:${id}`, "missed");
    add(`fact:${question.factId}`, "missed");
  }
  return states;
}

/** Entries in the chosen section, kind and state (each filter optional). Pure. */
export function filterEntries(
  entries: readonly BrowseEntry[],
  filters: { section?: string; kind?: string; state?: BrowseState },
  states: ReadonlyMap<string, ReadonlySet<BrowseState>>,
): BrowseEntry[] {
  return entries.filter(
    (entry) =>
      (!filters.section || entry.sectionId === filters.section) &&
      (!filters.kind || entry.kind === filters.kind || entry.type === filters.kind) &&
      (!filters.state || (states.get(entry.key)?.has(filters.state) ?? false)),
  );
}
