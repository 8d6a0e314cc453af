import { afterAll, describe, expect, test } from "vitest";
import { rankItems } from "@/lib/answers/report";
import { countItemAnswers } from "@/lib/answers/report-queries";
import type { BankQuestion } from "@/lib/content/bank";
import { loadBank } from "@/lib/content/read";
import { seededRandom } from "@/lib/random";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/mutations";
import { claimAnswer } from "@/lib/quiz/overrides";
import { missedPracticeSettings } from "@/lib/quiz/schemas";
import { recordReview } from "@/lib/srs/review";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/settings/schemas";
import { createTestUser, databaseKind, testDb } from "./helpers";

const db = testDb();
const bank = loadBank();
afterAll(() => db.$disconnect());

const written = [...bank.questions.values()].filter((q): q is Extract<BankQuestion, { kind: "written" }> => q.kind === "written");
let clock = new Date("2026-11-27T09:00:00Z").getTime();
const tick = () => new Date((clock += 60_000));

/** One submitted practice with these written questions answered as given. */
async function answerAll(userId: string, plan: [(typeof written)[number], string][]) {
  const ids = plan.map(([q]) => q.id);
  const { attemptId } = await startAttempt(db, userId, missedPracticeSettings(ids.length), bank, tick(), seededRandom(1), ids);
  const order = JSON.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).questionIds) as string[];
  for (const [q, text] of plan)
    await saveAnswer(
      db,
      userId,
      attemptId,
      { number: order.indexOf(q.id) + 1, answer: { kind: "written", text }, flagged: false, timeTakenMs: 0 },
      bank,
      tick(),
    );
  await submitAttempt(db, userId, attemptId, bank, tick());
  return attemptId;
}

describe(`content:report (${databaseKind()})`, () => {
  test("counts every student's attempts, wrong answers and claims per item, most overridden first", async () => {
    // The database is shared by the integration files: count what this test adds.
    const before = new Map((await countItemAnswers(db, bank)).map((item) => [item.id, item]));
    const [a, b, c] = written as [(typeof written)[number], (typeof written)[number], (typeof written)[number]];
    const ann = await createTestUser(db);
    const bob = await createTestUser(db);
    const first = await answerAll(ann.id, [
      [a, "nope"],
      [b, b.answer],
      [c, "nope"],
    ]);
    const second = await answerAll(bob.id, [
      [a, "nope"],
      [b, "nope"],
    ]);
    await claimAnswer(db, ann.id, first, a.id, true, bank, tick());
    await claimAnswer(db, bob.id, second, a.id, true, bank, tick());
    await claimAnswer(db, ann.id, first, c.id, true, bank, tick());
    await claimAnswer(db, ann.id, first, c.id, false, bank, tick()); // taken back: not counted
    const settings = { ...DEFAULT_STUDY_SETTINGS, enableFuzz: false };
    await recordReview(
      db,
      ann.id,
      {
        flashcardId: "en-lukoil-rosneft-card-1",
        rating: 3,
        requestId: "report1",
        durationMs: 0,
        typed: { answer: "Lukoil", correct: false, claimed: true },
      },
      tick(),
      settings,
    );
    await recordReview(
      db,
      bob.id,
      {
        flashcardId: "en-lukoil-rosneft-card-1",
        rating: 3,
        requestId: "report2",
        durationMs: 0,
        typed: { answer: "Rosneft, Lukoil", correct: true, claimed: false },
      },
      tick(),
      settings,
    );

    const rows = rankItems(
      (await countItemAnswers(db, bank)).map((item) => {
        const old = before.get(item.id);
        return old
          ? { ...item, attempts: item.attempts - old.attempts, wrong: item.wrong - old.wrong, overrides: item.overrides - old.overrides }
          : item;
      }),
    );
    expect(rows.map((row) => [row.id, row.attempts, row.wrong, row.overrides])).toEqual([
      [a.id, 2, 2, 2],
      ["en-lukoil-rosneft-card-1", 2, 1, 1],
      [c.id, 1, 1, 0],
      [b.id, 2, 1, 0],
    ]);
    expect(rows[0]).toMatchObject({ kind: "written", wrongRate: 1 });
  });
});
