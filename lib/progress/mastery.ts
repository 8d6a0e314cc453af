import type { Bank } from "@/lib/content/bank";
import { activeFlashcards } from "@/lib/content/retire";
import { State } from "@/lib/srs/scheduler";
import { MATURE_INTERVAL_DAYS } from "./true-retention";

export interface CardMaturity {
  flashcardId: string;
  state: number;
  scheduledDays: number;
}

export interface SectionMastery {
  sectionId: string;
  title: string;
  mastered: number;
  facts: number;
  share: number;
}

/**
 * Mastery by section: the share of a section's facts whose flashcards are all
 * mature and none of whose quiz questions is on the student's Missed list. Pure.
 */
export function masteryBySection(bank: Bank, cards: readonly CardMaturity[], openMissedQuestionIds: readonly string[]): SectionMastery[] {
  const mature = new Set(
    cards.filter((card) => card.state === State.Review && card.scheduledDays >= MATURE_INTERVAL_DAYS).map((card) => card.flashcardId),
  );
  const missedFacts = new Set(openMissedQuestionIds.flatMap((id) => bank.questions.get(id)?.factId ?? []));
  const cardsByFact = new Map<string, string[]>();
  for (const card of activeFlashcards(bank)) cardsByFact.set(card.factId, [...(cardsByFact.get(card.factId) ?? []), card.id]);
  return bank.sections.map((section) => {
    const mastered = section.factIds.filter((factId) => {
      const factCards = cardsByFact.get(factId) ?? [];
      return factCards.length > 0 && factCards.every((id) => mature.has(id)) && !missedFacts.has(factId);
    }).length;
    const facts = section.factIds.length;
    return { sectionId: section.id, title: section.title, mastered, facts, share: facts === 0 ? 0 : mastered / facts };
  });
}
