import "server-only";
import type { Bank } from "@/lib/content/bank";
import { activeFlashcards, isActive } from "@/lib/content/retire";
import type { Db } from "@/lib/db/create-client";
import type { StudySettings } from "@/lib/settings/schemas";
import { startOfNextStudyDay, startOfStudyDay } from "@/lib/srs/day";
import { describeFlashcard } from "@/lib/srs/card-view";
import { State } from "@/lib/srs/scheduler";
import type { OfflineCard, OfflineDeck } from "./types";

/**
 * What a device keeps to study offline: every card due before the end of tomorrow's study day
 * (reviews and learning steps), and the new cards of today's and tomorrow's allowance, each with
 * its text and FSRS state, and the student's scheduling options. Suspended, buried and retired
 * cards are left out; the exam plan is not followed offline (the normal FSRS schedule is).
 */
export async function getOfflineDeck(
  db: Db,
  user: { id: string; isAnonymous: boolean },
  bank: Bank,
  settings: StudySettings,
  now: Date,
): Promise<OfflineDeck> {
  const until = startOfNextStudyDay(startOfNextStudyDay(now, settings), settings);
  const inScope = (id: string) => {
    const card = bank.flashcards.get(id);
    return Boolean(card) && isActive(bank, id) && (settings.sectionIds.length === 0 || settings.sectionIds.includes(card!.sectionId));
  };
  const [rows, newToday] = await Promise.all([
    db.card.findMany({ where: { userId: user.id }, orderBy: [{ due: "asc" }, { id: "asc" }] }),
    db.reviewLog.count({ where: { userId: user.id, reviewedAt: { gte: startOfStudyDay(now, settings) }, state: State.New } }),
  ]);
  const available = rows.filter(
    (r) => !r.isSuspended && !(r.buriedUntil && r.buriedUntil > now) && r.due < until && inScope(r.flashcardId),
  );
  const hasRow = new Set(rows.map((r) => r.flashcardId));
  const unseen = activeFlashcards(bank)
    .filter((c) => !hasRow.has(c.id) && inScope(c.id))
    .slice(0, Math.max(0, 2 * settings.newCardsPerDay - newToday));
  const cards: OfflineCard[] = [
    ...available.flatMap((row) => offlineCard(bank, row.flashcardId, row.state === State.New && row.reps === 0 ? null : row)),
    ...unseen.flatMap((card) => offlineCard(bank, card.id, null)),
  ];
  return {
    userId: user.id,
    isGuest: user.isAnonymous,
    generatedAt: now.toISOString(),
    until: until.toISOString(),
    options: {
      desiredRetention: settings.desiredRetention,
      maximumInterval: settings.maximumInterval,
      fsrsParameters: settings.fsrsParameters ?? null,
      timeZone: settings.timeZone,
      dayStartsAtHour: settings.dayStartsAtHour,
    },
    newCardsPerDay: settings.newCardsPerDay,
    newToday,
    cards,
  };
}

type CardRow = Awaited<ReturnType<Db["card"]["findMany"]>>[number];

function offlineCard(bank: Bank, flashcardId: string, row: CardRow | null): OfflineCard[] {
  const text = describeFlashcard(bank, flashcardId);
  if (!text) return [];
  const { front, answer, cloze, hint, accepted, kind, sectionTitle, factStatement, quote } = text as typeof text & {
    cloze?: OfflineCard["cloze"];
    hint?: string;
    accepted?: string[];
  };
  const state = row && {
    due: row.due.toISOString(),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview?.toISOString() ?? null,
  };
  return [
    {
      flashcardId,
      kind,
      sectionTitle,
      front,
      answer,
      ...(cloze ? { cloze } : {}),
      ...(hint ? { hint } : {}),
      ...(accepted ? { accepted } : {}),
      factStatement,
      quote,
      state,
    },
  ];
}
