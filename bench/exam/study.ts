import { planExam } from "../../lib/exam/plan";
import { seededRandom } from "../../lib/random";
import { DEFAULT_STUDY_DAY } from "../../lib/srs/day";
import { runStudent, trueFactRecall, type DeckCard, type ExamSetup, type Strategy } from "./simulate-student";
import { fixedStrategy, inTimeNewLimit, planInput, planStrategy } from "./strategies";
import { makeStudent, type StudentKind } from "./students";

/**
 * One horizon of the simulation study: every student studies the deck three
 * ways; we measure their true exam-day recall (each fact drawn from their true
 * memory), the minutes spent, and — for the exam plan — the app's prediction the
 * evening before against the truth.
 */

export const STRATEGIES = ["a", "b", "c"] as const;
export type StrategyId = (typeof STRATEGIES)[number];
export const STRATEGY_LABELS: Record<StrategyId, string> = {
  a: "(a) today's app: FSRS 0.9, 20 new/day",
  b: "(b) best fixed: FSRS 0.9, new limit in time",
  c: "(c) exam plan",
};

export interface StudentOutcome {
  kind: StudentKind;
  strategy: StrategyId;
  /** Share of the exam's facts recalled, drawn from true memory. */
  trueRecall: number;
  /** The same, as the expectation of the true memory (no coin flips). */
  expectedRecall: number;
  minutes: number;
  /** The app's "if you stop now" prediction the evening before, with its band. */
  predicted: number;
  low: number;
  high: number;
}

export interface HorizonResult {
  days: number;
  budgetMinutes: number;
  newLimitB: number;
  outcomes: StudentOutcome[];
}

const START = new Date("2026-03-02T18:00:00Z");
const DAY_MS = 86_400_000;

/** Sessions every evening at 18:00, the exam at 09:00 the morning after the last one. */
export function examSetup(days: number, budgetMinutes: number): ExamSetup {
  return {
    start: START,
    sessions: days,
    examAt: new Date(START.getTime() + days * DAY_MS - 9 * 3_600_000),
    studyDay: DEFAULT_STUDY_DAY,
    budgetMinutes,
  };
}

export function runHorizon(deck: readonly DeckCard[], days: number, students: number, budgetMinutes: number): HorizonResult {
  const setup = examSetup(days, budgetMinutes);
  const newLimitB = inTimeNewLimit(deck.length, days);
  const strategies: Record<StrategyId, Strategy> = { a: fixedStrategy(20), b: fixedStrategy(newLimitB), c: planStrategy(setup) };
  const outcomes: StudentOutcome[] = [];
  for (let n = 0; n < students; n++) {
    const student = makeStudent(n, seededRandom(1000 + n));
    for (const strategy of STRATEGIES) {
      const result = runStudent(student, deck, setup, strategies[strategy]);
      const truth = [...trueFactRecall(student, result.cards, setup).values()];
      const draw = seededRandom(student.seed ^ 0x5bd1e995);
      const trueRecall = truth.filter((p) => draw() < p).length / truth.length;
      const expectedRecall = truth.reduce((a, b) => a + b, 0) / truth.length;
      // The evening before: an hour after the last session.
      const evening = new Date(setup.start.getTime() + (days - 1) * DAY_MS + 3_600_000);
      const plan = planExam(
        planInput(setup, {
          now: evening,
          cards: result.cards,
          calibration: result.calibration,
          secondsPerReview: student.secondsPerReview,
        }),
      );
      const prediction = plan.status === "active" ? plan.ifStopNow : { score: Number.NaN, low: Number.NaN, high: Number.NaN };
      outcomes.push({
        kind: student.kind,
        strategy,
        trueRecall,
        expectedRecall,
        minutes: result.seconds / 60,
        predicted: prediction.score,
        low: prediction.low,
        high: prediction.high,
      });
    }
  }
  return { days, budgetMinutes, newLimitB, outcomes };
}
