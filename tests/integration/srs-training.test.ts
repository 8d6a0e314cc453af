import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { default_w } from "ts-fsrs";
import { loadBank } from "@/lib/content/read";
import { getStudySettings } from "@/lib/settings/queries";
import { saveStudySettings } from "@/lib/settings/mutations";
import { optimizeParameters } from "@/lib/srs/train-parameters";
import { discardTrainedParameters, keepTrainedParameters, restoreDefaultParameters } from "@/lib/srs/trained-parameters";
import { startOptimization } from "@/lib/srs/training-job";
import { getOptimizationView } from "@/lib/srs/training-view";
import { getStudyView } from "@/lib/srs/queries";
import { FORGETFUL_STUDENT_PARAMETERS, simulateHistory, toSimulatedRows } from "@/lib/srs/simulate";
import { toTrainingItems } from "@/lib/srs/training-items";
import { createTestUser, databaseKind, testDb } from "./helpers";

const db = testDb();
const bank = loadBank(path.join(__dirname, "../../content"));
afterAll(() => db.$disconnect());

const studyDay = { timeZone: "America/Los_Angeles", dayStartsAtHour: 4 };
const START = new Date("2026-01-05T17:00:00Z"); // 09:00 in Los Angeles
const DAYS = 200;
// The morning after the last session, two hours after its start: the first cards are due again.
const NOW = new Date(START.getTime() + DAYS * 86_400_000 + 2 * 3_600_000);

/** A student whose memory follows known parameters, studied for 200 days with the default schedule. */
function forgetfulHistory(seed: number) {
  return simulateHistory({
    trueParameters: FORGETFUL_STUDENT_PARAMETERS,
    cards: 230,
    newCardsPerDay: 10,
    days: DAYS,
    start: START,
    studyDay,
    seed,
  });
}

async function seededStudent(seed = 11) {
  const user = await createTestUser(db);
  const rows = toSimulatedRows(forgetfulHistory(seed), user.id, [...bank.flashcards.keys()]);
  await db.card.createMany({ data: rows.cards });
  await db.reviewLog.createMany({ data: rows.reviews });
  await saveStudySettings(db, user.id, { desiredRetention: 0.9, newCardsPerDay: 0, maximumInterval: 36500, ...studyDay });
  return { user, rows };
}

describe("training FSRS on a student's own history", () => {
  test("parameters trained on a simulated history predict its held-out part better than the defaults", async () => {
    const history = forgetfulHistory(7);
    const reviews = history.flatMap((c) =>
      c.reviews.map((r) => ({ cardId: String(c.index), rating: r.rating, state: r.log.state, reviewedAt: r.at })),
    );
    expect(reviews.length).toBeGreaterThan(2500);
    const items = toTrainingItems(reviews, studyDay);
    // Every fifth card is held out: training never sees its reviews.
    const heldOut = items.filter((i) => Number(i.cardId) % 5 === 0);
    const train = items.filter((i) => Number(i.cardId) % 5 !== 0);
    const progress: number[][] = [];

    const result = await optimizeParameters({
      train,
      evaluate: heldOut,
      currentParameters: null,
      onProgress: (c, t) => progress.push([c, t]),
    });

    expect(result.parameters).toHaveLength(21);
    expect(result.parameters).not.toEqual([...default_w]);
    expect(result.after.logLoss).toBeLessThan(result.before.logLoss);
    expect(result.after.rmse).toBeLessThan(result.before.rmse);
    expect(progress.length).toBeGreaterThan(0);
    console.log(
      `held-out fit on ${reviews.length} simulated reviews (${train.length} training items, ${heldOut.length} held out):`,
      `log loss ${result.before.logLoss.toFixed(4)} → ${result.after.logLoss.toFixed(4)},`,
      `RMSE ${result.before.rmse.toFixed(4)} → ${result.after.rmse.toFixed(4)}`,
    );
  });
});

describe(`the optimization job on ${databaseKind()}`, () => {
  test("two clicks start one training; it reports the fit, and keeping it changes every later schedule", async () => {
    const { user, rows } = await seededStudent();
    const settings = await getStudySettings(db, user.id);
    const before = await getStudyView(db, user.id, bank, settings, NOW);
    expect(before.card?.phase).toBe("review");

    const clicks = await Promise.all([startOptimization(db, user.id, settings, NOW), startOptimization(db, user.id, settings, NOW)]);
    const started = clicks.flatMap((c) => (c.started ? [c] : []));
    expect(started).toHaveLength(1);
    expect(clicks.find((c) => !c.started)).toMatchObject({ reason: "already-running" });
    expect(started[0]!.view.status).toBe("running");
    await started[0]!.run;

    const done = await getOptimizationView(db, user.id, new Date());
    expect(done).toMatchObject({
      status: "done",
      reviewCount: rows.reviews.length,
      cardCount: rows.cards.length,
      error: null,
      isUsingTrained: false,
    });
    expect(done.after!.logLoss).toBeLessThan(done.before!.logLoss);
    expect(done.durationMs).toBeGreaterThan(0);
    console.log(
      `job: ${rows.reviews.length} reviews of ${rows.cards.length} cards trained in ${done.durationMs} ms; log loss ${done.before!.logLoss.toFixed(4)} → ${done.after!.logLoss.toFixed(4)}, RMSE ${done.before!.rmse.toFixed(4)} → ${done.after!.rmse.toFixed(4)}`,
    );

    expect(await keepTrainedParameters(db, user.id, settings)).toBe(true);
    const kept = await getStudySettings(db, user.id);
    const stored = JSON.parse((await db.fsrsOptimization.findUniqueOrThrow({ where: { userId: user.id } })).parameters!);
    expect(kept.fsrsParameters).toEqual(stored);
    expect((await getOptimizationView(db, user.id, new Date())).status).toBe("kept");

    // The same card, at the same moment: its previews now come from the trained parameters.
    const after = await getStudyView(db, user.id, bank, kept, NOW);
    expect(after.card?.flashcardId).toBe(before.card?.flashcardId);
    expect(after.card?.intervals).not.toEqual(before.card?.intervals);
    const row = await db.card.findFirstOrThrow({ where: { userId: user.id, flashcardId: before.card!.flashcardId } });
    const seeded = rows.cards.find((c) => c.flashcardId === before.card!.flashcardId)!;
    expect(row.stability).not.toBe(seeded.stability);
    expect(row.due).toEqual(seeded.due);

    await restoreDefaultParameters(db, user.id, kept);
    const restored = await getStudySettings(db, user.id);
    expect(restored.fsrsParameters).toBeNull();
    expect((await getStudyView(db, user.id, bank, restored, NOW)).card?.intervals).toEqual(before.card?.intervals);
  });

  test("discarding leaves the schedule as it was; a student with little history can't train", async () => {
    const { user } = await seededStudent(12);
    const settings = await getStudySettings(db, user.id);
    const start = await startOptimization(db, user.id, settings, NOW);
    if (!start.started) throw new Error("expected a training to start");
    await start.run;
    expect(await discardTrainedParameters(db, user.id)).toBe(true);
    expect(await keepTrainedParameters(db, user.id, settings)).toBe(false);
    expect((await getStudySettings(db, user.id)).fsrsParameters).toBeNull();
    expect((await getOptimizationView(db, user.id, new Date())).status).toBe("discarded");

    const newcomer = await createTestUser(db);
    const refused = await startOptimization(db, newcomer.id, await getStudySettings(db, newcomer.id), NOW);
    expect(refused).toMatchObject({ started: false, reason: "not-enough-history" });
    expect(await db.fsrsOptimization.count({ where: { userId: newcomer.id } })).toBe(0);
  });

  test("a training cut short (no heartbeat for minutes) can be started again", async () => {
    const { user } = await seededStudent(13);
    const settings = await getStudySettings(db, user.id);
    const long = new Date(NOW.getTime() - 10 * 60_000);
    await db.fsrsOptimization.create({ data: { userId: user.id, status: "running", startedAt: long, heartbeatAt: long } });
    expect((await getOptimizationView(db, user.id, NOW)).status).toBe("failed");
    const start = await startOptimization(db, user.id, settings, NOW);
    expect(start.started).toBe(true);
    if (start.started) await start.run;
  });

  test("a deleted student's training stops; one server runs at most TRAININGS_PER_SERVER at once", async () => {
    const { user } = await seededStudent(14);
    const settings = await getStudySettings(db, user.id);
    const start = await startOptimization(db, user.id, settings, NOW);
    expect(start.started).toBe(true);
    // The account goes (and its training row with it) while the worker runs: the worker is stopped.
    await db.user.delete({ where: { id: user.id } });
    if (start.started) expect(await start.run).toBe("stopped");
    expect(await db.fsrsOptimization.count({ where: { userId: user.id } })).toBe(0);

    const [a, b] = [await seededStudent(15), await seededStudent(16)];
    const first = await startOptimization(db, a.user.id, await getStudySettings(db, a.user.id), NOW, { maxPerServer: 1 });
    const second = await startOptimization(db, b.user.id, await getStudySettings(db, b.user.id), NOW, { maxPerServer: 1 });
    expect(first.started).toBe(true);
    expect(second).toMatchObject({ started: false, reason: "server-busy" });
    if (first.started) expect(await first.run).toBe("done");
    const later = await startOptimization(db, b.user.id, await getStudySettings(db, b.user.id), NOW, { maxPerServer: 1 });
    expect(later.started).toBe(true);
    if (later.started) await later.run;
  });

  test("damaged stored parameters are not used: the schedule falls back to the defaults", async () => {
    const user = await createTestUser(db);
    await saveStudySettings(db, user.id, { desiredRetention: 0.9, newCardsPerDay: 20, maximumInterval: 36500 });
    await db.studySettings.update({ where: { userId: user.id }, data: { fsrsParameters: JSON.stringify([1, 2, 3]) } });
    expect((await getStudySettings(db, user.id)).fsrsParameters).toBeNull();
  });
});
