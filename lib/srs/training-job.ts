import "server-only";
import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import type { StudySettings } from "@/lib/settings/schemas";
import { optimizeParameters } from "./train-parameters";
import type { OptimizationView } from "./types";
import { toTrainingItems, type TrainingReview } from "./training-items";
import { countHistory, getOptimizationView, STALE_TRAINING_MS } from "./training-view";

// Starting a training (one per student, claimed on their row) and running it in the background.

/** Progress is written at most this often. */
const PROGRESS_WRITE_MS = 500;
const HEARTBEAT_MS = 15_000;
/** How a training ended: "stopped" when its row went away (account deleted) or was taken over. */
export type TrainingOutcome = "done" | "failed" | "stopped";

export type StartResult =
  | { started: true; view: OptimizationView; run: Promise<TrainingOutcome> }
  | { started: false; reason: "not-enough-history" | "already-running" | "server-busy"; view: OptimizationView };

/** Trainings running in this process (each is a worker thread busy for seconds to minutes). */
let runningHere = 0;

/**
 * Start training a student's parameters, unless a training of theirs is already
 * running: the claim is one conditional write on their single row, so two
 * clicks (or two servers) start one training. The training itself runs in the
 * background (`run`, which never rejects); the caller need not wait for it.
 *
 * @example const start = await startOptimization(db, user.id, settings, new Date()); if (start.started) void start.run;
 */
export async function startOptimization(
  db: Db,
  userId: string,
  settings: StudySettings,
  now: Date,
  { maxPerServer = env.TRAININGS_PER_SERVER }: { maxPerServer?: number } = {},
): Promise<StartResult> {
  const history = await countHistory(db, userId);
  if (!history.isEnough) {
    return { started: false, reason: "not-enough-history", view: await getOptimizationView(db, userId, now) };
  }
  // One training per student (the claim below), and at most `maxPerServer` at once in this process.
  if (runningHere >= maxPerServer) return { started: false, reason: "server-busy", view: await getOptimizationView(db, userId, now) };
  runningHere++;
  const fresh = {
    status: "running",
    progress: 0,
    progressTotal: 0,
    reviewCount: history.reviews,
    cardCount: history.cards,
    startedAt: now,
    heartbeatAt: now,
    finishedAt: null,
    durationMs: null,
    parameters: null,
    logLossBefore: null,
    rmseBefore: null,
    logLossAfter: null,
    rmseAfter: null,
    error: null,
  };
  const stale = new Date(now.getTime() - STALE_TRAINING_MS);
  const { count } = await db.fsrsOptimization.updateMany({
    where: { userId, OR: [{ status: { not: "running" } }, { heartbeatAt: { lt: stale } }] },
    data: fresh,
  });
  if (count === 0) {
    try {
      await db.fsrsOptimization.create({ data: { userId, ...fresh } });
    } catch (error) {
      // The row exists (a training is running) or another request created it a moment ago.
      runningHere--;
      if (await db.fsrsOptimization.findUnique({ where: { userId }, select: { userId: true } })) {
        return { started: false, reason: "already-running", view: await getOptimizationView(db, userId, now) };
      }
      throw error;
    }
  }
  const run = runOptimization(db, userId, settings, now).finally(() => runningHere--);
  return { started: true, view: await getOptimizationView(db, userId, now), run };
}

/** Load the history, train in the worker, and store the outcome. Never rejects: a failure is stored. */
async function runOptimization(db: Db, userId: string, settings: StudySettings, startedAt: Date): Promise<TrainingOutcome> {
  const mine = { userId, startedAt, status: "running" };
  const clock = performance.now();
  const stop = new AbortController();
  let lastWrite = 0;
  let writing = Promise.resolve();
  // Every write is to this training's own row: when it matches nothing the row is gone (the account
  // was deleted, its rows with it) or another training took over, and the worker is stopped.
  const write = (data: Record<string, unknown>) => {
    writing = writing
      .then(() => db.fsrsOptimization.updateMany({ where: mine, data }))
      .then(({ count }) => {
        if (count === 0) stop.abort();
      })
      .catch(() => undefined);
  };
  write({ heartbeatAt: new Date() });
  const heartbeat = setInterval(() => write({ heartbeatAt: new Date() }), HEARTBEAT_MS);
  try {
    const reviews: TrainingReview[] = await db.reviewLog.findMany({
      where: { userId },
      select: { cardId: true, rating: true, state: true, reviewedAt: true },
      orderBy: { reviewedAt: "asc" },
    });
    const items = toTrainingItems(reviews, settings);
    const result = await optimizeParameters({
      train: items,
      evaluate: items,
      currentParameters: settings.fsrsParameters ?? null,
      signal: stop.signal,
      onProgress: (current, total) => {
        const at = performance.now();
        if (at - lastWrite < PROGRESS_WRITE_MS && current < total) return;
        lastWrite = at;
        write({ progress: current, progressTotal: total, heartbeatAt: new Date() });
      },
    });
    await writing;
    await db.fsrsOptimization.updateMany({
      where: mine,
      data: {
        status: "done",
        progress: 1,
        progressTotal: 1,
        parameters: JSON.stringify(result.parameters),
        logLossBefore: result.before.logLoss,
        rmseBefore: result.before.rmse,
        logLossAfter: result.after.logLoss,
        rmseAfter: result.after.rmse,
        finishedAt: new Date(),
        durationMs: Math.round(performance.now() - clock),
        heartbeatAt: new Date(),
      },
    });
    return "done";
  } catch (error) {
    if (stop.signal.aborted) return "stopped";
    console.error(`FSRS training failed for user ${userId}`, error);
    await writing;
    await db.fsrsOptimization
      .updateMany({
        where: mine,
        data: { status: "failed", error: "Training failed. Your parameters are unchanged; try again later.", finishedAt: new Date() },
      })
      .catch((writeError: unknown) => console.error(`Could not record the failed training of user ${userId}`, writeError));
    return "failed";
  } finally {
    clearInterval(heartbeat);
  }
}
