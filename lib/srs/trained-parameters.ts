import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { StudySettings } from "@/lib/settings/schemas";
import { replayMemoryStates } from "./memory-states";
import { parseStoredParameters } from "./schemas";

// What a student does with a finished training: keep it, discard it, or go back to the defaults.

/** Cards whose recomputed memory state is written per transaction. */
const MEMORY_STATE_BATCH = 25;

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
  // ~4 s of CPU per 100k reviews: replayed REPLAY_SLICE ratings at a time, other requests running in between.
  const replay = replayMemoryStates(cards, reviews, settings);
  let step = replay.next();
  while (!step.done) {
    await new Promise((resolve) => setImmediate(resolve));
    step = replay.next();
  }
  const states = [...step.value];
  await db.studySettings.upsert({ where: { userId }, create: { userId, fsrsParameters: stored }, update: { fsrsParameters: stored } });
  // Small batches: on SQLite a transaction holds the one write lock, and other students' requests wait for it.
  for (let i = 0; i < states.length; i += MEMORY_STATE_BATCH) {
    await db.$transaction(states.slice(i, i + MEMORY_STATE_BATCH).map(([id, state]) => db.card.update({ where: { id }, data: state })));
  }
}
