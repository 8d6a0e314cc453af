import { startOfStudyDayNumber, studyDayCounter } from "@/lib/srs/day";
import { calibrate } from "./calibration";
import { createMemoryModel, type MemoryModel } from "./model";
import { buildFactTable, estimateScore, scoreFacts, type FactTable } from "./predict";
import { examRecall, simulatePlan, type PlanCard, type PlanSettings } from "./simulate-plan";
import {
  DEFAULT_DAILY_BUDGET_MINUTES,
  DEFAULT_SECONDS_PER_REVIEW,
  DEFAULT_TARGET_SHARE,
  MAX_BUDGET_MINUTES,
  MOCK_EXAM_DAYS_BEFORE,
  type CalibrationSummary,
  type ExamCard,
  type ExamPlan,
  type ExamPlanInput,
  type ScorePair,
  type SectionForecast,
  type TargetStatus,
} from "./types";

/** The final sweep reviews every card predicted below this at the exam (or below the target, if higher). */
const FINAL_SWEEP_RECALL = 0.95;
/** "Minutes a day needed" is searched on a sample of about this many cards. */
const SEARCH_SAMPLE_CARDS = 1500;

/**
 * The exam plan at `input.now`: predictions (stop now / follow the plan, with
 * bands, overall and per section), the day-by-day plan, today's study list and
 * the mock exams. Pure and fast (10,000 cards in a few milliseconds), so the Exam
 * page and every /study request can call it afresh.
 *
 * @example planExam({ now, exam: { at, sectionIds: ["relos"] }, cards, desiredRetention: 0.9, studyDay: DEFAULT_STUDY_DAY })
 */
export function planExam(input: ExamPlanInput): ExamPlan {
  const { now, exam } = input;
  if (now.getTime() >= exam.at.getTime()) return { status: "ended", examAt: exam.at };

  const scope = new Set(exam.sectionIds);
  const cards = input.cards.filter((c) => scope.has(c.sectionId));
  const { factOfCard, factSection, sectionIds } = indexFacts(cards);
  const facts = buildFactTable(factOfCard, factSection.length);
  const model = createMemoryModel(input.fsrsParameters);
  const calibration = calibrate(input.calibration ?? [], model);
  const dayOf = studyDayCounter(input.studyDay);
  const today = dayOf(now.getTime());
  const examDay = Math.max(dayOf(exam.at.getTime()), today);
  const secondsPerReview = clamp(input.secondsPerReview ?? DEFAULT_SECONDS_PER_REVIEW, 1, 120);
  const budgetMinutes = exam.dailyBudgetMinutes ?? DEFAULT_DAILY_BUDGET_MINUTES;
  const start = cards.map((c, i) => toPlanCard(c, factOfCard[i]!, today, model, dayOf));

  const introducedToday = cards.filter((c) => c.isNewToday).length;
  const settingsFor = (minutes: number, facts_ = facts, share = 1): PlanSettings => ({
    model,
    factor: calibration.stabilityFactor,
    today,
    examDay,
    secondsPerReview,
    budgetSeconds: minutes * 60 * share,
    todaySecondsLeft: Math.max(0, minutes * 60 - (input.secondsStudiedToday ?? 0)) * share,
    desiredRetention: input.desiredRetention,
    sweepThreshold: Math.max(exam.targetShare ?? DEFAULT_TARGET_SHARE, FINAL_SWEEP_RECALL),
    introducedToday: Math.round(introducedToday * share),
    facts: facts_,
  });
  const run = (minutes: number) => {
    const planned = start.map((c) => ({ ...c }));
    return { planned, simulation: simulatePlan(planned, settingsFor(minutes)) };
  };
  const { planned, simulation } = run(budgetMinutes);

  // Per-card exam-day recall, once per state and calibration factor; sections reuse them. The
  // simulation gives the central factor's; the band's ends are needed only for each fact's best card.
  const bestCards = bestCardOfEachFact(facts, simulation.recallBefore, simulation.recallAfter);
  const recallOf = (state: PlanCard[], mid: Float64Array) =>
    [mid, calibration.stabilityFactorLow, calibration.stabilityFactorHigh].map((factor) => {
      if (typeof factor !== "number") return factor;
      const recall = new Float64Array(state.length);
      for (const i of bestCards) if (!state[i]!.isNew) recall[i] = examRecall(state[i]!, examDay, model, factor);
      return recall;
    });
  const stopNow = recallOf(start, simulation.recallBefore);
  const withPlan = recallOf(planned, simulation.recallAfter);
  const estimateAt = (recall: Float64Array[], subset: Int32Array) => {
    const [mid, low, high] = recall.map((r) => scoreFacts(r, facts, subset));
    return estimateScore(mid!, low!, high!);
  };
  const scores = (subset: Int32Array): ScorePair => ({ ifStopNow: estimateAt(stopNow, subset), withPlan: estimateAt(withPlan, subset) });
  const allFacts = new Int32Array(facts.count);
  for (let f = 0; f < facts.count; f++) allFacts[f] = f;
  const overall = scores(allFacts);
  const sectionFacts = new Map(sectionIds.map((id) => [id, [] as number[]]));
  factSection.forEach((sectionId, f) => sectionFacts.get(sectionId)!.push(f));
  const sectionCards = new Map(sectionIds.map((id) => [id, { cards: 0, newCards: 0 }]));
  for (const c of cards) {
    const counts = sectionCards.get(c.sectionId)!;
    counts.cards++;
    if (isNever(c)) counts.newCards++;
  }
  const sections = sectionIds.map((sectionId): SectionForecast => {
    const subset = Int32Array.from(sectionFacts.get(sectionId)!);
    return { sectionId, facts: subset.length, ...sectionCards.get(sectionId)!, ...scores(subset) };
  });
  sections.sort((a, b) => a.withPlan.score - b.withPlan.score || a.ifStopNow.score - b.ifStopNow.score);

  const mockDays = new Set(MOCK_EXAM_DAYS_BEFORE.map((k) => examDay - k).filter((d) => d >= today));
  const firstDay = simulation.days[0];
  return {
    status: "active",
    examAt: exam.at,
    daysLeft: examDay - today,
    facts: facts.count,
    cards: cards.length,
    newCards: cards.filter(isNever).length,
    secondsPerReview,
    dailyBudgetMinutes: budgetMinutes,
    ...overall,
    target: exam.targetShare == null ? null : targetStatus(exam.targetShare, overall.withPlan.score, budgetMinutes, scoreWithBudget()),
    sections,
    days: simulation.days.map((d) => ({
      studyDayNumber: d.day,
      startsAt: startOfStudyDayNumber(d.day, input.studyDay),
      reviews: d.reviews,
      newCards: d.newCards,
      minutes: d.seconds / 60,
      targetRetention: d.targetRetention,
      predictedScore: d.predictedScore,
      isFinalSweep: d.isFinalSweep,
      hasMockExam: mockDays.has(d.day),
    })),
    today: {
      newFlashcardIds: simulation.todayNew.map((i) => cards[i]!.flashcardId),
      reviewFlashcardIds: simulation.todayReviews.map((i) => cards[i]!.flashcardId),
      targetRetention: firstDay?.targetRetention ?? input.desiredRetention,
      isFinalSweep: firstDay?.isFinalSweep ?? false,
      isOncePerDay: true,
      minutesLeft: settingsFor(budgetMinutes).todaySecondsLeft / 60,
    },
    mockExams: [...mockDays]
      .sort((a, b) => a - b)
      .map((d) => ({
        daysBefore: examDay - d,
        studyDayNumber: d,
        startsAt: startOfStudyDayNumber(d, input.studyDay),
        isToday: d === today,
      })),
    calibration: calibration satisfies CalibrationSummary,
  };

  /**
   * The plan's score at another budget, for "minutes a day needed". The search runs
   * the plan a handful of times; for a big deck it runs on every k-th fact's cards
   * with the budget scaled alike (a sample of ~1,500 cards), which keeps it cheap.
   */
  function scoreWithBudget(): (minutes: number) => number {
    const k = Math.ceil(start.length / SEARCH_SAMPLE_CARDS);
    const picked = k === 1 ? start.map((_, i) => i) : start.flatMap((c, i) => (c.fact % k === 0 ? [i] : []));
    const renumber = new Map<number, number>();
    const sample = picked.map((i) => {
      const c = start[i]!;
      if (!renumber.has(c.fact)) renumber.set(c.fact, renumber.size);
      return { ...c, fact: renumber.get(c.fact)! };
    });
    const table = buildFactTable(
      sample.map((c) => c.fact),
      renumber.size,
    );
    const allSampled = Int32Array.from({ length: renumber.size }, (_, f) => f);
    const share = sample.length / Math.max(1, start.length);
    return (minutes) => {
      const state = sample.map((c) => ({ ...c }));
      return scoreFacts(simulatePlan(state, settingsFor(minutes, table, share)).recallAfter, table, allSampled).mean;
    };
  }
}

/** Minutes a day that reach the target, to the next 5 (bisection over the budget: the score grows with it). */
function targetStatus(target: number, score: number, budget: number, scoreWith: (minutes: number) => number): TargetStatus {
  if (score >= target) return { target, isOnTrack: true, minutesPerDayNeeded: null, isOutOfReach: false };
  if (scoreWith(MAX_BUDGET_MINUTES) < target) return { target, isOnTrack: false, minutesPerDayNeeded: null, isOutOfReach: true };
  let lo = budget;
  let hi = MAX_BUDGET_MINUTES;
  while (hi - lo > 5) {
    const mid = Math.round((lo + hi) / 2);
    if (scoreWith(mid) >= target) hi = mid;
    else lo = mid;
  }
  return { target, isOnTrack: false, minutesPerDayNeeded: Math.ceil(hi / 5) * 5, isOutOfReach: false };
}

/** The cards that are some fact's best, before or after the plan (the others can't change a score). */
function bestCardOfEachFact(facts: FactTable, ...recalls: Float64Array[]): number[] {
  const best = new Set<number>();
  for (const recall of recalls) {
    for (let f = 0; f < facts.count; f++) {
      let pick = facts.cards[facts.start[f]!]!;
      for (let k = facts.start[f]! + 1; k < facts.start[f + 1]!; k++) if (recall[facts.cards[k]!]! > recall[pick]!) pick = facts.cards[k]!;
      best.add(pick);
    }
  }
  return [...best];
}

function isNever(card: ExamCard): boolean {
  return !card.memory || card.memory.state === 0;
}

function toPlanCard(card: ExamCard, fact: number, today: number, model: MemoryModel, dayOf: (at: number) => number): PlanCard {
  const memory = card.memory;
  if (!memory || isNever(card)) {
    return { fact, isNew: true, isPlanned: !card.isSuspended, state: model.firstGood, lastDay: today, pLast: 1, failState: null };
  }
  const lastDay = memory.lastReview ? dayOf(memory.lastReview.getTime()) : today;
  // Same-day repetitions after the day's first rating count for nothing.
  const cap =
    lastDay === today && card.stabilityAfterFirstReviewToday != null ? card.stabilityAfterFirstReviewToday : Number.POSITIVE_INFINITY;
  return {
    fact,
    isNew: false,
    isPlanned: !card.isSuspended,
    state: { difficulty: clamp(memory.difficulty, 1, 10), stability: Math.max(0.01, Math.min(memory.stability, cap)) },
    lastDay,
    pLast: 1,
    failState: null,
  };
}

function indexFacts(cards: readonly ExamCard[]) {
  const index = new Map<string, number>();
  const factOfCard: number[] = [];
  const factSection: string[] = [];
  const sectionIds: string[] = [];
  const seenSections = new Set<string>();
  for (const c of cards) {
    let f = index.get(c.factId);
    if (f === undefined) {
      f = factSection.length;
      index.set(c.factId, f);
      factSection.push(c.sectionId);
    }
    factOfCard.push(f);
    if (!seenSections.has(c.sectionId)) {
      seenSections.add(c.sectionId);
      sectionIds.push(c.sectionId);
    }
  }
  return { factOfCard, factSection, sectionIds };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
