"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { invalid } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { errorMessage, NothingToUndoError } from "@/lib/errors";
import { getStudySettings } from "@/lib/settings/queries";
import { buryCard, resetCard, suspendCard, unsuspendCard } from "./mutations";
import { getStudyView, type StudyView } from "./queries";
import { recordReview, undoLastReview } from "./review";
import { flashcardRefSchema, recordReviewSchema } from "./schemas";

/** The study queue after an action, with a line for the student about what just happened. */
export type StudyUpdate = StudyView & { notice?: string };

const UNKNOWN_CARD = "That card is no longer in the deck. Reload to get the current queue.";

/**
 * Rate the card on screen. The browser sends only which card, which rating and
 * a request key; the schedule is computed here from the stored state.
 */
export async function recordReviewAction(input: unknown): Promise<ActionResult<StudyUpdate>> {
  const user = await requireUser("/study");
  const parsed = recordReviewSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "That rating could not be read. Reload and try again.");
  const bank = getBank();
  if (!bank.flashcards.has(parsed.data.flashcardId)) return { ok: false, error: UNKNOWN_CARD };
  const settings = await getStudySettings(db, user.id);
  const recorded = await recordReview(db, user.id, parsed.data, new Date(), settings);
  const view = await currentStudyView(user.id);
  if (!recorded.becameLeech) return { ok: true, data: view };
  return {
    ok: true,
    data: { ...view, notice: `That card has lapsed ${settings.leechThreshold} times: it is now a leech and suspended. Find it under Leeches.` },
  };
}

/** Undo the latest rating: the card goes back exactly as it was. */
export async function undoReviewAction(): Promise<ActionResult<StudyView>> {
  const user = await requireUser("/study");
  try {
    await undoLastReview(db, user.id);
  } catch (error) {
    if (error instanceof NothingToUndoError) return { ok: false, error: errorMessage(error) };
    throw error;
  }
  return { ok: true, data: await currentStudyView(user.id) };
}

/** Bury the card on screen until the student's next study day. */
export async function buryCardAction(input: unknown): Promise<ActionResult<StudyUpdate>> {
  const user = await requireUser("/study");
  const parsed = flashcardRefSchema.safeParse(input);
  if (!parsed.success || !getBank().flashcards.has(parsed.data.flashcardId)) return { ok: false, error: UNKNOWN_CARD };
  const settings = await getStudySettings(db, user.id);
  await buryCard(db, user.id, parsed.data.flashcardId, new Date(), settings);
  return { ok: true, data: { ...(await currentStudyView(user.id)), notice: "Card buried until tomorrow." } };
}

/** Suspend the card on screen: it stays out of study until unsuspended on the Leeches page. */
export async function suspendCardAction(input: unknown): Promise<ActionResult<StudyUpdate>> {
  const user = await requireUser("/study");
  const parsed = flashcardRefSchema.safeParse(input);
  if (!parsed.success || !getBank().flashcards.has(parsed.data.flashcardId)) return { ok: false, error: UNKNOWN_CARD };
  await suspendCard(db, user.id, parsed.data.flashcardId, new Date());
  revalidatePath("/leeches");
  return { ok: true, data: { ...(await currentStudyView(user.id)), notice: "Card suspended. Unsuspend it from the Leeches page." } };
}

/** Unsuspend one of the student's cards (from the Leeches page). */
export async function unsuspendCardAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser("/leeches");
  const parsed = flashcardRefSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: UNKNOWN_CARD };
  if (!(await unsuspendCard(db, user.id, parsed.data.flashcardId))) return { ok: false, error: "You have no such card. Reload the page." };
  revalidatePath("/leeches");
  revalidatePath("/study");
  return { ok: true, data: undefined, message: "Card unsuspended: it is back in your reviews." };
}

/** Reset one of the student's cards to new (from the Leeches page). */
export async function resetCardAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser("/leeches");
  const parsed = flashcardRefSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: UNKNOWN_CARD };
  if (!(await resetCard(db, user.id, parsed.data.flashcardId, new Date()))) return { ok: false, error: "You have no such card. Reload the page." };
  revalidatePath("/leeches");
  revalidatePath("/study");
  return { ok: true, data: undefined, message: "Card reset: it will come back as a new card." };
}

/** The student's queue as it stands now, after a rating or an undo. */
async function currentStudyView(userId: string): Promise<StudyView> {
  const settings = await getStudySettings(db, userId);
  return getStudyView(db, userId, getBank(), settings, new Date());
}
