import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { seededRandom } from "@/lib/random";
import { startAttempt } from "@/lib/quiz/mutations";
import { QUICK_QUIZ } from "@/lib/quiz/schemas";
import { createTestUser, testDb } from "./helpers";
import { session } from "./mock-session";

// Starting a quiz while another is open (issue #19, B17): refused with the open quiz named, and
// the open quiz is abandoned (submitted as it stands) only when the student names it.

const db = testDb();
const bank = loadBank();
let quickQuizAction: typeof import("@/lib/quiz/actions").quickQuizAction;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  ({ quickQuizAction } = await import("@/lib/quiz/actions"));
});
afterAll(() => db.$disconnect());

async function studentWithOpenQuiz() {
  const student = await createTestUser(db);
  const { attemptId } = await startAttempt(db, student.id, QUICK_QUIZ, bank, new Date(), seededRandom(7));
  session.user = { id: student.id, name: "T", email: student.email, isAnonymous: false };
  return { student, attemptId };
}

describe("starting a quiz while another is open", () => {
  test("is refused with the open quiz named, and nothing starts", async () => {
    const { student, attemptId } = await studentWithOpenQuiz();
    const result = await quickQuizAction();
    expect(result).toMatchObject({
      ok: false,
      error: "You have a quiz in progress. Resume it, or abandon it to start a new one.",
      openQuiz: { attemptId, answered: 0, total: 10, remainingMs: expect.any(Number) },
    });
    expect(await db.quizAttempt.count({ where: { userId: student.id } })).toBe(1);
  });

  test("abandoning it submits it as it stands, then the new quiz starts", async () => {
    const { student, attemptId } = await studentWithOpenQuiz();
    await expect(quickQuizAction(attemptId)).rejects.toThrow(/REDIRECT \/quiz\//);
    const abandoned = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(abandoned.submittedAt).not.toBeNull();
    expect(abandoned.score).toBe(0);
    expect(await db.quizAttempt.count({ where: { userId: student.id, submittedAt: null } })).toBe(1);
  });

  test("naming another student's quiz, or a made-up id, abandons nothing", async () => {
    const other = await studentWithOpenQuiz();
    const { student, attemptId } = await studentWithOpenQuiz();
    for (const abandon of [other.attemptId, "doesnotexist", 42, { attemptId }]) {
      expect(await quickQuizAction(abandon)).toMatchObject({ ok: false, openQuiz: { attemptId } });
    }
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: other.attemptId } })).submittedAt).toBeNull();
    expect(await db.quizAttempt.count({ where: { userId: student.id } })).toBe(1);
  });
});
