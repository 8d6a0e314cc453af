import { describe, expect, test } from "vitest";
import { planExam } from "@/lib/exam/plan";
import type { ExamPlan } from "@/lib/exam/types";
import { DAY_MS, deck, input, NOW, reviewed, SECTIONS } from "./fixtures";

function active(plan: ExamPlan) {
  if (plan.status !== "active") throw new Error("expected an active plan");
  return plan;
}

describe("planExam: new cards", () => {
  test.each([
    { label: "237 cards, exam in 5 days", cards: 237, days: 5 },
    { label: "237 cards, exam in 14 days", cards: 237, days: 14 },
    { label: "60 cards, exam in 2 days", cards: 60, days: 2 },
  ])("introduces every card before the exam ($label), unlike 20 new a day", ({ cards, days }) => {
    const plan = active(planExam(input(deck(cards), days)));
    expect(plan.days).toHaveLength(days);
    expect(plan.days.reduce((n, d) => n + d.newCards, 0)).toBe(cards);
    // Introduced early enough to be reviewed: nothing new on the last day when there are several.
    if (days >= 3) expect(plan.days.at(-1)!.newCards).toBe(0);
    expect(plan.withPlan.score).toBeGreaterThan(0.7);
  });

  test("a card never studied counts as not recalled", () => {
    const plan = active(planExam(input(deck(30), 5)));
    expect(plan.ifStopNow.score).toBe(0);
    expect(plan.newCards).toBe(30);
  });

  test("a fact's recall is that of its best card", () => {
    const strong = deck(1, () => reviewed(1, 100))[0]!;
    const cards = [strong, { ...strong, flashcardId: "other", memory: null }];
    const both = active(planExam(input(cards, 5)));
    const alone = active(planExam(input([strong], 5)));
    expect(both.facts).toBe(1);
    expect(both.ifStopNow.score).toBeCloseTo(alone.ifStopNow.score, 10);
  });

  test("today's new cards follow the deck's order and only the exam's sections", () => {
    const plan = active(planExam(input(deck(90), 5, { exam: { at: new Date(NOW.getTime() + 5 * DAY_MS), sectionIds: ["beta"] } })));
    expect(plan.cards).toBe(30);
    const ids = plan.today.newFlashcardIds;
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => Number(id.slice(5)) % 3 === 1)).toBe(true);
    expect([...ids].sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)))).toEqual(ids);
  });
});

describe("planExam: budget and targets", () => {
  test.each([5, 10, 45])("never plans more than the %i-minute budget on any day", (minutes) => {
    const cards = deck(237, (i) => (i % 2 ? reviewed(1 + (i % 9), 1 + (i % 13)) : null));
    const plan = active(
      planExam(
        input(cards, 14, { exam: { at: new Date(NOW.getTime() + 14 * DAY_MS), sectionIds: SECTIONS, dailyBudgetMinutes: minutes } }),
      ),
    );
    for (const day of plan.days) expect(day.minutes).toBeLessThanOrEqual(minutes + 1e-9);
  });

  test("time already studied today comes off today's budget", () => {
    const plan = active(planExam(input(deck(237), 5, { secondsStudiedToday: 15 * 60 })));
    expect(plan.today.minutesLeft).toBeCloseTo(5, 10);
    expect(plan.days[0]!.minutes).toBeLessThanOrEqual(5);
    expect(plan.days[1]!.minutes).toBeGreaterThan(5);
  });

  test("the target retention rises as the exam approaches, from the student's own", () => {
    const cards = deck(60, (i) => reviewed(1 + (i % 5), 5));
    const plan = active(planExam(input(cards, 21)));
    const targets = plan.days.map((d) => d.targetRetention);
    expect(targets[0]).toBe(0.9);
    for (let i = 1; i < targets.length; i++) expect(targets[i]!).toBeGreaterThanOrEqual(targets[i - 1]!);
    expect(targets.at(-1)!).toBeGreaterThan(0.94);
  });

  test("the final day sweeps every card predicted below the target at the exam", () => {
    // Studied ten days ago with a short memory: every card would be half forgotten at the exam.
    const cards = deck(60, () => reviewed(10, 3));
    const plan = active(
      planExam(
        input(cards, 1, {
          exam: { at: new Date(NOW.getTime() + DAY_MS - 9 * 3_600_000), sectionIds: SECTIONS, dailyBudgetMinutes: 60, targetShare: 0.9 },
        }),
      ),
    );
    expect(plan.today.isFinalSweep).toBe(true);
    expect(new Set(plan.today.reviewFlashcardIds)).toEqual(new Set(cards.map((c) => c.flashcardId)));
    expect(plan.withPlan.score).toBeGreaterThan(plan.ifStopNow.score + 0.15);
  });

  test("reviews are ordered by gain per second: the most forgotten first", () => {
    const cards = deck(40, (i) => reviewed(6, i < 20 ? 2 : 30));
    const plan = active(
      planExam(
        input(cards, 1, {
          exam: { at: new Date(NOW.getTime() + DAY_MS), sectionIds: SECTIONS, dailyBudgetMinutes: 60, targetShare: 0.99 },
        }),
      ),
    );
    const weak = new Set(cards.slice(0, 20).map((c) => c.flashcardId));
    expect(plan.today.reviewFlashcardIds.slice(0, 20).every((id) => weak.has(id))).toBe(true);
  });

  test("says what it would take to reach a target the budget misses", () => {
    const plan = active(
      planExam(
        input(deck(237), 5, {
          exam: { at: new Date(NOW.getTime() + 5 * DAY_MS), sectionIds: SECTIONS, dailyBudgetMinutes: 5, targetShare: 0.85 },
        }),
      ),
    );
    expect(plan.target!.isOnTrack).toBe(false);
    expect(plan.target!.minutesPerDayNeeded).toBeGreaterThan(5);
    const more = active(
      planExam(
        input(deck(237), 5, {
          exam: {
            at: new Date(NOW.getTime() + 5 * DAY_MS),
            sectionIds: SECTIONS,
            dailyBudgetMinutes: plan.target!.minutesPerDayNeeded!,
            targetShare: 0.85,
          },
        }),
      ),
    );
    expect(more.target!.isOnTrack).toBe(true);
  });
});

describe("planExam: around the exam", () => {
  test("ends once the exam moment has passed", () => {
    const plan = planExam(input(deck(10), 3, { now: new Date(NOW.getTime() + 3 * DAY_MS) }));
    expect(plan.status).toBe("ended");
  });

  test.each([
    { days: 10, expected: [7, 3, 1] },
    { days: 5, expected: [3, 1] },
    { days: 1, expected: [1] },
  ])("schedules mock exams $expected days before an exam $days days away", ({ days, expected }) => {
    const plan = active(planExam(input(deck(10), days)));
    expect(plan.mockExams.map((m) => m.daysBefore).sort((a, b) => b - a)).toEqual(expected);
    expect(plan.days.filter((d) => d.hasMockExam)).toHaveLength(expected.length);
  });

  test("same-day repetitions don't inflate the prediction", () => {
    // Rated a dozen times today: stability grew, but only the first rating of the day counts.
    const once = deck(1, () => reviewed(0, 2.3));
    const burst = [{ ...once[0]!, memory: { ...once[0]!.memory!, stability: 9 }, stabilityAfterFirstReviewToday: 2.3 }];
    const a = active(planExam(input(once, 7)));
    const b = active(planExam(input(burst, 7)));
    expect(b.ifStopNow.score).toBeCloseTo(a.ifStopNow.score, 10);
  });

  test("sections come weakest first", () => {
    const cards = deck(60, (i) => (i % 3 === 0 ? reviewed(1, 50) : i % 3 === 1 ? reviewed(5, 2) : null));
    const plan = active(planExam(input(cards, 3)));
    // alpha is remembered well, beta half forgotten, gamma never studied: weakest first, by the plan.
    expect(plan.sections.find((s) => s.sectionId === "gamma")!.ifStopNow.score).toBe(0);
    const scores = plan.sections.map((s) => s.withPlan.score);
    expect([...scores].sort((x, y) => x - y)).toEqual(scores);
    expect(plan.sections.map((s) => s.ifStopNow.score).sort((x, y) => x - y)).toEqual([0, expect.any(Number), expect.any(Number)]);
  });
});
