import { describe, expect, test } from "vitest";
import { postExamDue } from "@/lib/exam/post-exam";
import { DEFAULT_STUDY_DAY, studyDayNumber } from "@/lib/srs/day";
import { DAY_MS, NOW, reviewed } from "./fixtures";

const examAt = new Date(NOW.getTime() + 15 * 3_600_000); // 09:00 the next morning
const options = { examAt, desiredRetention: 0.9, studyDay: DEFAULT_STUDY_DAY };
const dayOf = (d: Date) => studyDayNumber(d, DEFAULT_STUDY_DAY);

describe("after the exam", () => {
  test("a deck swept the evening before doesn't fall due all at once", () => {
    // 237 cards rated the evening before the exam, many with short memories, some overdue ones skipped.
    const cards = Array.from({ length: 237 }, (_, i) => reviewed(i % 5 === 0 ? 20 : 0, 1 + (i % 4)));
    const busiestDay = (spreadDays: number) => {
      const perDay = new Map<number, number>();
      for (const [i, card] of cards.entries()) {
        const day = dayOf(postExamDue(card, `card-${i}`, { ...options, spreadDays }));
        expect(day).toBeGreaterThan(dayOf(examAt));
        perDay.set(day, (perDay.get(day) ?? 0) + 1);
      }
      return Math.max(...perDay.values());
    };
    // Unspread, 143 of them would be due the day after the exam.
    expect(busiestDay(1)).toBeGreaterThan(100);
    // Spread over the week after: no day carries much more than its share (34).
    expect(busiestDay(7)).toBeLessThanOrEqual(50);
  });

  test("a card is never due earlier than the normal retention would have it", () => {
    const card = reviewed(0, 40);
    const due = postExamDue(card, "card-1", options);
    expect(dayOf(due) - dayOf(card.lastReview!)).toBeGreaterThanOrEqual(30);
  });

  test("a card never studied is left alone", () => {
    const card = { ...reviewed(0, 1), state: 0, lastReview: null, due: new Date(NOW.getTime() - DAY_MS) };
    expect(postExamDue(card, "card-1", options)).toEqual(card.due);
  });
});
