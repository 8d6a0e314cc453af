import "server-only";
import type { Bank, BankFlashcard } from "@/lib/content/bank";
import { activeFlashcards } from "@/lib/content/retire";
import type { Db } from "@/lib/db/create-client";
import type { StudySettings } from "@/lib/settings/schemas";
import type { ExamQueue } from "@/lib/exam/queue";
import { describeFlashcard, toCardView } from "./card-view";
import { startOfStudyDay } from "./day";
import { toFsrsCard } from "./mapping";
import { planQueue, studyWindow } from "./queue";
import { isBeforeReset } from "./review";
import type { StudyCardView, StudyView } from "./types";
import { createScheduler, newCard, State } from "./scheduler";

/** Narrowing the queue: an active exam's plan for today, or one section ("study this section now"). */
export interface StudyViewOptions {
  exam?: ExamQueue | null;
  /** Only this section's cards (overrides the settings' sections for this visit). */
  sectionId?: string | null;
  /** The student asked for the section's new cards beyond today's new-card limit (with sectionId only). */
  isBeyondNewLimit?: boolean;
}

/** The active flashcards of the sections studied (all sections when none is chosen), per bank and choice. */
const scopes = new WeakMap<Bank, Map<string, BankFlashcard[]>>();
function flashcardsInScope(bank: Bank, sections: readonly string[]): BankFlashcard[] {
  let byChoice = scopes.get(bank);
  if (!byChoice) scopes.set(bank, (byChoice = new Map()));
  const key = [...sections].sort().join(",");
  let cards = byChoice.get(key);
  if (!cards) {
    cards = activeFlashcards(bank).filter((c) => sections.length === 0 || sections.includes(c.sectionId));
    byChoice.set(key, cards);
  }
  return cards;
}

/**
 * The study queue of one student right now (the rules are lib/srs/queue.ts's): the card to show
 * and the counts for the progress bar. Suspended cards and cards buried until a later study day
 * never show; a retired card (ids.lock.json) keeps its row and reviews but is never shown again.
 * "Today" is the student's study day (their time zone and the hour their day starts).
 *
 * It reads a page, not the deck: the cards in scope are filtered by the database (an index on
 * (userId, flashcardId)), review cards are counted and only the first is read (all of them under
 * an exam, whose plan reorders them), and rows are read for new cards only while new cards are left.
 */
export async function getStudyView(
  db: Db,
  userId: string,
  bank: Bank,
  settings: StudySettings,
  now: Date,
  options: StudyViewOptions = {},
): Promise<StudyView> {
  const { exam = null, sectionId = null } = options;
  const isBeyondNewLimit = Boolean(sectionId) && Boolean(options.isBeyondNewLimit);
  const scope = flashcardsInScope(bank, sectionId ? [sectionId] : settings.sectionIds);
  const scopeIds = scope.map((c) => c.id);
  const inScope = new Set(scopeIds);
  const isExamCard = (flashcardId: string) => Boolean(exam?.sectionIds.includes(bank.flashcards.get(flashcardId)?.sectionId ?? ""));
  const window = studyWindow(now, settings);
  const { dayStart, dayEnd, learnAheadUntil } = window;
  const available = {
    userId,
    flashcardId: { in: scopeIds },
    isSuspended: false,
    OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }],
  };
  const dueReviews = { ...available, state: State.Review, due: { lt: dayEnd } };
  const byDue = [{ due: "asc" as const }, { id: "asc" as const }];

  const [ratedToday, lastReview] = await Promise.all([
    // Today's ratings by the state the card was in: new cards and reviews count against the daily limits.
    db.reviewLog.groupBy({ by: ["state"], where: { userId, reviewedAt: { gte: dayStart } }, _count: { _all: true } }),
    db.reviewLog.findFirst({
      where: { userId },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      select: { reviewedAt: true, requestId: true, card: { select: { resetAt: true } } },
    }),
  ]);
  const countOf = (state: number) => ratedToday.find((r) => r.state === state)?._count._all ?? 0;
  const rated = { new: countOf(State.New), review: countOf(State.Review) };
  const doneToday = ratedToday.reduce((sum, r) => sum + r._count._all, 0);
  const reviewsLeft = settings.dailyReviewLimit - rated.review > 0;
  const newLeft = isBeyondNewLimit || settings.newCardsPerDay - rated.new > 0;

  const [learning, reviews, reviewsDue, newRows, planned] = await Promise.all([
    db.card.findMany({
      where: { ...available, state: { in: [State.Learning, State.Relearning] }, due: { lte: learnAheadUntil } },
      orderBy: byDue,
    }),
    // Under an exam every due review (the plan reorders them, and its cards skip the limit); else the first.
    exam || reviewsLeft ? db.card.findMany({ where: dueReviews, orderBy: byDue, ...(exam ? {} : { take: 1 }) }) : Promise.resolve([]),
    exam || !reviewsLeft ? Promise.resolve(0) : db.card.count({ where: dueReviews }),
    // Which cards in scope have a row (the others are new), and which rows in state New are due.
    exam || newLeft
      ? db.card.findMany({
          where: { userId, flashcardId: { in: scopeIds } },
          select: { flashcardId: true, state: true, due: true, isSuspended: true, buriedUntil: true },
          orderBy: byDue,
        })
      : Promise.resolve([]),
    // The exam plan's reviews for today, due by FSRS or not.
    exam && exam.reviewFlashcardIds.length > 0
      ? db.card.findMany({ where: { ...available, flashcardId: { in: [...exam.reviewFlashcardIds] }, state: State.Review } })
      : Promise.resolve([]),
  ]);

  // A card without a row is new. A row still in state New was brought forward by a missed quiz
  // question, reset, or buried while new: those come first, unless suspended or still buried.
  const isAvailable = (r: (typeof newRows)[number]) => !r.isSuspended && !(r.buriedUntil !== null && r.buriedUntil > now);
  const broughtForward = newRows.filter((r) => r.state === State.New && r.due <= now && isAvailable(r));
  const hasRow = new Set(newRows.map((r) => r.flashcardId));
  const plan = planQueue(
    {
      learning,
      reviews,
      reviewsDue: exam ? reviews.length : reviewsDue,
      planned: planned.filter((c) => inScope.has(c.flashcardId)),
      broughtForward: broughtForward.flatMap((r) => bank.flashcards.get(r.flashcardId) ?? []),
      unseen: scope.filter((c) => !hasRow.has(c.id)),
      ratedToday: rated,
    },
    { dailyReviewLimit: settings.dailyReviewLimit, newCardsPerDay: settings.newCardsPerDay, isBeyondNewLimit },
    window,
    now,
    exam ? { queue: exam, isExamCard } : null,
  );

  const scheduler = createScheduler(settings);
  const { next } = plan;
  let card: StudyCardView | null = null;
  if (next?.kind === "new") card = toCardView(bank, next.flashcard.id, newCard(now), scheduler, now, false);
  else if (next) card = toCardView(bank, next.row.flashcardId, toFsrsCard(next.row), scheduler, now, next.row.isLeech);

  let nextDue: string | null = null;
  if (!card) {
    // A review card is available from the start of its study day; one held back by today's limit, from tomorrow's.
    const upcoming = await db.card.findFirst({
      where: { userId, due: { gt: now }, state: { not: State.New }, isSuspended: false, flashcardId: { notIn: [...bank.retired.ids] } },
      orderBy: { due: "asc" },
      select: { due: true, state: true },
    });
    const dayOfDue = upcoming && startOfStudyDay(upcoming.due, settings);
    const at = upcoming && (upcoming.state === State.Review ? (dayOfDue! > now ? dayOfDue! : dayEnd) : upcoming.due);
    nextDue = at?.toISOString() ?? null;
  }
  const canUndo = Boolean(lastReview) && !isBeforeReset(lastReview!.reviewedAt, lastReview!.card.resetAt);
  return { card, counts: plan.counts, doneToday, nextDue, canUndo, undoKey: canUndo ? lastReview!.requestId : null };
}

/** A leech or another suspended card, as the Leeches page lists it. */
export interface SuspendedCardView {
  flashcardId: string;
  front: string;
  factStatement: string;
  quote: string;
  sectionTitle: string;
  lapses: number;
  isLeech: boolean;
  isSuspended: boolean;
}

/**
 * The student's leeches (suspended or already unsuspended) and their other
 * suspended cards, with the fact and quote of each; leeches first, most lapses first.
 */
export async function getLeechesAndSuspended(db: Db, userId: string, bank: Bank): Promise<SuspendedCardView[]> {
  const rows = await db.card.findMany({
    where: { userId, OR: [{ isLeech: true }, { isSuspended: true }] },
    orderBy: [{ isLeech: "desc" }, { lapses: "desc" }, { flashcardId: "asc" }],
    select: { flashcardId: true, lapses: true, isLeech: true, isSuspended: true },
  });
  return rows.flatMap((row) => {
    const text = describeFlashcard(bank, row.flashcardId);
    return text
      ? [{ front: text.front, factStatement: text.factStatement, quote: text.quote, sectionTitle: text.sectionTitle, ...row }]
      : [];
  });
}
