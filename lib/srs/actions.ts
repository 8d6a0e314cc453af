"use server";
import { gradeTyped } from "@/lib/answers/grade";
import { answerKeyOf } from "@/lib/answers/keys";
import { revalidatePath } from "next/cache";
import { type ActionResult, failure, failureOf, invalid } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { isActive } from "@/lib/content/retire";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { getExamStudy } from "@/lib/exam/study";
import { getStudySettings } from "@/lib/settings/queries";
import type { StudySettings } from "@/lib/settings/schemas";
import { checkActionLimit, type LimitedAction } from "@/lib/throttle/actions";
import { buryCard, resetCard, suspendCard, unsuspendCard } from "./mutations";
import { discardTrainedParameters, keepTrainedParameters, restoreDefaultParameters } from "./trained-parameters";
import { startOptimization } from "./training-job";
import { getOptimizationView, MIN_CARDS_TO_TRAIN, MIN_REVIEWS_TO_TRAIN } from "./training-view";
import type { CramSession } from "./cram-queue";
import { recordCramReview, undoCramReview } from "./cram-review";
import { getCramView } from "./cram-view";
import { getStudyView } from "./queries";
import { recordReview, undoLastReview } from "./review";
import type { OptimizationView, StudyUpdate, StudyView } from "./types";
import { flashcardRefSchema, recordReviewSchema, undoReviewSchema } from "./schemas";

/**
 * Rate the card on screen. The browser sends only which card, which rating and
 * a request key; the schedule is computed here from the stored state.
 */
export async function recordReviewAction(input: unknown): Promise<ActionResult<StudyUpdate>> {
  const user = await requireUser("/study");
  const parsed = recordReviewSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "That rating could not be read. Reload and try again.");
  const bank = getBank();
  // A retired card keeps its history but takes no new ratings: the message is the same as for a card gone.
  if (!bank.flashcards.has(parsed.data.flashcardId) || !isActive(bank, parsed.data.flashcardId)) return failure("unknown_card");
  const settings = await getStudySettings(db, user.id);
  // The verdict on a typed answer is the server's (the same grader as the page), never the browser's word.
  const card = bank.flashcards.get(parsed.data.flashcardId);
  const key = card?.kind === "typein" ? answerKeyOf(card) : null;
  const { typed, cram, ...rating } = parsed.data;
  // A cram session whose ratings don't count: stored apart, the card's schedule untouched.
  if (cram && !cram.reschedule && rating.sectionId) {
    const { flashcardId, rating: grade, requestId, durationMs } = rating;
    await recordCramReview(db, user.id, { flashcardId, rating: grade, requestId, durationMs }, new Date());
    return { ok: true, data: await currentStudyView(user.id, rating.sectionId, cram, settings) };
  }
  const typedAnswer =
    key && typed ? { answer: typed.answer, correct: gradeTyped(typed.answer, key).correct, claimed: typed.claimed } : undefined;
  const recorded = await recordReview(db, user.id, { ...rating, typed: typedAnswer }, new Date(), settings);
  const view = await currentStudyView(user.id, parsed.data.sectionId, cram, settings);
  if (!recorded.becameLeech) return { ok: true, data: view };
  return {
    ok: true,
    data: {
      ...view,
      notice: `That card has lapsed ${settings.leechThreshold} times: it is now a leech and suspended. Find it under Leeches.`,
    },
  };
}

/**
 * Undo the latest rating: the card goes back exactly as it was. The browser names the rating
 * (the view's undoKey), so a retried undo never takes away the rating before it.
 */
export async function undoReviewAction(input?: unknown): Promise<ActionResult<StudyUpdate>> {
  const user = await requireUser("/study");
  const parsed = undoReviewSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "That undo could not be read. Reload and try again.");
  const cram = parsed.data?.cram ?? null;
  try {
    const { undone, rating } =
      cram && !cram.reschedule
        ? await undoCramReview(db, user.id, cram.since, parsed.data?.requestId)
        : await undoLastReview(db, user.id, parsed.data?.requestId);
    const view = await currentStudyView(user.id, parsed.data?.sectionId, cram);
    // Say what was undone: the card simply reappearing told the student nothing.
    const label = rating ? ["Again", "Hard", "Good", "Easy"][rating - 1] : undefined;
    const notice = undone
      ? `Undid ${label ? `“${label}”` : "your last rating"}: the card is back to answer again.`
      : "That rating was undone already.";
    return { ok: true, data: { ...view, notice } };
  } catch (error) {
    if (isAppError(error, "nothing_to_undo")) return failure(error.code);
    // The queue as it is now, whose Undo takes back that newer rating.
    if (isAppError(error, "newer_rating"))
      return { ok: true, data: { ...(await currentStudyView(user.id, parsed.data?.sectionId, cram)), notice: error.message } };
    throw error;
  }
}

/** Bury the card on screen until the student's next study day. */
export async function buryCardAction(input: unknown): Promise<ActionResult<StudyUpdate>> {
  const user = await requireUser("/study");
  const parsed = flashcardRefSchema.safeParse(input);
  if (!parsed.success || !getBank().flashcards.has(parsed.data.flashcardId)) return failure("unknown_card");
  const settings = await getStudySettings(db, user.id);
  await buryCard(db, user.id, parsed.data.flashcardId, new Date(), settings);
  return {
    ok: true,
    data: {
      ...(await currentStudyView(user.id, parsed.data.sectionId, parsed.data.cram, settings)),
      notice: "Card buried until tomorrow.",
    },
  };
}

/** Suspend the card on screen: it stays out of study until unsuspended on the Leeches page. */
export async function suspendCardAction(input: unknown): Promise<ActionResult<StudyUpdate>> {
  const user = await requireUser("/study");
  const parsed = flashcardRefSchema.safeParse(input);
  if (!parsed.success || !getBank().flashcards.has(parsed.data.flashcardId)) return failure("unknown_card");
  await suspendCard(db, user.id, parsed.data.flashcardId, new Date());
  revalidatePath("/leeches");
  return {
    ok: true,
    data: {
      ...(await currentStudyView(user.id, parsed.data.sectionId, parsed.data.cram)),
      notice: "Card suspended. Unsuspend it from the Leeches page.",
    },
  };
}

/** Unsuspend one of the student's cards (from the Leeches page). */
export async function unsuspendCardAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser("/leeches");
  const parsed = flashcardRefSchema.safeParse(input);
  if (!parsed.success) return failure("unknown_card");
  if (!(await unsuspendCard(db, user.id, parsed.data.flashcardId))) return failure("no_such_card");
  revalidatePath("/leeches");
  revalidatePath("/study");
  return { ok: true, data: undefined, message: "Card unsuspended: it is back in your reviews." };
}

/** Reset one of the student's cards to new (from the Leeches page). */
export async function resetCardAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser("/leeches");
  const parsed = flashcardRefSchema.safeParse(input);
  if (!parsed.success) return failure("unknown_card");
  if (!(await resetCard(db, user.id, parsed.data.flashcardId, new Date()))) return failure("no_such_card");
  revalidatePath("/leeches");
  revalidatePath("/study");
  return { ok: true, data: undefined, message: "Card reset: it will come back as a new card." };
}

/** The student's queue as it stands now, after a rating or an undo (a cram session's, in one; with the settings the action read, if it did). */
async function currentStudyView(
  userId: string,
  sectionId?: string | null,
  cram?: CramSession | null,
  known?: StudySettings,
): Promise<StudyView> {
  const settings = known ?? (await getStudySettings(db, userId));
  const now = new Date();
  const bank = getBank();
  if (cram && sectionId && bank.sections.some((s) => s.id === sectionId)) {
    return getCramView(db, userId, bank, settings, now, sectionId, cram);
  }
  // Under an active exam, the queue serves today's share of its plan; a section filter stays on.
  const exam = await getExamStudy(db, userId, bank, settings, now);
  const section = sectionId && bank.sections.some((s) => s.id === sectionId) ? sectionId : null;
  return getStudyView(db, userId, bank, settings, now, { exam: exam?.queue ?? null, sectionId: section });
}

/** Start training the student's FSRS parameters in the background; a second click joins the running one. */
export async function startOptimizationAction(): Promise<ActionResult<OptimizationView>> {
  const user = await requireUser("/settings");
  const limited = await limitOf("training", user.id);
  if (limited) return limited;
  const settings = await getStudySettings(db, user.id);
  const start = await startOptimization(db, user.id, settings, new Date());
  if (start.started) {
    void start.run;
    return { ok: true, data: start.view };
  }
  if (start.reason === "already-running") return { ok: true, data: start.view, message: "Training is already running." };
  if (start.reason === "server-busy") {
    return failure("rate_limited", { message: "The server is training other students' parameters right now. Try again in a few minutes." });
  }
  return failure("too_few_reviews_to_train", {
    message: `Training needs at least ${MIN_REVIEWS_TO_TRAIN} reviews across ${MIN_CARDS_TO_TRAIN} cards. Keep studying and try again.`,
  });
}

/** The student's training as it stands (the settings page polls this while it runs). */
export async function getOptimizationAction(): Promise<ActionResult<OptimizationView>> {
  const user = await requireUser("/settings");
  return { ok: true, data: await getOptimizationView(db, user.id, new Date()) };
}

/** Use the newly trained parameters for every later schedule and interval preview. */
export async function keepParametersAction(): Promise<ActionResult<OptimizationView>> {
  const user = await requireUser("/settings");
  const limited = await limitOf("parameters", user.id);
  if (limited) return limited;
  const settings = await getStudySettings(db, user.id);
  if (!(await keepTrainedParameters(db, user.id, settings))) return failure("no_trained_parameters");
  revalidatePath("/settings");
  revalidatePath("/study");
  return { ok: true, data: await getOptimizationView(db, user.id, new Date()), message: "Your trained parameters are in use." };
}

/** Throw the newly trained parameters away; the schedule stays as it was. */
export async function discardParametersAction(): Promise<ActionResult<OptimizationView>> {
  const user = await requireUser("/settings");
  if (!(await discardTrainedParameters(db, user.id))) return failure("nothing_to_discard");
  return { ok: true, data: await getOptimizationView(db, user.id, new Date()), message: "New parameters discarded; nothing changed." };
}

/** Go back to FSRS's default parameters. */
export async function restoreDefaultParametersAction(): Promise<ActionResult<OptimizationView>> {
  const user = await requireUser("/settings");
  const limited = await limitOf("parameters", user.id);
  if (limited) return limited;
  const settings = await getStudySettings(db, user.id);
  await restoreDefaultParameters(db, user.id, settings);
  revalidatePath("/settings");
  revalidatePath("/study");
  return { ok: true, data: await getOptimizationView(db, user.id, new Date()), message: "Back to FSRS's default parameters." };
}

/** The expensive FSRS actions are limited per student (lib/throttle/actions.ts): a message, or null to go on. */
async function limitOf(action: LimitedAction, userId: string): Promise<ActionResult<never> | null> {
  try {
    await checkActionLimit(db, action, userId, new Date());
    return null;
  } catch (error) {
    if (isAppError(error, "rate_limited")) return failureOf(error);
    throw error;
  }
}
