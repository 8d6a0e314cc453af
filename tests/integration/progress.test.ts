import { afterAll, describe, expect, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { updateRollupAndGetProgress } from "@/lib/progress/progress-view";
import { dropRollup } from "@/lib/progress/rollup";
import { seededRandom } from "@/lib/random";
import { recordReview, undoLastReview } from "@/lib/srs/review";
import type { Grade } from "@/lib/srs/scheduler";
import { createTestUser, databaseKind, testDb } from "./helpers";

const db = testDb();
const bank = loadBank();
afterAll(() => db.$disconnect());

// A student in India (UTC+5:30) whose day starts at 4 am. Now is 11:30 on 10 March, local time.
const settings = { timeZone: "Asia/Kolkata", dayStartsAtHour: 4, desiredRetention: 0.9 };
const NOW = new Date("2026-03-10T06:00:00Z");
const fsrs = { stability: 5, difficulty: 5, elapsedDays: 1, lastElapsedDays: 1, learningSteps: 0, durationMs: 1000, previous: "null" };
let seq = 0;

async function seedStudent() {
  const user = await createTestUser(db);
  const card = (flashcardId: string, due: string, state: number, scheduledDays: number, isSuspended = false) =>
    db.card.create({
      data: {
        userId: user.id,
        flashcardId,
        due: new Date(due),
        state,
        scheduledDays,
        stability: 10,
        difficulty: 5,
        elapsedDays: 0,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        isSuspended,
      },
    });
  const flashcards = [...bank.flashcards.keys()];
  const c1 = await card(flashcards[0]!, "2026-03-09T00:00:00Z", 2, 3); // overdue: counts today
  await card(flashcards[1]!, "2026-03-10T23:00:00Z", 2, 3); // 04:30 on the 11th in India: tomorrow
  await card(flashcards[2]!, "2026-03-10T22:00:00Z", 2, 3); // 03:30 on the 11th: still today's study day
  await card(flashcards[3]!, "2026-03-12T10:00:00Z", 2, 3, true); // suspended: never due
  await card(flashcards[4]!, "2026-03-10T05:00:00Z", 0, 0); // new: not in the forecast

  const review = (reviewedAt: string, rating: number, state: number, scheduledDays: number) =>
    db.reviewLog.create({
      data: {
        userId: user.id,
        cardId: c1.id,
        requestId: `p${seq++}`,
        rating,
        state,
        scheduledDays,
        reviewedAt: new Date(reviewedAt),
        due: new Date(reviewedAt),
        ...fsrs,
      },
    });
  await review("2026-03-10T05:00:00Z", 3, 2, 30); // today, mature, recalled
  await review("2026-03-10T05:10:00Z", 1, 2, 5); // today, young, forgotten
  await review("2026-03-09T22:40:00Z", 2, 1, 0); // 04:10 on the 10th in India: today; a learning step
  await review("2026-03-09T22:20:00Z", 4, 2, 25); // 03:50 on the 10th: yesterday's study day; mature, recalled
  await review("2026-03-08T10:00:00Z", 3, 0, 0); // two days ago, a new card
  await review("2026-03-01T10:00:00Z", 1, 2, 3); // nine days ago, young, forgotten
  await review("2025-12-01T10:00:00Z", 3, 2, 40); // 99 days ago, mature, recalled

  // Mastery: in "bottom-line", two facts have only mature cards; one of them has a question on the Missed list.
  const section = bank.sections.find((s) => s.id === "bottom-line")!;
  const [factA, factB] = section.factIds;
  for (const flashcard of [...bank.flashcards.values()].filter((f) => f.factId === factA || f.factId === factB)) {
    await card(flashcard.id, "2026-06-01T00:00:00Z", 2, 30);
  }
  const missedQuestion = [...bank.questions.values()].find((q) => q.factId === factB)!;
  await db.missedQuestion.create({
    data: { userId: user.id, questionId: missedQuestion.id, missCount: 1, firstMissedAt: NOW, lastMissedAt: NOW },
  });

  const attempt = (submittedAt: string | null, score: number | null) =>
    db.quizAttempt.create({
      data: {
        userId: user.id,
        settings: "{}",
        questionIds: "[]",
        startedAt: new Date("2026-03-01T00:00:00Z"),
        total: 5,
        score,
        submittedAt: submittedAt ? new Date(submittedAt) : null,
      },
    });
  await attempt("2026-03-09T10:00:00Z", 4);
  await attempt("2026-03-05T10:00:00Z", 3);
  await attempt(null, null);
  return { user, section };
}

describe(`progress aggregates (${databaseKind()})`, () => {
  test("every chart's numbers equal the hand count, by the student's study days", async () => {
    const { user, section } = await seedStudent();
    const p = await updateRollupAndGetProgress(db, user.id, bank, settings, NOW, 30);

    // Reviews per day, stacked by rating (last 30 study days, today last).
    expect(p.reviews).toHaveLength(30);
    expect(p.reviews.at(-1)).toMatchObject({ date: "2026-03-10", again: 1, hard: 1, good: 1, easy: 0, total: 3 });
    expect(p.reviews.at(-2)).toMatchObject({ date: "2026-03-09", easy: 1, total: 1 });
    expect(p.reviews.at(-3)).toMatchObject({ date: "2026-03-08", good: 1, total: 1 });
    expect(p.reviews.at(-10)).toMatchObject({ date: "2026-03-01", again: 1, total: 1 });
    expect(p.reviewTotals).toEqual({ reviews: 6, days: 4, again: 2 });

    // Calendar and streaks: 8, 9 and 10 March in a row; five study days in the year, all within the 26-week calendar.
    expect(p.streaks).toEqual({ current: 3, longest: 3, studyDays: 5, pendingToday: false });
    expect(p.heatmap.at(-1)).toEqual({ date: "2026-03-10", count: 3, weekday: 1 });
    expect(p.heatmap.filter((d) => d.count > 0).map((d) => d.date)).toEqual([
      "2025-12-01",
      "2026-03-01",
      "2026-03-08",
      "2026-03-09",
      "2026-03-10",
    ]);

    // True retention: reviews of cards in review only, young (<21 days) and mature.
    const byPeriod = Object.fromEntries(p.retention.map((row) => [row.period, row]));
    expect(byPeriod.today).toMatchObject({
      young: { passed: 0, failed: 1 },
      mature: { passed: 1, failed: 0 },
      total: { passed: 1, failed: 1, retention: 0.5 },
    });
    expect(byPeriod.yesterday!.mature).toEqual({ passed: 1, failed: 0, retention: 1 });
    expect(byPeriod.week!.total).toMatchObject({ passed: 2, failed: 1 });
    expect(byPeriod.month!.total).toEqual({ passed: 2, failed: 2, retention: 0.5 });
    expect(byPeriod.month!.young).toMatchObject({ passed: 0, failed: 2 });
    expect(byPeriod.year!.total).toEqual({ passed: 3, failed: 2, retention: 0.6 });
    expect(byPeriod.all!.mature).toMatchObject({ passed: 3, failed: 0 });

    // Forecast: today = one overdue + one due at 03:30 tomorrow morning; tomorrow = one; suspended and new cards left out.
    expect(p.forecast).toHaveLength(30);
    expect(p.forecast.slice(0, 3).map((d) => [d.date, d.count])).toEqual([
      ["2026-03-10", 2],
      ["2026-03-11", 1],
      ["2026-03-12", 0],
    ]);
    expect(p.forecast.reduce((sum, d) => sum + d.count, 0)).toBe(3);

    // Quiz scores, oldest first; the open attempt is left out.
    expect(p.quizzes.map((q) => q.percent)).toEqual([60, 80]);

    // Mastery: one fact of the section (the other has a missed question).
    const mastery = p.mastery.find((s) => s.sectionId === section.id)!;
    expect(mastery).toMatchObject({ mastered: 1, facts: section.factIds.length });
    expect(mastery.share).toBeCloseTo(1 / section.factIds.length);
    expect(p.mastery.filter((s) => s.sectionId !== section.id).every((s) => s.mastered === 0)).toBe(true);
    expect(p.hasReviews).toBe(true);
  });

  test("a whole-hour time zone gives the same reviews other study days (Berlin: 22:20 and 22:40 UTC are both the evening of the 9th)", async () => {
    const { user } = await seedStudent();
    const p = await updateRollupAndGetProgress(db, user.id, bank, { ...settings, timeZone: "Europe/Berlin" }, NOW, 30);
    expect(p.reviews.at(-1)).toMatchObject({ date: "2026-03-10", again: 1, good: 1, hard: 0, total: 2 });
    expect(p.reviews.at(-2)).toMatchObject({ date: "2026-03-09", hard: 1, easy: 1, total: 2 });
    expect(p.reviewTotals).toEqual({ reviews: 6, days: 4, again: 2 });
    // 23:00 UTC on the 10th is midnight in Berlin, before 4 am: still the 10th's study day, like the one due at 22:00.
    expect(p.forecast.slice(0, 2).map((d) => d.count)).toEqual([3, 0]);
  });

  test("90 days reach back to the December review; another student sees none of it", async () => {
    const { user } = await seedStudent();
    const p = await updateRollupAndGetProgress(db, user.id, bank, settings, NOW, 90);
    expect(p.reviews).toHaveLength(90);
    expect(p.reviewTotals.reviews).toBe(6);
    const p365 = (await updateRollupAndGetProgress(db, user.id, bank, settings, NOW, 90)).streaks.studyDays;
    expect(p365).toBe(5);
    const other = await createTestUser(db);
    const empty = await updateRollupAndGetProgress(db, other.id, bank, settings, NOW, 30);
    expect(empty.hasReviews).toBe(false);
    expect(empty.reviewTotals).toEqual({ reviews: 0, days: 0, again: 0 });
    expect(empty.forecast.every((d) => d.count === 0)).toBe(true);
    expect(empty.quizzes).toEqual([]);
    expect(empty.streaks).toEqual({ current: 0, longest: 0, studyDays: 0, pendingToday: false });
  });

  test("the rollup of past days is written on a visit and holds each past day's sums; it changes nothing the page shows", async () => {
    const { user } = await seedStudent();
    const first = await updateRollupAndGetProgress(db, user.id, bank, settings, NOW, 90);
    const rollup = await db.progressRollup.findUniqueOrThrow({ where: { userId: user.id } });
    // Today's study day in India began at 04:00 IST = 22:30 UTC the day before.
    expect(rollup.upTo.toISOString()).toBe("2026-03-09T22:30:00.000Z");
    expect(rollup.dayKey).toBe("Asia/Kolkata|4|30");
    // Four reviews before today, on four study days (9 Mar's easy one, 8 Mar, 1 Mar, 1 Dec).
    const days = JSON.parse(rollup.days) as { ratings: [number, number, number][] };
    expect(days.ratings.reduce((sum, [, , n]) => sum + n, 0)).toBe(4);
    expect(days.ratings).toHaveLength(4);
    expect(await updateRollupAndGetProgress(db, user.id, bank, settings, NOW, 90)).toEqual(first);
  });

  // Random histories in three time zones (one crossing a daylight-saving change), visited day after day
  // with ratings, undos and a time zone change in between: the page from the kept rollup always equals
  // the page counted afresh from every review.
  for (const timeZone of ["Asia/Kolkata", "America/Los_Angeles", "Asia/Tokyo"]) {
    test(`visits on later days, with ratings and undos between them, show what a fresh count shows (${timeZone})`, async () => {
      const random = seededRandom(timeZone.length * 7919);
      const user = await createTestUser(db);
      const day = { timeZone, dayStartsAtHour: 4, desiredRetention: 0.9 };
      const options = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
      const flashcards = [...bank.flashcards.keys()];
      let now = new Date("2026-02-20T15:00:00Z");
      let n = 0;
      const rate = (at: Date) =>
        recordReview(
          db,
          user.id,
          {
            flashcardId: flashcards[Math.floor(random() * 40)]!,
            rating: (1 + Math.floor(random() * 4)) as Grade,
            requestId: `roll-${user.id.slice(0, 8)}-${n++}`,
            durationMs: 0,
          },
          at,
          options,
        );
      const fresh = async (at: Date, studyDay = day) => {
        await dropRollup(db, user.id);
        return updateRollupAndGetProgress(db, user.id, bank, studyDay, at, 90);
      };
      // A month of history, a few ratings a day at any hour.
      for (let d = 30; d > 0; d--) {
        for (let r = Math.floor(random() * 5); r > 0; r--)
          await rate(new Date(now.getTime() - d * 86_400_000 + Math.floor(random() * 86_400_000)));
      }
      expect(await updateRollupAndGetProgress(db, user.id, bank, day, now, 90)).toEqual(await fresh(now));
      // Then 25 days (across 8 March, when Los Angeles moves its clocks): rate, come back 1–3 days later.
      for (let visit = 0; visit < 12; visit++) {
        for (let r = 1 + Math.floor(random() * 3); r > 0; r--) await rate(new Date(now.getTime() + r * 60_000));
        now = new Date(now.getTime() + (1 + Math.floor(random() * 3)) * 86_400_000 + Math.floor(random() * 3_600_000));
        if (visit % 4 === 3) {
          // A visit sums yesterday's ratings into the rollup; then the latest of them is undone.
          await updateRollupAndGetProgress(db, user.id, bank, day, now, 90);
          await undoLastReview(db, user.id);
        }
        const kept = await updateRollupAndGetProgress(db, user.id, bank, day, now, 90);
        expect(kept).toEqual(await fresh(now));
      }
      // A move to another time zone: the days are summed again, by the new one.
      const moved = { ...day, timeZone: "Europe/Berlin", dayStartsAtHour: 6 };
      await updateRollupAndGetProgress(db, user.id, bank, day, now, 90);
      expect(await updateRollupAndGetProgress(db, user.id, bank, moved, now, 90)).toEqual(await fresh(now, moved));
    });
  }
});
