import { describe, expect, test } from "vitest";
import { calibrate, calibrationReviewFromLog } from "@/lib/exam/calibration";
import { createMemoryModel } from "@/lib/exam/model";
import { planExam } from "@/lib/exam/plan";
import type { CalibrationReview } from "@/lib/exam/types";
import { DEFAULT_STUDY_DAY, studyDaysBetween } from "@/lib/srs/day";
import { seededRandom } from "@/lib/random";
import { runStudent, trueFactRecall } from "@/bench/exam/simulate-student";
import { planInput, planStrategy } from "@/bench/exam/strategies";
import { examSetup } from "@/bench/exam/study";
import { makeStudent } from "@/bench/exam/students";
import { deck, input, reviewed } from "./fixtures";

const model = createMemoryModel(null);

/** `n` due reviews 4 days after the last at stability 4, a share `recalled` of them recalled. */
function reviews(n: number, recalled: number): CalibrationReview[] {
  return Array.from({ length: n }, (_, i) => ({ elapsedDays: 4, stability: 4, isRecalled: i < Math.round(n * recalled) }));
}

describe("calibration", () => {
  test("with no reviews the model is used as it is, with a wide range", () => {
    const c = calibrate([], model);
    expect(c.stabilityFactor).toBe(1);
    expect(c.stabilityFactorLow).toBeLessThan(1);
    expect(c.stabilityFactorHigh).toBeGreaterThan(1);
  });

  test.each([
    { label: "forgets faster than the model thinks", recalled: 0.6, moves: "down" },
    { label: "remembers better than the model thinks", recalled: 1, moves: "up" },
  ])("a student who $label moves the prediction $moves", ({ recalled, moves }) => {
    const cards = deck(60, (i) => reviewed(1 + (i % 4), 3 + (i % 7)));
    const plain = planExam(input(cards, 7));
    const calibrated = planExam(input(cards, 7, { calibration: reviews(200, recalled) }));
    if (plain.status !== "active" || calibrated.status !== "active") throw new Error("active plans expected");
    const delta = calibrated.ifStopNow.score - plain.ifStopNow.score;
    expect(moves === "down" ? delta < -0.02 : delta > 0.005).toBe(true);
    expect(calibrated.calibration.reviews).toBe(200);
  });

  test("the band is wider when the student disagrees with the model than when they agree", () => {
    const expected = model.recall(4, 4);
    const agree = calibrate(reviews(200, expected), model);
    const disagree = calibrate(reviews(200, 0.5), model);
    expect(agree.stabilityFactor).toBeCloseTo(1, 1);
    expect(Math.log(disagree.stabilityFactorHigh / disagree.stabilityFactorLow)).toBeGreaterThan(
      Math.log(agree.stabilityFactorHigh / agree.stabilityFactorLow),
    );
  });

  test("a few reviews count less than many", () => {
    expect(calibrate(reviews(5, 0.4), model).stabilityFactor).toBeGreaterThan(calibrate(reviews(500, 0.4), model).stabilityFactor);
  });

  test("only due reviews of cards in review count", () => {
    const at = new Date(Date.UTC(2026, 0, 10, 18));
    const days = (a: Date, b: Date) => studyDaysBetween(a, b, DEFAULT_STUDY_DAY);
    const due = new Date(Date.UTC(2026, 0, 7, 18));
    expect(calibrationReviewFromLog({ state: 2, rating: 1, stability: 3, due, reviewedAt: at }, days)).toEqual({
      elapsedDays: 3,
      stability: 3,
      isRecalled: false,
    });
    expect(calibrationReviewFromLog({ state: 1, rating: 3, stability: 3, due, reviewedAt: at }, days)).toBeNull();
    expect(calibrationReviewFromLog({ state: 2, rating: 3, stability: 3, due: at, reviewedAt: at }, days)).toBeNull();
  });
});

describe("the band, on simulated students whose memory differs from the model", () => {
  test("contains the true exam-day score more often than not", () => {
    const cards = deck(90).map((c, i) => ({ flashcardId: c.flashcardId, factId: c.factId, sectionId: c.sectionId, index: i }));
    const setup = examSetup(5, 15);
    let inside = 0;
    const students = 9;
    for (let n = 0; n < students; n++) {
      const student = makeStudent(n, seededRandom(500 + n));
      const result = runStudent(student, cards, setup, planStrategy(setup));
      const evening = new Date(setup.start.getTime() + 4 * 86_400_000 + 3_600_000);
      const plan = planExam(
        planInput(setup, {
          now: evening,
          cards: result.cards,
          calibration: result.calibration,
          secondsPerReview: student.secondsPerReview,
        }),
      );
      if (plan.status !== "active") throw new Error("active plan expected");
      const truth = [...trueFactRecall(student, result.cards, setup).values()];
      const draw = seededRandom(student.seed);
      const score = truth.filter((p) => draw() < p).length / truth.length;
      if (score >= plan.ifStopNow.low && score <= plan.ifStopNow.high) inside++;
    }
    expect(inside).toBeGreaterThan(students / 2);
  });
});
