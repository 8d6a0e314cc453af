// Offline study, pure: which card comes next from the device's snapshot, its interval previews,
// and what a rating does to it. The same scheduler as the server (lib/srs/scheduler.ts, the
// student's own parameters, fuzz on), so the previews and the schedule match what the server's
// replay computes when the ratings are synced. No clock: `now` comes in.
import { startOfNextStudyDay, studyDayNumber } from "@/lib/srs/day";
import { toCardColumns, toFsrsCard } from "@/lib/srs/mapping";
import {
  createScheduler,
  formatInterval,
  GRADES,
  newCard,
  previewDue,
  rateCard,
  State,
  type Card,
  type Grade,
  type Scheduler,
} from "@/lib/srs/scheduler";
import type { CardPhase, StudyCardView } from "@/lib/srs/types";
import type { OfflineCard, OfflineCardState, OfflineDeck } from "@/lib/sync/types";

/** As on the server's queue: a learning card due within this long is shown when nothing else is. */
const LEARN_AHEAD_MS = 20 * 60_000;
const PHASES: CardPhase[] = ["new", "learning", "review", "relearning"];

export function offlineScheduler(deck: OfflineDeck): Scheduler {
  return createScheduler(deck.options);
}

export function toCard(state: OfflineCardState | null, now: Date): Card {
  if (!state) return newCard(now);
  return toFsrsCard({ ...state, due: new Date(state.due), lastReview: state.lastReview ? new Date(state.lastReview) : null });
}

export function toState(card: Card): OfflineCardState {
  const columns = toCardColumns(card);
  return { ...columns, due: columns.due.toISOString(), lastReview: columns.lastReview?.toISOString() ?? null };
}

/** New cards the student may still start today: the allowance less those started today (before the snapshot and since). */
export function newAllowance(deck: OfflineDeck, startedOffline: { day: number; count: number } | undefined, now: Date): number {
  const today = studyDayNumber(now, deck.options);
  const snapshotDay = studyDayNumber(new Date(deck.generatedAt), deck.options);
  const before = snapshotDay === today ? deck.newToday : 0;
  const since = startedOffline?.day === today ? startedOffline.count : 0;
  return Math.max(0, deck.newCardsPerDay - before - since);
}

/**
 * The card to show next, as the server's queue would pick it: cards due (a review all through its
 * study day, a learning step to the minute), then new cards within today's allowance, then a
 * learning step due within 20 minutes. Null: nothing left on this device for now.
 */
export function nextOfflineCard(deck: OfflineDeck, newLeft: number, now: Date): OfflineCard | null {
  const dayEnd = startOfNextStudyDay(now, deck.options).getTime();
  const t = now.getTime();
  const open = deck.cards.filter((c) => !c.isSuspended && !(c.buriedUntil && new Date(c.buriedUntil).getTime() > t));
  const started = open.filter((c) => c.state && c.state.state !== State.New);
  const byDue = (a: OfflineCard, b: OfflineCard) => new Date(a.state!.due).getTime() - new Date(b.state!.due).getTime();
  const due = started
    .filter((c) => {
      const at = new Date(c.state!.due).getTime();
      return c.state!.state === State.Review ? at < dayEnd : at <= t;
    })
    .sort(byDue);
  if (due[0]) return due[0];
  const fresh = open.find((c) => !c.state || c.state.state === State.New);
  if (fresh && newLeft > 0) return fresh;
  const ahead = started
    .filter((c) => c.state!.state !== State.Review && new Date(c.state!.due).getTime() <= t + LEARN_AHEAD_MS)
    .sort(byDue);
  return ahead[0] ?? null;
}

/** How many cards of each kind are left today on this device (the progress line). */
export function offlineCounts(deck: OfflineDeck, newLeft: number, now: Date) {
  const dayEnd = startOfNextStudyDay(now, deck.options).getTime();
  const t = now.getTime();
  const open = deck.cards.filter((c) => !c.isSuspended && !(c.buriedUntil && new Date(c.buriedUntil).getTime() > t));
  const fresh = open.filter((c) => !c.state || c.state.state === State.New).length;
  const learning = open.filter((c) => c.state && (c.state.state === State.Learning || c.state.state === State.Relearning)).length;
  const review = open.filter((c) => c.state?.state === State.Review && new Date(c.state.due).getTime() < dayEnd).length;
  return { new: Math.min(fresh, newLeft), learning, review };
}

/** The study screen's view of an offline card, with the interval each rating would give now. */
export function offlineCardView(deck: OfflineDeck, card: OfflineCard, now: Date): StudyCardView {
  const scheduler = offlineScheduler(deck);
  const fsrsCard = toCard(card.state, now);
  const due = previewDue(scheduler, fsrsCard, now);
  const intervals = Object.fromEntries(GRADES.map((g) => [g, formatInterval(now, due[g])])) as Record<Grade, string>;
  return {
    flashcardId: card.flashcardId,
    kind: card.kind,
    phase: PHASES[fsrsCard.state] ?? "new",
    sectionTitle: card.sectionTitle,
    front: card.front,
    answer: card.answer,
    ...(card.cloze ? { cloze: card.cloze } : {}),
    ...(card.hint ? { hint: card.hint } : {}),
    ...(card.accepted ? { accepted: card.accepted } : {}),
    factId: "",
    factStatement: card.factStatement,
    quote: card.quote,
    intervals,
    isLeech: false,
  };
}

/** Rate a card on the device: its new state (as the server will compute it from the same rating at the same moment). */
export function rateOffline(deck: OfflineDeck, card: OfflineCard, grade: Grade, now: Date): OfflineCardState {
  return toState(rateCard(offlineScheduler(deck), toCard(card.state, now), grade, now).card);
}
