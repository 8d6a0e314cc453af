import "server-only";
import type { Db } from "@/lib/db/create-client";
import { buryCard, suspendCard } from "@/lib/srs/mutations";
import { DEFAULT_LEECH_THRESHOLD } from "@/lib/srs/leech";
import { toCardColumns } from "@/lib/srs/mapping";
import type { ReviewOptions } from "@/lib/srs/review";
import { isBeforeReset } from "@/lib/srs/review";
import { createScheduler, newCard, type Grade } from "@/lib/srs/scheduler";
import type { SyncOperation } from "./schemas";
import type { SyncedCard, SyncItemResult, SyncRefusal } from "./types";
import { checkOperations, REFUSAL_MESSAGES } from "./validate";
import { replayMadeLeech, replayRatings } from "./replay";

type RateOperation = Extract<SyncOperation, { kind: "rate" }>;

export interface SyncOptions {
  review: ReviewOptions;
  isStudied: (flashcardId: string) => boolean;
  maxAgeMs?: number;
}

/**
 * Store a batch of a device's offline queue (at most MAX_SYNC_BATCH operations, oldest first).
 * Each rating is stored once (its request key is unique per student, so a retried sync stores
 * nothing twice) with the time it was made, and each card it touches is recomputed by replaying
 * its whole log in time order, one short transaction per card. Bury and suspend are applied as
 * made. Every operation gets a result; a refusal carries its reason.
 */
export async function syncOperations(
  db: Db,
  userId: string,
  operations: readonly SyncOperation[],
  now: Date,
  options: SyncOptions,
): Promise<{ results: SyncItemResult[]; cards: SyncedCard[] }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { createdAt: true } });
  if (!user) return { results: operations.map((op) => refused(op.requestId, "account_gone")), cards: [] };
  const checks = checkOperations(operations, {
    now,
    accountCreatedAt: user.createdAt,
    isStudied: options.isStudied,
    maxAgeMs: options.maxAgeMs,
  });
  const results = new Map<string, SyncItemResult>();
  operations.forEach((op, i) => {
    const refusal = checks[i];
    if (refusal) results.set(op.requestId, refused(op.requestId, refusal));
  });
  // A device clock a little ahead (within the tolerance): the rating is taken as made now.
  const accepted = operations.filter((op) => !results.has(op.requestId)).map((op) => (op.at > now ? { ...op, at: now } : op));

  // Ratings stored by an earlier sync of this queue (a retry, or a reply that got lost).
  const rates = accepted.filter((op): op is RateOperation => op.kind === "rate");
  const stored = await db.reviewLog.findMany({
    where: { userId, requestId: { in: rates.map((op) => op.requestId) } },
    select: { requestId: true },
  });
  for (const { requestId } of stored) results.set(requestId, { requestId, status: "duplicate" });

  const byCard = new Map<string, RateOperation[]>();
  for (const op of rates) if (!results.has(op.requestId)) byCard.set(op.flashcardId, [...(byCard.get(op.flashcardId) ?? []), op]);
  for (const [flashcardId, ops] of byCard) {
    for (const [requestId, result] of await storeCardRatings(db, userId, flashcardId, ops, options.review)) results.set(requestId, result);
  }

  for (const op of accepted) {
    if (op.kind === "rate") continue;
    if (op.kind === "bury") await buryCard(db, userId, op.flashcardId, op.at, createScheduler(options.review).studyDay);
    else await suspendCard(db, userId, op.flashcardId, op.at);
    results.set(op.requestId, { requestId: op.requestId, status: "stored" });
  }

  const touched = [...new Set(operations.map((op) => op.flashcardId))];
  const cards = await db.card.findMany({ where: { userId, flashcardId: { in: touched } } });
  return { results: operations.map((op) => results.get(op.requestId)!), cards: cards.map(toSyncedCard) };
}

/** A card's transaction tries this often when another rating or sync of the same card keeps getting in first. */
const MAX_ATTEMPTS = 10;

class CardChangedError extends Error {
  constructor() {
    super("The card changed while it was being synced.");
    this.name = "CardChangedError";
  }
}

/**
 * One card's new ratings: insert them, replay the card's log (since its last reset) with them in
 * time order, rewrite the logs whose computed columns changed and the card, in one transaction.
 * The card is written back only if nobody changed it meanwhile (another tab, another device's
 * sync); otherwise the whole card is done again from what is stored now.
 */
async function storeCardRatings(
  db: Db,
  userId: string,
  flashcardId: string,
  ops: readonly RateOperation[],
  options: ReviewOptions,
): Promise<Map<string, SyncItemResult>> {
  const scheduler = createScheduler(options);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const results = new Map<string, SyncItemResult>();
        let row = await tx.card.findUnique({ where: { userId_flashcardId: { userId, flashcardId } } });
        const fresh = ops.filter((op) => {
          if (!isBeforeReset(op.at, row?.resetAt ?? null)) return true;
          results.set(op.requestId, refused(op.requestId, "before_reset"));
          return false;
        });
        if (fresh.length === 0) return results;
        const lapsesBefore = row?.lapses ?? 0;
        row ??= await tx.card.create({
          data: { userId, flashcardId, ...toCardColumns(newCard(fresh[0]!.at)) },
        });
        const existing = await tx.reviewLog.findMany({
          where: { cardId: row.id, ...(row.resetAt ? { reviewedAt: { gt: row.resetAt } } : {}) },
          select: {
            id: true,
            rating: true,
            reviewedAt: true,
            state: true,
            due: true,
            stability: true,
            difficulty: true,
            elapsedDays: true,
            lastElapsedDays: true,
            scheduledDays: true,
            learningSteps: true,
            previous: true,
          },
        });
        const replay = replayRatings(
          scheduler,
          [
            ...existing.map((log) => ({ key: log.id, rating: log.rating as Grade, reviewedAt: log.reviewedAt })),
            ...fresh.map((op) => ({ key: `~${op.requestId}`, rating: op.rating, reviewedAt: op.at })),
          ],
          row.resetAt,
        );
        const byId = new Map(existing.map((log) => [log.id, log]));
        const opByKey = new Map(fresh.map((op) => [`~${op.requestId}`, op]));
        for (const replayed of replay.logs) {
          const previous = JSON.stringify(replayed.previous);
          const op = opByKey.get(replayed.key);
          if (op) {
            await tx.reviewLog.create({
              data: { userId, cardId: row.id, requestId: op.requestId, durationMs: op.durationMs, previous, ...replayed.columns },
            });
            results.set(op.requestId, { requestId: op.requestId, status: "stored" });
            continue;
          }
          const log = byId.get(replayed.key)!;
          if (sameColumns(log, replayed.columns) && log.previous === previous) continue;
          await tx.reviewLog.update({ where: { id: log.id }, data: { ...replayed.columns, previous } });
        }
        const leech = replayMadeLeech(lapsesBefore, replay, options.leechThreshold ?? DEFAULT_LEECH_THRESHOLD);
        const { count } = await tx.card.updateMany({
          where: { id: row.id, updatedAt: row.updatedAt, reps: row.reps },
          data: { ...replay.card, ...(leech ? { isLeech: true, isSuspended: true } : {}) },
        });
        if (count === 0) throw new CardChangedError();
        return results;
      });
    } catch (error) {
      if (attempt < MAX_ATTEMPTS && (error instanceof CardChangedError || isUniqueViolation(error))) {
        // A copy of this batch raced us and stored some of these ratings: they are duplicates now.
        const done = await db.reviewLog.findMany({
          where: { userId, requestId: { in: ops.map((op) => op.requestId) } },
          select: { requestId: true },
        });
        if (done.length === ops.length) return new Map(done.map(({ requestId }) => [requestId, { requestId, status: "duplicate" }]));
        if (done.length > 0) {
          const doneKeys = new Set(done.map((d) => d.requestId));
          const rest = await storeCardRatings(
            db,
            userId,
            flashcardId,
            ops.filter((op) => !doneKeys.has(op.requestId)),
            options,
          );
          for (const key of doneKeys) rest.set(key, { requestId: key, status: "duplicate" });
          return rest;
        }
        continue;
      }
      throw error;
    }
  }
}

function sameColumns(log: Record<string, unknown>, columns: Record<string, unknown>): boolean {
  return Object.entries(columns).every(([name, value]) =>
    value instanceof Date ? (log[name] as Date).getTime() === value.getTime() : log[name] === value,
  );
}

/** A card row as the device takes it after a sync. */
function toSyncedCard(card: SyncedCardRow): SyncedCard {
  const { flashcardId, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, isSuspended } = card;
  return {
    flashcardId,
    due: card.due.toISOString(),
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    lastReview: card.lastReview?.toISOString() ?? null,
    isSuspended,
    buriedUntil: card.buriedUntil?.toISOString() ?? null,
  };
}

type SyncedCardRow = Omit<SyncedCard, "due" | "lastReview" | "buriedUntil"> & {
  due: Date;
  lastReview: Date | null;
  buriedUntil: Date | null;
};

function refused(requestId: string, reason: SyncRefusal): SyncItemResult {
  return { requestId, status: "refused", reason, message: REFUSAL_MESSAGES[reason] };
}

/** Prisma's unique-constraint error (P2002), from either generated client. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
