import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { OptimizationStatus, OptimizationView } from "./types";

// What the settings page shows of a student's training, read from their one FsrsOptimization row.

/** Training needs this much history to say anything (FSRS's own guidance is in this range). */
export const MIN_REVIEWS_TO_TRAIN = 400;
export const MIN_CARDS_TO_TRAIN = 100;
/** A "running" training without a sign of life for this long was cut short (e.g. a server restart). */
export const STALE_TRAINING_MS = 2 * 60_000;

type Row = NonNullable<Awaited<ReturnType<Db["fsrsOptimization"]["findUnique"]>>>;

/** How much history the student has, and whether it is enough to train on. */
export async function countHistory(db: Db, userId: string) {
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
