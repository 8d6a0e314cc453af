"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionResult, failure, failureOf, invalid } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { checkActionLimit } from "@/lib/throttle/actions";
import { startAttempt } from "@/lib/quiz/mutations";
import { settleOpenQuiz } from "@/lib/quiz/open-quiz";
import { abandonQuizSchema, missedPracticeSettings } from "@/lib/quiz/schemas";
import type { StartQuizResult } from "@/lib/quiz/types";
import { markMastered, resetMissed } from "./mutations";
import { missedInAttempt, openMissedIds } from "./queries";
import { missedQuestionSchema, practiseMissedSchema } from "./schemas";

/**
 * Start an untimed practice of the student's missed questions (all of them, or those of one attempt).
 * Another quiz still open comes back as `openQuiz`, unless `abandon` names it (`startQuizAction`).
 */
export async function practiseMissedAction(input: unknown, abandon?: unknown): Promise<StartQuizResult> {
  const user = await requireUser("/missed");
  const parsed = practiseMissedSchema.safeParse(input ?? {});
  if (!parsed.success) return invalid(parsed.error, "That practice could not be started.");
  const bank = getBank();
  const ids = parsed.data.fromAttemptId
    ? (await missedInAttempt(db, user.id, parsed.data.fromAttemptId, bank))[parsed.data.scope]
    : await openMissedIds(db, user.id, bank);
  if (ids.length === 0) return failure("nothing_to_practise");
  try {
    await checkActionLimit(db, "quiz", user.id, new Date());
  } catch (error) {
    if (isAppError(error, "rate_limited")) return failureOf(error);
    throw error;
  }
  const open = await settleOpenQuiz(db, user.id, abandonQuizSchema.parse(abandon), bank, new Date());
  if (open) return { ...failure("quiz_open"), openQuiz: open };
  const { attemptId } = await startAttempt(db, user.id, missedPracticeSettings(ids.length), bank, new Date(), Math.random, ids);
  redirect(`/quiz/${attemptId}`);
}

/** "I know this one": take it off the Missed list. */
export async function markMasteredAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser("/missed");
  const parsed = missedQuestionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "That question could not be read.");
  if (!(await markMastered(db, user.id, parsed.data.questionId, new Date()))) {
    return failure("not_missed");
  }
  revalidatePath("/missed");
  return { ok: true, data: undefined, message: "Marked as mastered." };
}

/** Put a question back on the Missed list with its progress cleared. */
export async function resetMissedAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser("/missed");
  const parsed = missedQuestionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "That question could not be read.");
  if (!(await resetMissed(db, user.id, parsed.data.questionId))) return failure("not_missed");
  revalidatePath("/missed");
  return { ok: true, data: undefined, message: "Back on your Missed list." };
}
