import "server-only";
import type { Bank } from "@/lib/content/bank";
import { activeFlashcards } from "@/lib/content/retire";
import type { Db } from "@/lib/db/create-client";
import type { StudySettings } from "@/lib/settings/schemas";
import { orderCramQueue, type CramSession } from "./cram-queue";
import { startOfNextStudyDay } from "./day";
import { toFsrsCard } from "./mapping";
import { toCardView } from "./card-view";
import { isBeforeReset } from "./review";
import { createScheduler, newCard, type Grade } from "./scheduler";
import type { StudyView } from "./types";

/** Ratings that don't count leave the card where it is: the buttons say so instead of an interval. */
const PRACTICE_INTERVALS: Record<Grade, string> = { 1: "again later", 2: "no change", 3: "no change", 4: "no change" };

/**
 * The cram session's screen for one section (lib/srs/cram-queue.ts orders it): the next card,
 * what is left, how many ratings so far, and what Undo would take back. A session whose ratings
 * don't count reads CramReview; one whose ratings count reads ReviewLog, as study does.
 */
export async function getCramView(
  db: Db,
  userId: string,
  bank: Bank,
  settings: StudySettings,
  now: Date,
  sectionId: string,
  session: CramSession,
): Promise<StudyView> {
  const ids = activeFlashcards(bank)
    .filter((c) => c.sectionId === sectionId)
    .map((c) => c.id);
  const since = { gte: session.since };
  const [rows, ratings, lastReview] = await Promise.all([
    db.card.findMany({ where: { userId, flashcardId: { in: ids } } }),
    session.reschedule
      ? db.reviewLog
          .findMany({
            where: { userId, reviewedAt: since, card: { flashcardId: { in: ids } } },
            select: { rating: true, reviewedAt: true, card: { select: { flashcardId: true } } },
          })
          .then((logs) => logs.map((l) => ({ flashcardId: l.card.flashcardId, rating: l.rating, reviewedAt: l.reviewedAt })))
      : db.cramReview.findMany({
          where: { userId, reviewedAt: since, flashcardId: { in: ids } },
          select: { flashcardId: true, rating: true, reviewedAt: true },
        }),
    session.reschedule
      ? db.reviewLog
          .findFirst({
            where: { userId },
            orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
            select: { reviewedAt: true, requestId: true, card: { select: { resetAt: true } } },
          })
          .then((log) => log && { reviewedAt: log.reviewedAt, requestId: log.requestId, resetAt: log.card.resetAt })
      : db.cramReview
          .findFirst({
            where: { userId, reviewedAt: since },
            orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
            select: { reviewedAt: true, requestId: true },
          })
          .then((log) => log && { ...log, resetAt: null }),
  ]);
  const queue = orderCramQueue(ids, rows, ratings, now, startOfNextStudyDay(now, settings));
  const nextId = queue.flashcardIds[0];
  const row = rows.find((r) => r.flashcardId === nextId);
  const shown = nextId
    ? toCardView(bank, nextId, row ? toFsrsCard(row) : newCard(now), createScheduler(settings), now, row?.isLeech ?? false)
    : null;
  const card = shown && !session.reschedule ? { ...shown, intervals: PRACTICE_INTERVALS } : shown;
  const canUndo = Boolean(lastReview) && !isBeforeReset(lastReview!.reviewedAt, lastReview!.resetAt);
  return {
    card,
    counts: queue.counts,
    doneToday: ratings.length,
    nextDue: null,
    canUndo,
    undoKey: canUndo ? lastReview!.requestId : null,
    cram: { reschedule: session.reschedule, since: session.since.toISOString() },
  };
}
