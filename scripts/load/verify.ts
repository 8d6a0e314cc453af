// After a phase: compare the database with what each student was told.
import path from "node:path";
import { loadBank } from "@/lib/content/read";
import type { Db } from "@/lib/db/create-client";
import { scoreAttempt } from "@/lib/quiz/grading";
import { storedAnswerSchema, storedQuestionIdsSchema } from "@/lib/quiz/schemas";
import { DEADLINE_GRACE_MS } from "@/lib/quiz/limits";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/settings/schemas";
import { toCardColumns, toFsrsCard, toLogColumns } from "@/lib/srs/mapping";
import { createScheduler, isGrade, newCard, rateCard, type Card } from "@/lib/srs/scheduler";
import type { Ledger } from "./student";

export interface Verdict {
  students: number;
  reviewsChecked: number;
  cardsChecked: number;
  attemptsChecked: number;
  problems: string[];
}

/** A check over the phase's students (scripts/load/steps.ts lists them). */
export type Check = (db: Db, ledgers: Ledger[], verdict: Verdict) => Promise<void>;

const CARD_FIELDS = [
  "due",
  "stability",
  "difficulty",
  "elapsedDays",
  "scheduledDays",
  "learningSteps",
  "reps",
  "lapses",
  "state",
  "lastReview",
] as const;
const LOG_FIELDS = [
  "rating",
  "state",
  "due",
  "stability",
  "difficulty",
  "elapsedDays",
  "lastElapsedDays",
  "scheduledDays",
  "learningSteps",
  "reviewedAt",
] as const;

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b || (a == null && b == null);
}

function differences<K extends string>(fields: readonly K[], stored: Record<K, unknown>, replayed: Record<K, unknown>): string[] {
  return fields
    .filter((f) => !same(stored[f], replayed[f]))
    .map((f) => `${f}: stored ${String(stored[f])}, replayed ${String(replayed[f])}`);
}

const bank = loadBank(path.join(process.cwd(), "content"));

/** A submitted quiz with wrong answers brings those facts' cards forward (lib/srs/bring-forward.ts). */
interface BringForward {
  at: Date;
  flashcardIds: Set<string>;
}

/**
 * The bring-forward events of a student: for each submitted attempt, at its submission time, the
 * flashcards of the facts of questions answered wrongly (re-graded from the stored answers).
 */
async function bringForwardEvents(db: Db, userId: string): Promise<BringForward[]> {
  const attempts = await db.quizAttempt.findMany({
    where: { userId, submittedAt: { not: null } },
    include: { answers: true },
    orderBy: { submittedAt: "asc" },
  });
  return attempts.map((attempt) => {
    const questionIds = storedQuestionIdsSchema.parse(JSON.parse(attempt.questionIds));
    const counted = attempt.answers.filter(
      (a) => attempt.deadline === null || a.answeredAt.getTime() <= attempt.deadline.getTime() + DEADLINE_GRACE_MS,
    );
    const { grades } = scoreAttempt(
      questionIds.flatMap((id) => bank.questions.get(id) ?? []),
      new Map(counted.map((a) => [a.questionId, storedAnswerSchema.parse(JSON.parse(a.answer))])),
    );
    const facts = new Set(grades.filter((g) => g.answered && !g.correct).map((g) => bank.questions.get(g.questionId)!.factId));
    return {
      at: attempt.submittedAt!,
      flashcardIds: new Set([...bank.flashcards.values()].filter((f) => facts.has(f.factId)).map((f) => f.id)),
    };
  });
}

/**
 * Every acknowledged, not undone rating is stored exactly once; nothing refused or undone is
 * stored; every card equals its review log replayed through ts-fsrs.
 *
 * Replay is exact even though the app schedules with fuzz on: ts-fsrs seeds its fuzz from the
 * review time, the card's reps and difficulty × stability (DefaultInitSeedStrategy), so the same
 * card rated at the same stored `reviewedAt` with the same parameters draws the same interval.
 * Load students never save settings, so their parameters are the defaults (checked below).
 * Cards a quiz miss brought forward (main's missed-questions feature) are modelled as events.
 */
export const checkReviews: Check = async (db, ledgers, verdict) => {
  const scheduler = createScheduler(DEFAULT_STUDY_SETTINGS);
  for (const ledger of ledgers) {
    const who = `student ${ledger.index} (${ledger.email})`;
    if (!ledger.userId) continue;
    if (await db.studySettings.findUnique({ where: { userId: ledger.userId } }))
      verdict.problems.push(`${who}: has saved settings; replay assumes defaults`);

    // Every acknowledged review stored exactly once; nothing else stored.
    const expected = new Map(ledger.acked.filter((r) => !ledger.undone.has(r.requestId)).map((r) => [r.requestId, r]));
    const stored = await db.reviewLog.findMany({ where: { userId: ledger.userId }, include: { card: { select: { flashcardId: true } } } });
    const storedIds = new Map<string, number>();
    for (const row of stored) storedIds.set(row.requestId, (storedIds.get(row.requestId) ?? 0) + 1);
    for (const [requestId, review] of expected) {
      const rows = stored.filter((r) => r.requestId === requestId);
      if (rows.length === 0) verdict.problems.push(`${who}: acknowledged review ${requestId} is missing (lost)`);
      else if (rows.length > 1) verdict.problems.push(`${who}: review ${requestId} is stored ${rows.length} times (doubled)`);
      else if (rows[0]!.rating !== review.rating || rows[0]!.card.flashcardId !== review.flashcardId) {
        verdict.problems.push(
          `${who}: review ${requestId} stored as ${rows[0]!.card.flashcardId}/${rows[0]!.rating}, sent ${review.flashcardId}/${review.rating}`,
        );
      }
    }
    for (const row of stored) {
      if (expected.has(row.requestId)) continue;
      const why = ledger.undone.has(row.requestId) ? "undone" : ledger.rejected.has(row.requestId) ? "refused" : "never acknowledged";
      verdict.problems.push(`${who}: review ${row.requestId} is stored but was ${why}`);
    }
    if (stored.length !== expected.size) verdict.problems.push(`${who}: ${stored.length} reviews stored, ${expected.size} expected`);
    verdict.reviewsChecked += stored.length;

    // Every card equals its log replayed through ts-fsrs, step by step, with the quiz misses'
    // bring-forwards applied at their submission time: a card due later becomes due then, and a
    // card never studied gets a new-card row due then.
    const events = await bringForwardEvents(db, ledger.userId);
    const cards = await db.card.findMany({
      where: { userId: ledger.userId },
      include: { reviews: { orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] } },
    });
    for (const card of cards) {
      verdict.cardsChecked++;
      const label = `${who}: card ${card.flashcardId}`;
      const steps = [
        ...card.reviews.map((review) => ({ at: review.reviewedAt, review })),
        ...events.filter((e) => e.flashcardIds.has(card.flashcardId)).map((e) => ({ at: e.at, review: null })),
      ].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.review ? 1 : -1));
      let state = null as Card | null;
      for (const { at, review } of steps) {
        if (!review) {
          if (!state) state = newCard(at);
          else if (state.due.getTime() > at.getTime()) state = { ...state, due: at };
          continue;
        }
        // The FSRS fields of the stored "previous" (it also keeps flags such as isSuspended for undo).
        const expectedPrevious = state && JSON.stringify(toCardColumns(state));
        const storedPrevious = JSON.parse(review.previous) as Record<string, unknown> | null;
        const storedFsrs = storedPrevious && JSON.stringify(Object.fromEntries(CARD_FIELDS.map((f) => [f, storedPrevious[f]])));
        if (storedFsrs !== expectedPrevious) {
          verdict.problems.push(
            `${label}: review ${review.requestId} has previous ${review.previous}, replay had ${JSON.stringify(expectedPrevious)}`,
          );
        }
        if (!isGrade(review.rating)) {
          verdict.problems.push(`${label}: review ${review.requestId} has rating ${review.rating}`);
          break;
        }
        const { card: next, log } = rateCard(scheduler, state ?? newCard(review.reviewedAt), review.rating, review.reviewedAt);
        const diff = differences(LOG_FIELDS, review, toLogColumns(log));
        if (diff.length > 0) verdict.problems.push(`${label}: review ${review.requestId} differs from replay: ${diff.join("; ")}`);
        state = toFsrsCard(toCardColumns(next));
      }
      if (!state) {
        verdict.problems.push(`${label} has a state but no review and was never brought forward`);
        continue;
      }
      const diff = differences(CARD_FIELDS, card, toCardColumns(state));
      if (diff.length > 0) verdict.problems.push(`${label} differs from its replayed log: ${diff.join("; ")}`);
    }
  }
};

export async function verify(db: Db, ledgers: Ledger[], checks: Check[]): Promise<Verdict> {
  const verdict: Verdict = { students: ledgers.length, reviewsChecked: 0, cardsChecked: 0, attemptsChecked: 0, problems: [] };
  for (const ledger of ledgers) {
    const who = `student ${ledger.index}`;
    for (const problem of ledger.problems) verdict.problems.push(`${who}: ${problem}`);
    for (const label of ledger.unresolved) verdict.problems.push(`${who}: no instance answered ${label}`);
    if (!ledger.userId) verdict.problems.push(`${who}: never signed up`);
  }
  for (const check of checks) await check(db, ledgers, verdict);
  return verdict;
}
