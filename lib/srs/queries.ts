import "server-only";
import type { Bank, BankFlashcard } from "@/lib/content/bank";
import type { Db } from "@/lib/db/create-client";
import type { StudySettings } from "@/lib/settings/schemas";
import { startOfStudyDay } from "./day";
import { toFsrsCard } from "./mapping";
import { createScheduler, formatInterval, GRADES, newCard, previewDue, State, type Grade } from "./scheduler";

/** Learning cards due this soon are shown when nothing else is left (Anki's learn-ahead limit). */
export const LEARN_AHEAD_MS = 20 * 60_000;

export type CardPhase = "new" | "learning" | "review" | "relearning";

/** One flashcard as the study screen shows it, with the next interval of each rating. */
export interface StudyCardView {
  flashcardId: string;
  kind: BankFlashcard["kind"];
  phase: CardPhase;
  sectionTitle: string;
  /** basic: the question; cloze: the sentence with a blank; typein: the prompt. */
  front: string;
  /** basic: the answer; typein: the answer; cloze: the deleted words. */
  answer: string;
  /** cloze: the sentence around the deletion, to show it in place. */
  cloze?: { before: string; after: string };
  /** typein: every accepted spelling (the answer first). */
  accepted?: string[];
  factStatement: string;
  quote: string;
  intervals: Record<Grade, string>;
}

export interface StudyView {
  card: StudyCardView | null;
  counts: { new: number; learning: number; review: number };
  doneToday: number;
  /** When the next card is due after today's queue is done (ISO), or null. */
  nextDue: string | null;
  canUndo: boolean;
}

const PHASES: Record<number, CardPhase> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

/**
 * The study queue of one student right now: due cards first (learning and
 * review, oldest due first), then new cards up to the daily limit (those
 * brought forward by a missed quiz question first), then
 * learning cards due within the learn-ahead window. Returns the card to show
 * and the counts for the progress bar.
 */
export async function getStudyView(db: Db, userId: string, bank: Bank, settings: StudySettings, now: Date): Promise<StudyView> {
  const inScope = (flashcardId: string) => {
    const card = bank.flashcards.get(flashcardId);
    return Boolean(card) && (settings.sectionIds.length === 0 || settings.sectionIds.includes(card!.sectionId));
  };
  const dayStart = startOfStudyDay(now);
  const learnAheadUntil = new Date(now.getTime() + LEARN_AHEAD_MS);

  const [soon, studied, newToday, doneToday, lastReview] = await Promise.all([
    db.card.findMany({
      where: { userId, due: { lte: learnAheadUntil }, state: { not: State.New } },
      orderBy: [{ due: "asc" }, { id: "asc" }],
    }),
    db.card.findMany({ where: { userId }, select: { flashcardId: true, state: true, due: true }, orderBy: [{ due: "asc" }, { id: "asc" }] }),
    db.reviewLog.count({ where: { userId, reviewedAt: { gte: dayStart }, state: State.New } }),
    db.reviewLog.count({ where: { userId, reviewedAt: { gte: dayStart } } }),
    db.reviewLog.findFirst({ where: { userId }, select: { id: true } }),
  ]);

  const dueNow = soon.filter((c) => c.due <= now && inScope(c.flashcardId));
  const aheadLearning = soon.filter((c) => c.due > now && inScope(c.flashcardId));
  // New cards with a row were brought forward (a missed quiz question's fact): they come first.
  const broughtForward = studied.filter((c) => c.state === State.New && c.due <= now && inScope(c.flashcardId));
  const seen = new Set(studied.map((c) => c.flashcardId));
  const unseen = [
    ...broughtForward.flatMap((c) => bank.flashcards.get(c.flashcardId) ?? []),
    ...[...bank.flashcards.values()].filter((c) => !seen.has(c.id) && inScope(c.id)),
  ];
  const newQuota = Math.max(0, settings.newCardsPerDay - newToday);
  const newCards = unseen.slice(0, newQuota);

  const counts = {
    new: newCards.length,
    learning: [...dueNow, ...aheadLearning].filter((c) => c.state === State.Learning || c.state === State.Relearning).length,
    review: dueNow.filter((c) => c.state === State.Review).length,
  };

  const scheduler = createScheduler(settings);
  const next = dueNow[0] ?? null;
  let card: StudyCardView | null = null;
  if (next) {
    card = toView(bank, next.flashcardId, toFsrsCard(next), scheduler, now);
  } else if (newCards[0]) {
    card = toView(bank, newCards[0].id, newCard(now), scheduler, now);
  } else if (aheadLearning[0]) {
    card = toView(bank, aheadLearning[0].flashcardId, toFsrsCard(aheadLearning[0]), scheduler, now);
  }

  let nextDue: string | null = null;
  if (!card) {
    const upcoming = await db.card.findFirst({
      where: { userId, due: { gt: now }, state: { not: State.New } },
      orderBy: { due: "asc" },
      select: { due: true },
    });
    nextDue = upcoming?.due.toISOString() ?? null;
  }
  return { card, counts, doneToday, nextDue, canUndo: Boolean(lastReview) };
}

function toView(
  bank: Bank,
  flashcardId: string,
  state: ReturnType<typeof newCard>,
  scheduler: ReturnType<typeof createScheduler>,
  now: Date,
): StudyCardView | null {
  const flashcard = bank.flashcards.get(flashcardId);
  const fact = flashcard && bank.facts.get(flashcard.factId);
  if (!flashcard || !fact) return null;
  const section = bank.sections.find((s) => s.id === flashcard.sectionId);
  const due = previewDue(scheduler, state, now);
  const intervals = Object.fromEntries(GRADES.map((g) => [g, formatInterval(now, due[g])])) as Record<Grade, string>;
  const base = {
    flashcardId,
    kind: flashcard.kind,
    phase: PHASES[state.state] ?? "new",
    sectionTitle: section?.title ?? "",
    factStatement: fact.statement,
    quote: fact.quote,
    intervals,
  };
  switch (flashcard.kind) {
    case "basic":
      return { ...base, front: flashcard.front, answer: flashcard.back };
    case "cloze": {
      const match = /^(.*?)\{\{([^{}]+)\}\}(.*)$/s.exec(flashcard.text);
      const [before = "", answer = "", after = ""] = match ? match.slice(1) : [];
      return { ...base, front: `${before}[…]${after}`, answer, cloze: { before, after } };
    }
    case "typein":
      return { ...base, front: flashcard.prompt, answer: flashcard.answer, accepted: [flashcard.answer, ...flashcard.accepted] };
  }
}
