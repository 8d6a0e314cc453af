import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { FORGETFUL_STUDENT_PARAMETERS, simulateHistory, toSimulatedRows } from "@/lib/srs/simulate";
import { createTestUser, databaseKind, testDb } from "./helpers";
import { as } from "./harness";
import { session } from "./mock-session";

const db = testDb();
const bank = loadBank(path.join(__dirname, "../../content"));
let srs: typeof import("@/lib/srs/actions");
let queries: typeof import("@/lib/srs/queries");
let progress: typeof import("@/lib/progress/progress-view");

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  srs = await import("@/lib/srs/actions");
  queries = await import("@/lib/srs/queries");
  progress = await import("@/lib/progress/progress-view");
});
afterAll(() => db.$disconnect());

/** A student with a simulated history of about 2,000 reviews. */
async function studentWithHistory() {
  const user = await createTestUser(db);
  const history = simulateHistory({
    trueParameters: FORGETFUL_STUDENT_PARAMETERS,
    cards: 150,
    newCardsPerDay: 15,
    days: 90,
    start: new Date(Date.now() - 91 * 86_400_000),
    studyDay: { timeZone: "UTC", dayStartsAtHour: 4 },
    seed: 3,
  });
  const rows = toSimulatedRows(history, user.id, [...bank.flashcards.keys()]);
  await db.card.createMany({ data: rows.cards });
  await db.reviewLog.createMany({ data: rows.reviews });
  return user;
}

async function untilTrained(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const view = await srs.getOptimizationAction();
    if (view.ok && view.data.status !== "running") return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("training did not finish");
}

/** B: a leech, a suspended card, a finished training waiting for keep/discard, and settings. */
async function studentB() {
  const b = await studentWithHistory();
  as(b);
  expect((await srs.startOptimizationAction()).ok).toBe(true);
  await untilTrained();
  const [leech, suspended] = await db.card.findMany({ where: { userId: b.id }, take: 2, orderBy: { flashcardId: "asc" } });
  await db.card.update({ where: { id: leech!.id }, data: { isLeech: true, isSuspended: true } });
  await db.card.update({ where: { id: suspended!.id }, data: { isSuspended: true } });
  const snapshot = async () => ({
    cards: await db.card.findMany({ where: { userId: b.id }, orderBy: { id: "asc" } }),
    reviews: await db.reviewLog.count({ where: { userId: b.id } }),
    optimization: await db.fsrsOptimization.findUnique({ where: { userId: b.id } }),
    settings: await db.studySettings.findUnique({ where: { userId: b.id } }),
  });
  return { b, leech: leech!, suspended: suspended!, before: await snapshot(), snapshot };
}

describe(`no student reads or changes another's cards, leeches or training (${databaseKind()})`, () => {
  test("bury and suspend with B's card ids act on A's own copy of the flashcard only", async () => {
    const { b, leech, before, snapshot } = await studentB();
    const a = await createTestUser(db);
    as(a);
    const hostile = { flashcardId: leech.flashcardId, userId: b.id, cardId: leech.id };
    expect((await srs.buryCardAction(hostile)).ok).toBe(true);
    expect((await srs.suspendCardAction(hostile)).ok).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect(await db.card.findMany({ where: { userId: a.id }, select: { flashcardId: true, isSuspended: true } })).toEqual([
      { flashcardId: leech.flashcardId, isSuspended: true },
    ]);
  });

  test("unsuspend and reset of B's leech from A's session find nothing and change nothing", async () => {
    const { b, leech, suspended, before, snapshot } = await studentB();
    const a = await createTestUser(db);
    as(a);
    for (const card of [leech, suspended]) {
      const hostile = { flashcardId: card.flashcardId, userId: b.id, cardId: card.id };
      expect(await srs.unsuspendCardAction(hostile)).toEqual({ ok: false, error: "You have no such card. Reload the page." });
      expect(await srs.resetCardAction(hostile)).toEqual({ ok: false, error: "You have no such card. Reload the page." });
    }
    expect(await snapshot()).toEqual(before);
  });

  test("A's Leeches and Progress pages count none of B's cards or reviews", async () => {
    const { b } = await studentB();
    const a = await createTestUser(db);
    expect(await queries.getLeechesAndSuspended(db, a.id, bank)).toEqual([]);
    expect(await queries.getLeechesAndSuspended(db, b.id, bank)).toHaveLength(2);
    const day = { timeZone: "UTC", dayStartsAtHour: 4, desiredRetention: 0.9 };
    const mine = await progress.updateRollupAndGetProgress(db, a.id, bank, day, new Date());
    expect(mine.hasReviews).toBe(false);
    expect(mine.retention.find((row) => row.period === "all")?.total).toEqual({ passed: 0, failed: 0, retention: null });
    const theirs = await progress.updateRollupAndGetProgress(db, b.id, bank, day, new Date());
    const all = theirs.retention.find((row) => row.period === "all")!.total;
    expect(all.passed + all.failed).toBeGreaterThan(100);
  });

  test("A can't see, keep, discard or replace B's training", async () => {
    const { before, snapshot } = await studentB();
    const a = await createTestUser(db);
    as(a);
    const view = await srs.getOptimizationAction();
    expect(view).toMatchObject({ ok: true, data: { status: "idle", before: null, after: null, history: { reviews: 0, cards: 0 } } });
    expect(await srs.keepParametersAction()).toEqual({ ok: false, error: "There are no new parameters to keep. Optimize first." });
    expect(await srs.discardParametersAction()).toEqual({ ok: false, error: "There are no new parameters to discard." });
    expect((await srs.startOptimizationAction()).ok).toBe(false);
    expect((await srs.restoreDefaultParametersAction()).ok).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect(before.optimization?.status).toBe("done");
  });

  test("A's own training writes only A's rows", async () => {
    const { before, snapshot } = await studentB();
    const a = await studentWithHistory();
    as(a);
    expect((await srs.startOptimizationAction()).ok).toBe(true);
    await untilTrained();
    expect((await srs.keepParametersAction()).ok).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect((await db.studySettings.findUniqueOrThrow({ where: { userId: a.id } })).fsrsParameters).not.toBeNull();
  });

  test("without a session, every new action refuses", async () => {
    session.user = null;
    const ref = { flashcardId: [...bank.flashcards.keys()][0] };
    for (const action of [srs.buryCardAction, srs.suspendCardAction, srs.unsuspendCardAction, srs.resetCardAction]) {
      await expect(action(ref)).rejects.toThrow(/REDIRECT/);
    }
    for (const action of [
      srs.startOptimizationAction,
      srs.getOptimizationAction,
      srs.keepParametersAction,
      srs.discardParametersAction,
      srs.restoreDefaultParametersAction,
    ]) {
      await expect(action()).rejects.toThrow(/REDIRECT/);
    }
  });
});
