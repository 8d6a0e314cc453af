"use server";
import type { ActionResult } from "@/lib/action-result";
import { invalid } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { errorMessage, NothingToUndoError } from "@/lib/errors";
import { getStudySettings } from "@/lib/settings/queries";
import { getStudyView, type StudyView } from "./queries";
import { recordReview, undoLastReview } from "./review";
import { recordReviewSchema } from "./schemas";

/**
 * Rate the card on screen. The browser sends only which card, which rating and
 * a request key; the schedule is computed here from the stored state.
 */
export async function recordReviewAction(input: unknown): Promise<ActionResult<StudyView>> {
  const user = await requireUser("/study");
  const parsed = recordReviewSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "That rating could not be read. Reload and try again.");
  const bank = getBank();
  if (!bank.flashcards.has(parsed.data.flashcardId)) {
    return { ok: false, error: "That card is no longer in the deck. Reload to get the current queue." };
  }
  const settings = await getStudySettings(db, user.id);
  await recordReview(db, user.id, parsed.data, new Date(), settings);
  return { ok: true, data: await currentStudyView(user.id) };
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

/** The student's queue as it stands now, after a rating or an undo. */
async function currentStudyView(userId: string): Promise<StudyView> {
  const settings = await getStudySettings(db, userId);
  return getStudyView(db, userId, getBank(), settings, new Date());
}
