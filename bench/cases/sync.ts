import { randomBytes, randomUUID } from "node:crypto";
import { activeFlashcards, isActive } from "../../lib/content/retire";
import { DEFAULT_STUDY_SETTINGS } from "../../lib/settings/schemas";
import { recordReview } from "../../lib/srs/review";
import { MAX_SYNC_BATCH } from "../../lib/sync/limits";
import { syncOperations } from "../../lib/sync/mutations";
import type { SyncOperation } from "../../lib/sync/schemas";
import { repetitions } from "../config";
import type { BenchContext } from "../context";
import { latencyRow, type BenchRow } from "../result";
import { measure } from "../stats";

/** How many ratings one student queued offline (the case). */
const QUEUE = 500;

/**
 * (2s) syncing a queue of 500 ratings made offline by one student (50 cards, 10 ratings each over
 * three days), as POST /api/sync does it: ≤200 per request, one transaction per card, every card's
 * log replayed; next to (2t) the same 500 ratings sent one by one through recordReview (the online
 * path). Each run is a fresh student, so both start from the same empty history.
 */
export async function measureSync(ctx: BenchContext): Promise<BenchRow[]> {
  const { db, bank } = ctx;
  const settings = { ...DEFAULT_STUDY_SETTINGS };
  const cards = activeFlashcards(bank).slice(0, 50);
  const now = new Date();
  const start = now.getTime() - 3 * 86_400_000;
  const queue = (): SyncOperation[] =>
    Array.from({ length: QUEUE }, (_, i) => ({
      kind: "rate" as const,
      requestId: randomBytes(12).toString("base64url"),
      flashcardId: cards[i % cards.length]!.id,
      rating: ((i % 4) + 1) as 1 | 2 | 3 | 4,
      durationMs: 4_000,
      at: new Date(start + i * 8 * 60_000),
    }));
  const student = async () =>
    (
      await db.user.create({
        data: { id: randomUUID(), name: "bench", email: `${randomUUID()}@bench.test`, createdAt: new Date(start - 86_400_000) },
      })
    ).id;
  const options = { review: settings, isStudied: (id: string) => bank.flashcards.has(id) && isActive(bank, id) };

  // Each run is 500 ratings: a tiny-scale run (the integration smoke test) times one of each, not
  // five, which took 17 of its 24 s on SQLite and more on PostgreSQL, in CI's longest lane.
  const iterations = ctx.config.scale >= 0.1 ? repetitions(ctx.config.scale, 6) : 1;
  const warmup = iterations > 1 ? 1 : 0;
  const sync = await measure(
    async () => {
      const userId = await student();
      const ops = queue();
      for (let i = 0; i < ops.length; i += MAX_SYNC_BATCH) await syncOperations(db, userId, ops.slice(i, i + MAX_SYNC_BATCH), now, options);
    },
    { iterations, warmup },
  );
  const singles = await measure(
    async () => {
      const userId = await student();
      for (const op of queue()) {
        if (op.kind !== "rate") continue;
        await recordReview(
          db,
          userId,
          { flashcardId: op.flashcardId, rating: op.rating, requestId: op.requestId, durationMs: 4_000 },
          op.at,
          settings,
        );
      }
    },
    { iterations, warmup },
  );
  return [
    latencyRow("2s", `offline sync: a queue of ${QUEUE} ratings of one student (3 requests, replayed per card)`, sync, null, {
      result: `${(sync.p95 / singles.p95).toFixed(2)}× (2t) p95`,
    }),
    latencyRow("2t", `the same ${QUEUE} ratings one by one (recordReview)`, singles, null),
  ];
}
