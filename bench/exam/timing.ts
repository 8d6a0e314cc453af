import { performance } from "node:perf_hooks";
import { planExam } from "../../lib/exam/plan";
import type { CalibrationReview, ExamCard, ExamPlanInput } from "../../lib/exam/types";
import { DEFAULT_STUDY_DAY } from "../../lib/srs/day";
import { seededRandom } from "../../lib/random";
import { summarize, type Timing } from "../stats";

/** The target: planning for a student with 10,000 cards, p95. */
export const PLAN_LIMIT_MS = 50;
const DAY_MS = 86_400_000;

/**
 * A heavy student for the timing: 10,000 cards on 8,000 facts in 40 sections, a
 * third never studied, the rest reviewed over the last two months, 3,000 due
 * reviews to calibrate on, an exam in 30 days with a target they won't reach
 * (so "minutes a day needed" is searched too: the slowest case).
 */
export function heavyPlanInput(cards = 10_000, now = new Date("2026-03-02T18:00:00Z")): ExamPlanInput {
  const random = seededRandom(10_000);
  const examCards: ExamCard[] = [];
  for (let i = 0; i < cards; i++) {
    const isNew = random() < 0.33;
    const stability = 0.5 + random() * 60;
    const lastReview = new Date(now.getTime() - Math.floor(random() * 60) * DAY_MS);
    examCards.push({
      flashcardId: `card-${i}`,
      factId: `fact-${Math.floor(i * 0.8)}`,
      sectionId: `section-${i % 40}`,
      memory: isNew
        ? null
        : {
            due: new Date(lastReview.getTime() + stability * DAY_MS),
            stability,
            difficulty: 1 + random() * 9,
            elapsedDays: 0,
            scheduledDays: Math.round(stability),
            learningSteps: 0,
            reps: 3,
            lapses: 0,
            state: 2,
            lastReview,
          },
    });
  }
  const calibration: CalibrationReview[] = Array.from({ length: 3000 }, () => ({
    elapsedDays: 1 + Math.floor(random() * 20),
    stability: 1 + random() * 30,
    isRecalled: random() < 0.85,
  }));
  return {
    now,
    exam: {
      at: new Date(now.getTime() + 30 * DAY_MS),
      sectionIds: Array.from({ length: 40 }, (_, i) => `section-${i}`),
      targetShare: 0.99,
      dailyBudgetMinutes: 30,
    },
    cards: examCards,
    desiredRetention: 0.9,
    studyDay: DEFAULT_STUDY_DAY,
    secondsPerReview: 8,
    calibration,
  };
}

/**
 * planExam for the heavy student, each run at a slightly later `now` (as successive
 * /study requests). Wall time and this process's CPU time: on a machine shared with
 * other work the wall clock mostly measures the neighbours, the CPU time the planner.
 */
export function measurePlanning(iterations = 40, warmup = 10): { wall: Timing; cpu: Timing } {
  const input = heavyPlanInput();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < warmup + iterations; i++) {
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    planExam({ ...input, now: new Date(input.now.getTime() + i * 60_000) });
    const used = process.cpuUsage(cpuStart);
    if (i < warmup) continue;
    wall.push(performance.now() - wallStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: summarize(wall), cpu: summarize(cpu) };
}
