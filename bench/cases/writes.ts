import { randomBytes } from "node:crypto";
import { DEFAULT_STUDY_SETTINGS } from "../../lib/settings/schemas";
import { serializePrevious } from "../../lib/srs/mapping";
import { recordReview } from "../../lib/srs/review";
import { repetitions } from "../config";
import type { BenchContext } from "../context";
import type { BenchRow } from "../result";
import { measureAlternating } from "../stats";

/** (2)'s target: a review submit costs at most this many raw inserts at p95. */
export const SUBMIT_MAX_RATIO = 3;

const requestId = () => randomBytes(12).toString("base64url");

/**
 * (1) a raw single-row insert into ReviewLog through the app's Prisma client,
 * the floor for any write; (2) a review submit through `recordReview`, the
 * domain function the study page's action calls (load the card, ts-fsrs,
 * write the card and the log in one transaction). Both write for regular
 * students' existing cards, in alternating rounds.
 */
export async function measureWrites(ctx: BenchContext): Promise<BenchRow[]> {
  const { db, seeded } = ctx;
  const students = seeded.regularUserIds.slice(0, 200);
  const cards = await db.card.findMany({ where: { userId: { in: students } }, take: 4_000 });
  if (cards.length === 0) throw new Error("No seeded cards of regular students to review.");
  // The same settings the action passes for a student who never saved any.
  const settings = { ...DEFAULT_STUDY_SETTINGS };
  // Spread over many (student, card) pairs so no single row gets hot.
  const cardAt = (i: number) => cards[(i * 7919) % cards.length]!;

  const rawInsert = async (i: number) => {
    const card = cardAt(i);
    await db.reviewLog.create({
      data: {
        userId: card.userId,
        cardId: card.id,
        requestId: requestId(),
        rating: 3,
        reviewedAt: new Date(),
        durationMs: 4_000,
        state: card.state,
        due: card.due,
        stability: card.stability,
        difficulty: card.difficulty,
        elapsedDays: 3,
        lastElapsedDays: 3,
        scheduledDays: card.scheduledDays,
        learningSteps: card.learningSteps,
        previous: serializePrevious(card),
      },
      select: { id: true },
    });
  };
  const submit = async (i: number) => {
    const card = cardAt(i);
    const input = { flashcardId: card.flashcardId, rating: ((i % 4) + 1) as 1 | 2 | 3 | 4, requestId: requestId(), durationMs: 4_000 };
    await recordReview(db, card.userId, input, new Date(), settings);
  };

  const rounds = repetitions(ctx.config.scale, 10);
  const perRound = repetitions(ctx.config.scale, 40);
  const [baseline, review] = await measureAlternating([rawInsert, submit], { rounds, perRound, warmup: Math.min(20, perRound) });
  const ratio = review!.p95 / baseline!.p95;
  return [
    {
      id: "1",
      name: "baseline: raw insert into ReviewLog (Prisma create)",
      status: "ok",
      timing: baseline!,
      result: "1.00× (the limit for a write)",
    },
    {
      id: "2",
      name: "review submit: recordReview (load, ts-fsrs, card + log in 1 tx)",
      status: "ok",
      timing: review!,
      result: `${ratio.toFixed(2)}× baseline p95 (p50: ${(review!.p50 / baseline!.p50).toFixed(2)}×)`,
      target: `p95 ≤ ${SUBMIT_MAX_RATIO}× (1)`,
      pass: ratio <= SUBMIT_MAX_RATIO,
      details: { ratioP95: ratio, ratioP50: review!.p50 / baseline!.p50 },
    },
  ];
}
