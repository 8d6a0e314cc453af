import { planExam } from "../../lib/exam/plan";
import type { ExamCard, ExamPlanInput } from "../../lib/exam/types";
import { toCardColumns } from "../../lib/srs/mapping";
import type { ExamSetup, SessionContext, StudentCard, Strategy } from "./simulate-student";

/**
 * The three ways of studying bench:exam compares, all within the same daily
 * budget: (a) today's app, (b) the best fixed setting a careful student could
 * choose, (c) the exam plan.
 */

/** Anki-style: due reviews (oldest due first), then up to `newPerDay` new cards; FSRS at 0.9. */
export function fixedStrategy(newPerDay: number): Strategy {
  return ({ now, cards }) => {
    const due = cards
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.app && c.app.due.getTime() <= now.getTime())
      .sort((a, b) => a.c.app!.due.getTime() - b.c.app!.due.getTime())
      .map(({ i }) => i);
    const fresh: number[] = [];
    for (let i = 0; i < cards.length && fresh.length < newPerDay; i++) if (!cards[i]!.app) fresh.push(i);
    return [...due, ...fresh];
  };
}

/** (b): the new-card limit that introduces every card by the day before the exam. */
export function inTimeNewLimit(cards: number, sessions: number): number {
  return Math.ceil(cards / Math.max(1, sessions - 1));
}

/** The planner's input for a simulated student at `now` (the app's card states, default parameters). */
export function planInput(
  setup: ExamSetup,
  session: Pick<SessionContext, "now" | "cards" | "calibration" | "secondsPerReview">,
): ExamPlanInput {
  return {
    now: session.now,
    exam: { at: setup.examAt, sectionIds: [...new Set(session.cards.map((c) => c.sectionId))], dailyBudgetMinutes: setup.budgetMinutes },
    cards: session.cards.map(toExamCard),
    desiredRetention: 0.9,
    studyDay: setup.studyDay,
    secondsPerReview: session.secondsPerReview,
    calibration: session.calibration,
  };
}

function toExamCard(c: StudentCard): ExamCard {
  return { flashcardId: c.flashcardId, factId: c.factId, sectionId: c.sectionId, memory: c.app ? toCardColumns(c.app) : null };
}

/** (c): today's study list of the exam plan — new cards first (introducing in time matters most), then reviews by gain, each once. */
export function planStrategy(setup: ExamSetup): Strategy {
  const strategy: Strategy = (session) => {
    const plan = planExam(planInput(setup, session));
    if (plan.status !== "active") return [];
    const index = new Map(session.cards.map((c, i) => [c.flashcardId, i]));
    return [...plan.today.newFlashcardIds, ...plan.today.reviewFlashcardIds].map((id) => index.get(id)!);
  };
  // As the plan asks (TodayStudyList.isOncePerDay): each card once a session.
  strategy.skipsLearningSteps = true;
  return strategy;
}
