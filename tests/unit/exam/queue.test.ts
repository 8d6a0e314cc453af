import { describe, expect, test } from "vitest";
import { newCardsWithExam, orderWithExam } from "@/lib/exam/queue";

const LEARNING = 1;
const REVIEW = 2;
const isExamCard = (id: string) => id.startsWith("exam-");
const dayStart = new Date(2026, 11, 1, 4, 0);
const queue = { sectionIds: ["exam"], newFlashcardIds: ["exam-n1", "exam-n2", "exam-n3"], reviewFlashcardIds: ["exam-r3", "exam-r1"] };

describe("the study queue under an exam", () => {
  test("learning steps first, then the plan's reviews in its order, then other sections' reviews", () => {
    const dueNow = [
      { flashcardId: "exam-r1", state: REVIEW },
      { flashcardId: "other-r", state: REVIEW },
      { flashcardId: "exam-r2", state: REVIEW }, // due by FSRS, left out by the plan
      { flashcardId: "exam-l", state: LEARNING },
    ];
    const planned = [
      { flashcardId: "exam-r1", state: REVIEW },
      { flashcardId: "exam-r3", state: REVIEW }, // not due by FSRS yet: the plan brings it in
    ];
    expect(orderWithExam(dueNow, planned, queue, isExamCard, dayStart).map((c) => c.flashcardId)).toEqual([
      "exam-l",
      "exam-r3",
      "exam-r1",
      "other-r",
    ]);
  });

  test("a planned card in a learning step is shown once, as a learning card", () => {
    const dueNow = [{ flashcardId: "exam-r1", state: LEARNING }];
    expect(orderWithExam(dueNow, [{ flashcardId: "exam-r1", state: LEARNING }], queue, isExamCard, dayStart)).toHaveLength(1);
  });

  test("an exam card rated today waits for tomorrow (the plan shows it once a day); other sections' steps don't", () => {
    const ratedToday = new Date(2026, 11, 1, 9, 0);
    const yesterday = new Date(2026, 10, 30, 21, 0);
    const dueNow = [
      { flashcardId: "exam-a", state: LEARNING, lastReview: ratedToday },
      { flashcardId: "exam-b", state: LEARNING, lastReview: yesterday },
      { flashcardId: "other-l", state: LEARNING, lastReview: ratedToday },
    ];
    expect(orderWithExam(dueNow, [], queue, isExamCard, dayStart).map((c) => c.flashcardId)).toEqual(["exam-b", "other-l"]);
  });

  test("new cards: the plan's for the exam (beyond the daily limit), others within the limit", () => {
    const unseen = ["exam-n2", "exam-n9", "other-1", "other-2", "exam-n1", "other-3", "exam-n3"].map((id) => ({ id }));
    expect(newCardsWithExam(unseen, 2, queue, isExamCard).map((c) => c.id)).toEqual([
      "exam-n1",
      "exam-n2",
      "exam-n3",
      "other-1",
      "other-2",
    ]);
    // A planned card that is no longer unseen (rated in another tab) is skipped.
    expect(newCardsWithExam([{ id: "exam-n3" }], 0, queue, isExamCard).map((c) => c.id)).toEqual(["exam-n3"]);
  });
});
