import { default_w, forgetting_curve } from "ts-fsrs";
import type { Bank } from "@/lib/content/bank";
import { State } from "@/lib/srs/scheduler";

const DAY_MS = 86_400_000;

/** What the article shows next to a fact: never studied, still in learning steps, or recall now. */
export type FactState = { kind: "new" } | { kind: "learning" } | { kind: "review"; recall: number };

/** The card columns the state needs. */
export interface FactCardRow {
  flashcardId: string;
  state: number;
  stability: number;
  lastReview: Date | null;
}

/**
 * Each fact's state from the student's cards, at `now`. A fact with a card in review shows
 * the best recall among its cards (the chance the student recalls the fact by any card);
 * else one in (re)learning shows "learning"; else "new". Pure.
 *
 * @example factStates(bank, rows, now).get("relos-signed") // { kind: "review", recall: 0.93 }
 */
export function factStates(
  bank: Bank,
  rows: readonly FactCardRow[],
  now: Date,
  parameters: readonly number[] = default_w,
): Map<string, FactState> {
  const byFact = new Map<string, FactState>();
  for (const row of rows) {
    const factId = bank.flashcards.get(row.flashcardId)?.factId;
    if (!factId) continue;
    const current = byFact.get(factId);
    let next: FactState;
    if (row.state === State.Review && row.lastReview && row.stability > 0) {
      const elapsed = Math.max(0, (now.getTime() - row.lastReview.getTime()) / DAY_MS);
      next = { kind: "review", recall: forgetting_curve(parameters, elapsed, row.stability) };
    } else if (row.state === State.Learning || row.state === State.Relearning) {
      next = { kind: "learning" };
    } else {
      next = { kind: "new" };
    }
    byFact.set(factId, better(current, next));
  }
  for (const factId of bank.facts.keys()) if (!byFact.has(factId)) byFact.set(factId, { kind: "new" });
  return byFact;
}

function rank(state: FactState): number {
  return state.kind === "review" ? 2 + state.recall : state.kind === "learning" ? 1 : 0;
}

function better(a: FactState | undefined, b: FactState): FactState {
  return !a || rank(b) > rank(a) ? b : a;
}

/** "new", "learning" or "recall 87%". */
export function factStateLabel(state: FactState): string {
  return state.kind === "review" ? `recall ${Math.round(state.recall * 100)}%` : state.kind;
}
