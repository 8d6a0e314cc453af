import "server-only";
import type { Bank } from "@/lib/content/bank";
import { activeFlashcards, isActive } from "@/lib/content/retire";
import { parseCloze } from "@/lib/content/format";
import type { Db } from "@/lib/db/create-client";
import type { StudySettings } from "@/lib/settings/schemas";
import { isRatedTodayExamCard, newCardsWithExam, orderWithExam, type ExamQueue } from "@/lib/exam/queue";
import { startOfNextStudyDay, startOfStudyDay } from "./day";
import { toFsrsCard } from "./mapping";
import { isBeforeReset } from "./review";
import type { CardPhase, StudyCardView, StudyView } from "./types";
import { createScheduler, formatInterval, GRADES, newCard, previewDue, State, type Grade, type Scheduler } from "./scheduler";

/** Learning cards due this soon are shown when nothing else is left (Anki's learn-ahead limit). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Narrowing the queue: an active exam's plan for today, or one section ("study this section now"). */
export interface StudyViewOptions {
  exam?: ExamQueue | null;
  /** Only this section's cards (overrides the settings' sections for this visit). */
  sectionId?: string | null;
}

const PHASES: Record<number, CardPhase> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

/**
 * The study queue of one student right now: due cards first (learning steps
 * due by now, review cards due by the end of today's study day, oldest due
 * first; review cards up to the daily review limit), then new cards up to the
 * daily new-card limit (those brought forward by a missed quiz question first),
 * then learning cards due within the learn-ahead window. Suspended cards and cards buried until a later study day
 * never show. "Today" is the student's study day (their time zone and the hour
 * their day starts). Returns the card to show and the counts for the progress bar.
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
  const sections = sectionId ? [sectionId] : settings.sectionIds;
  const inScope = (flashcardId: string) => {
    const card = bank.flashcards.get(flashcardId);
    // A retired card (ids.lock.json) keeps its row and reviews but is never shown again.
    return Boolean(card) && isActive(bank, flashcardId) && (sections.length === 0 || sections.includes(card!.sectionId));
  };
  const isExamCard = (flashcardId: string) => Boolean(exam?.sectionIds.includes(bank.flashcards.get(flashcardId)?.sectionId ?? ""));
  const dayStart = startOfStudyDay(now, settings);
  const dayEnd = startOfNextStudyDay(now, settings);
  const learnAheadUntil = new Date(now.getTime() + LEARN_AHEAD_MS);
  // As in Anki: a review card is due all through the study day it falls on; learning steps are due to the minute.
  const horizon = new Date(Math.max(learnAheadUntil.getTime(), dayEnd.getTime() - 1));
  const isDueNow = (c: { state: number; due: Date }) => (c.state === State.Review ? c.due < dayEnd : c.due <= now);
  const available = { isSuspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }] };

  const [soon, rows, newToday, reviewsToday, doneToday, lastReview, planned] = await Promise.all([
    db.card.findMany({
      where: { userId, due: { lte: horizon }, state: { not: State.New }, ...available },
      orderBy: [{ due: "asc" }, { id: "asc" }],
    }),
    db.card.findMany({
      where: { userId },
      select: { flashcardId: true, state: true, due: true, isSuspended: true, buriedUntil: true },
      orderBy: [{ due: "asc" }, { id: "asc" }],
    }),
    db.reviewLog.count({ where: { userId, reviewedAt: { gte: dayStart }, state: State.New } }),
    db.reviewLog.count({ where: { userId, reviewedAt: { gte: dayStart }, state: State.Review } }),
    db.reviewLog.count({ where: { userId, reviewedAt: { gte: dayStart } } }),
    db.reviewLog.findFirst({
      where: { userId },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      select: { reviewedAt: true, requestId: true, card: { select: { resetAt: true } } },
    }),
    // The exam plan's reviews for today, due by FSRS or not.
    exam && exam.reviewFlashcardIds.length > 0
      ? db.card.findMany({ where: { userId, flashcardId: { in: [...exam.reviewFlashcardIds] }, state: State.Review, ...available } })
      : Promise.resolve([]),
  ]);

  // Review cards beyond today's review limit wait; learning cards are never held back (as in Anki).
  // Under an exam its cards in review follow the plan (its budget limits them), not the review limit.
  let reviewQuota = Math.max(0, settings.dailyReviewLimit - reviewsToday);
  const dueByFsrs = soon.filter((c) => {
    if (!isDueNow(c) || !inScope(c.flashcardId)) return false;
    if (c.state !== State.Review || isExamCard(c.flashcardId)) return true;
    return reviewQuota-- > 0;
  });
  const dueNow = exam
    ? orderWithExam(
        dueByFsrs,
        planned.filter((c) => inScope(c.flashcardId)),
        exam,
        isExamCard,
        dayStart,
      )
    : dueByFsrs;
  const aheadLearning = soon.filter(
    (c) =>
      c.state !== State.Review &&
      c.due > now &&
      c.due <= learnAheadUntil &&
      inScope(c.flashcardId) &&
      !(exam && isRatedTodayExamCard(c, isExamCard, dayStart)),
  );
  // A card without a row is new. A row still in state New was brought forward by a missed quiz
  // question, reset, or buried while new: those come first, unless suspended or still buried.
  const isAvailable = (r: (typeof rows)[number]) => !r.isSuspended && !(r.buriedUntil !== null && r.buriedUntil > now);
  const broughtForward = rows.filter((r) => r.state === State.New && r.due <= now && isAvailable(r) && inScope(r.flashcardId));
  const hasRow = new Set(rows.map((r) => r.flashcardId));
  const unseen = [
    ...broughtForward.flatMap((r) => bank.flashcards.get(r.flashcardId) ?? []),
    ...activeFlashcards(bank).filter((c) => !hasRow.has(c.id) && inScope(c.id)),
  ];
  const newQuota = Math.max(0, settings.newCardsPerDay - newToday);
  const newCards = exam ? newCardsWithExam(unseen, newQuota, exam, isExamCard) : unseen.slice(0, newQuota);

  const counts = {
    new: newCards.length,
    learning: [...dueNow, ...aheadLearning].filter((c) => c.state === State.Learning || c.state === State.Relearning).length,
    review: dueNow.filter((c) => c.state === State.Review).length,
  };

  const scheduler = createScheduler(settings);
  const next = dueNow[0] ?? null;
  let card: StudyCardView | null = null;
  if (next) {
    card = toView(bank, next.flashcardId, toFsrsCard(next), scheduler, now, next.isLeech);
  } else if (newCards[0]) {
    card = toView(bank, newCards[0].id, newCard(now), scheduler, now, false);
  } else if (aheadLearning[0]) {
    card = toView(bank, aheadLearning[0].flashcardId, toFsrsCard(aheadLearning[0]), scheduler, now, aheadLearning[0].isLeech);
  }

  let nextDue: string | null = null;
  if (!card) {
    // A review card is available from the start of its study day; one held back by today's limit, from tomorrow's.
    const upcoming = await db.card.findFirst({
      where: { userId, due: { gt: now }, state: { not: State.New }, isSuspended: false, flashcardId: { notIn: [...bank.retired.ids] } },
      orderBy: { due: "asc" },
      select: { due: true, state: true },
    });
    const dayOfDue = upcoming && startOfStudyDay(upcoming.due, settings);
    const next = upcoming && (upcoming.state === State.Review ? (dayOfDue! > now ? dayOfDue! : dayEnd) : upcoming.due);
    nextDue = next?.toISOString() ?? null;
  }
  const canUndo = Boolean(lastReview) && !isBeforeReset(lastReview!.reviewedAt, lastReview!.card.resetAt);
  return { card, counts, doneToday, nextDue, canUndo, undoKey: canUndo ? lastReview!.requestId : null };
}

function toView(
  bank: Bank,
  flashcardId: string,
  state: ReturnType<typeof newCard>,
  scheduler: Scheduler,
  now: Date,
  isLeech: boolean,
): StudyCardView | null {
  const text = describeFlashcard(bank, flashcardId);
  if (!text) return null;
  const due = previewDue(scheduler, state, now);
  const intervals = Object.fromEntries(GRADES.map((g) => [g, formatInterval(now, due[g])])) as Record<Grade, string>;
  return { ...text, phase: PHASES[state.state] ?? "new", intervals, isLeech };
}

/** The text of one flashcard as the student sees it, with its fact and quote. */
export function describeFlashcard(bank: Bank, flashcardId: string) {
  const flashcard = bank.flashcards.get(flashcardId);
  const fact = flashcard && bank.facts.get(flashcard.factId);
  if (!flashcard || !fact) return null;
  const section = bank.sections.find((s) => s.id === flashcard.sectionId);
  const base = {
    flashcardId,
    kind: flashcard.kind,
    sectionTitle: section?.title ?? "",
    factId: fact.id,
    factStatement: fact.statement,
    quote: fact.quote,
  };
  switch (flashcard.kind) {
    case "basic":
      return { ...base, front: flashcard.front, answer: flashcard.back };
    case "cloze": {
      const { before, answer, after } = parseCloze(flashcard.text) ?? { before: "", answer: "", after: "" };
      return {
        ...base,
        front: `${before}[…]${after}`,
        answer,
        cloze: { before, after },
        ...(flashcard.hint ? { hint: flashcard.hint } : {}),
      };
    }
    case "typein":
      return { ...base, front: flashcard.prompt, answer: flashcard.answer, accepted: [flashcard.answer, ...flashcard.accepted] };
  }
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
