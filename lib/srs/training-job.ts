import "server-only";
import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import type { StudySettings } from "@/lib/settings/schemas";
import { optimizeParameters } from "./train-parameters";
import { createScheduler, newCard, rateCard, type Grade } from "./scheduler";
import { parseStoredParameters } from "./schemas";
import type { OptimizationStatus, OptimizationView } from "./types";
import { toTrainingItems, type TrainingReview } from "./training-items";

/** Training needs this much history to say anything (FSRS's own guidance is in this range). */
export const MIN_REVIEWS_TO_TRAIN = 400;
export const MIN_CARDS_TO_TRAIN = 100;
/** A "running" training without a sign of life for this long was cut short (e.g. a server restart). */
export const STALE_TRAINING_MS = 2 * 60_000;
/** Progress is written at most this often. */
const PROGRESS_WRITE_MS = 500;
const HEARTBEAT_MS = 15_000;
/** Cards whose memory state is recomputed before the event loop gets a turn (about 10 ms of work). */
const RECOMPUTE_SLICE = 200;
/** Cards whose recomputed memory state is written per transaction. */
const MEMORY_STATE_BATCH = 25;

type Row = NonNullable<Awaited<ReturnType<Db["fsrsOptimization"]["findUnique"]>>>;

async function countHistory(db: Db, userId: string) {
  const [reviews, cards] = await Promise.all([
    db.reviewLog.count({ where: { userId } }),
    db.card.count({ where: { userId, reviews: { some: {} } } }),
  ]);
  return { reviews, cards, isEnough: reviews >= MIN_REVIEWS_TO_TRAIN && cards >= MIN_CARDS_TO_TRAIN };
}

/** The training state of one student, for the settings page and its polling. */
export async function getOptimizationView(db: Db, userId: string, now: Date): Promise<OptimizationView> {
  const [row, history, settings] = await Promise.all([
    db.fsrsOptimization.findUnique({ where: { userId } }),
    countHistory(db, userId),
    db.studySettings.findUnique({ where: { userId }, select: { fsrsParameters: true } }),
  ]);
  return toView(row, history, Boolean(settings?.fsrsParameters), now);
}

function toView(row: Row | null, history: OptimizationView["history"], isUsingTrained: boolean, now: Date): OptimizationView {
  const base = { history, isUsingTrained };
  if (!row) {
    return {
      ...base,
      status: "idle",
      progress: 0,
      reviewCount: 0,
      cardCount: 0,
      startedAt: null,
      durationMs: null,
      before: null,
      after: null,
      error: null,
    };
  }
  const isStale = row.status === "running" && now.getTime() - row.heartbeatAt.getTime() > STALE_TRAINING_MS;
  const fit = (logLoss: number | null, rmse: number | null) => (logLoss === null || rmse === null ? null : { logLoss, rmse });
  return {
    ...base,
    status: isStale ? "failed" : (row.status as OptimizationStatus),
    progress: row.progressTotal > 0 ? Math.min(1, row.progress / row.progressTotal) : 0,
    reviewCount: row.reviewCount,
    cardCount: row.cardCount,
    startedAt: row.startedAt.toISOString(),
    durationMs: row.durationMs,
    before: fit(row.logLossBefore, row.rmseBefore),
    after: fit(row.logLossAfter, row.rmseAfter),
    error: isStale ? "Training was interrupted. Start it again." : row.error,
  };
}

/** How a training ended: "stopped" when its row went away (account deleted) or was taken over. */
export type TrainingOutcome = "done" | "failed" | "stopped";

export type StartResult =
  | { started: true; view: OptimizationView; run: Promise<TrainingOutcome> }
  | { started: false; reason: "not-enough-history" | "already-running" | "server-busy"; view: OptimizationView };

/** Trainings running in this process (each is a worker thread busy for seconds to minutes). */
let runningHere = 0;
export const runningTrainings = () => runningHere;

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

/**
 * Use the trained parameters from now on: they go into the student's settings,
 * and every card's memory state (stability, difficulty) is recomputed from its
 * reviews with them, as Anki does. Due dates stay as they are.
 *
 * @returns false when there is no finished training to keep.
 */
export async function keepTrainedParameters(db: Db, userId: string, settings: StudySettings): Promise<boolean> {
  const row = await db.fsrsOptimization.findUnique({ where: { userId } });
  if (!row || row.status !== "done") return false;
  const parameters = parseStoredParameters(row.parameters);
  if (!parameters) return false;
  const { count } = await db.fsrsOptimization.updateMany({
    where: { userId, status: "done", startedAt: row.startedAt },
    data: { status: "kept" },
  });
  if (count === 0) return false;
  await setParameters(db, userId, { ...settings, fsrsParameters: parameters });
  return true;
}

/** Leave the parameters as they were. @returns false when there is no finished training to discard. */
export async function discardTrainedParameters(db: Db, userId: string): Promise<boolean> {
  const { count } = await db.fsrsOptimization.updateMany({ where: { userId, status: "done" }, data: { status: "discarded" } });
  return count > 0;
}

/** Go back to FSRS's default parameters (memory states are recomputed with them). */
export async function restoreDefaultParameters(db: Db, userId: string, settings: StudySettings): Promise<void> {
  await setParameters(db, userId, { ...settings, fsrsParameters: null });
}

async function setParameters(db: Db, userId: string, settings: StudySettings): Promise<void> {
  const stored = settings.fsrsParameters ? JSON.stringify(settings.fsrsParameters) : null;
  const [cards, reviews] = await Promise.all([
    db.card.findMany({ where: { userId }, select: { id: true, resetAt: true } }),
    db.reviewLog.findMany({
      where: { userId },
      select: { cardId: true, rating: true, reviewedAt: true },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    }),
  ]);
  // ~4 s of CPU per 100k reviews: computed a slice of cards at a time, letting other requests run in between.
  const byCard = new Map<string, typeof reviews>();
  for (const review of reviews) {
    const list = byCard.get(review.cardId);
    if (list) list.push(review);
    else byCard.set(review.cardId, [review]);
  }
  const states: [string, { stability: number; difficulty: number }][] = [];
  for (let i = 0; i < cards.length; i += RECOMPUTE_SLICE) {
    const slice = cards.slice(i, i + RECOMPUTE_SLICE);
    states.push(
      ...recomputeMemoryStates(
        slice,
        slice.flatMap((card) => byCard.get(card.id) ?? []),
        settings,
      ),
    );
    await new Promise((resolve) => setImmediate(resolve));
  }
  await db.studySettings.upsert({ where: { userId }, create: { userId, fsrsParameters: stored }, update: { fsrsParameters: stored } });
  // Small batches: on SQLite a transaction holds the one write lock, and other students' requests wait for it.
  for (let i = 0; i < states.length; i += MEMORY_STATE_BATCH) {
    await db.$transaction(states.slice(i, i + MEMORY_STATE_BATCH).map(([id, state]) => db.card.update({ where: { id }, data: state })));
  }
}

/**
 * Each card's stability and difficulty as the given parameters make them from
 * its ratings since it was last reset. Pure.
 */
export function recomputeMemoryStates(
  cards: { id: string; resetAt: Date | null }[],
  reviews: { cardId: string; rating: number; reviewedAt: Date }[],
  settings: StudySettings,
): Map<string, { stability: number; difficulty: number }> {
  const scheduler = createScheduler({ ...settings, enableFuzz: false });
  const byCard = new Map<string, typeof reviews>();
  for (const r of reviews) {
    const list = byCard.get(r.cardId) ?? [];
    list.push(r);
    byCard.set(r.cardId, list);
  }
  const states = new Map<string, { stability: number; difficulty: number }>();
  for (const card of cards) {
    const ratings = (byCard.get(card.id) ?? []).filter((r) => !card.resetAt || r.reviewedAt > card.resetAt);
    if (ratings.length === 0) continue;
    let state = newCard(ratings[0]!.reviewedAt);
    for (const r of ratings) state = rateCard(scheduler, state, r.rating as Grade, r.reviewedAt).card;
    states.set(card.id, { stability: state.stability, difficulty: state.difficulty });
  }
  return states;
}
