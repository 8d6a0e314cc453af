import type { CardColumns } from "@/lib/srs/mapping";
import { DEFAULT_STUDY_DAY } from "@/lib/srs/day";
import type { ExamCard, ExamPlanInput } from "@/lib/exam/types";

export const DAY_MS = 86_400_000;
/** Monday evening, 18:00 UTC (study days start at 4:00 UTC). */
export const NOW = new Date(Date.UTC(2026, 0, 5, 18, 0));
export const SECTIONS = ["alpha", "beta", "gamma"];

/** `count` cards on their own facts, spread over SECTIONS in deck order; `memory` for each (null: never studied). */
export function deck(count: number, memory: (i: number) => CardColumns | null = () => null): ExamCard[] {
  return Array.from({ length: count }, (_, i) => ({
    flashcardId: `card-${i}`,
    factId: `fact-${i}`,
    sectionId: SECTIONS[i % SECTIONS.length]!,
    memory: memory(i),
  }));
}

/** A card in review, last rated `daysAgo` days before NOW with the given stability. */
export function reviewed(daysAgo: number, stability: number, now = NOW): CardColumns {
  const lastReview = new Date(now.getTime() - daysAgo * DAY_MS);
  return {
    due: new Date(lastReview.getTime() + Math.round(stability) * DAY_MS),
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: Math.round(stability),
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    lastReview,
  };
}

export function input(cards: ExamCard[], days: number, overrides: Partial<ExamPlanInput> = {}): ExamPlanInput {
  return {
    now: NOW,
    // The exam at 09:00 the morning after the last evening session.
    exam: { at: new Date(NOW.getTime() + days * DAY_MS - 9 * 3_600_000), sectionIds: SECTIONS, dailyBudgetMinutes: 20 },
    cards,
    desiredRetention: 0.9,
    studyDay: DEFAULT_STUDY_DAY,
    secondsPerReview: 8,
    ...overrides,
  };
}
