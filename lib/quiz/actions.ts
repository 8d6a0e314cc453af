"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionFailure, type ActionResult, type FormValues, failure, failureOf, invalid, submittedValues } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { checkActionLimit } from "@/lib/throttle/actions";
import { startAttempt } from "./mutations";
import { claimAnswer, type ClaimResult } from "./overrides";
import { settleOpenQuiz } from "./open-quiz";
import { getAttemptSettings } from "./queries";
import { abandonQuizSchema, attemptIdSchema, claimRightSchema, QUICK_QUIZ, quizBuilderFormSchema, type QuizSettings } from "./schemas";
import type { StartQuizResult } from "./types";

/**
 * Start a quiz from the builder form, then open it. Settings that match no
 * question come back as a message; fewer matches than asked for make a shorter quiz.
 * Another quiz still open comes back as `openQuiz`, unless the form's `abandon` names it.
 */
export async function startQuizAction(_previous: StartQuizResult | null, formData: FormData): Promise<StartQuizResult> {
  const user = await requireUser("/quiz");
  const parsed = quizBuilderFormSchema.safeParse({
    count: formData.get("count"),
    sectionIds: formData.getAll("sectionIds").map(String),
    kinds: formData.getAll("kinds").map(String),
    difficulties: formData.getAll("difficulties").map(String),
    timeMode: formData.get("timeMode"),
    minutes: formData.get("minutes") || undefined,
  });
  const values = submittedValues(formData, ["sectionIds", "kinds", "difficulties"]);
  if (!parsed.success) return { ...builderRefusal(invalid(parsed.error, "Some choices need fixing."), values.timeMode), values };
  const known = new Set(getBank().sections.map((section) => section.id));
  if (parsed.data.sectionIds.some((id) => !known.has(id))) {
    return { ...failure("unknown_section", { fieldErrors: { sectionIds: ["Pick sections from the list."] } }), values };
  }
  const started = await start(user.id, parsed.data, abandonQuizSchema.parse(formData.get("abandon") ?? undefined));
  return started.ok ? started : { ...started, values };
}

/** One click: 10 mixed questions from the whole article, 45 seconds each (`abandon`: see `startQuizAction`). */
export async function quickQuizAction(abandon?: unknown): Promise<StartQuizResult> {
  const user = await requireUser("/quiz");
  return start(user.id, QUICK_QUIZ, abandonQuizSchema.parse(abandon));
}

/** The same settings as an earlier attempt of the student's, new questions. */
export async function retakeQuizAction(attemptId: unknown, abandon?: unknown): Promise<StartQuizResult> {
  const user = await requireUser("/quiz");
  // Only a well-formed id reaches the query (PostgreSQL answers a NUL byte with an error, a 500).
  const id = attemptIdSchema.safeParse(attemptId);
  const settings = id.success ? await getAttemptSettings(db, user.id, id.data) : null;
  if (!settings) return failure("attempt_not_found");
  return start(user.id, settings, abandonQuizSchema.parse(abandon));
}

/**
 * One message per field, about what the student chose (B15): an out-of-range count also breaks the
 * derived time limit, which is news only to a student who typed the minutes themselves.
 */
function builderRefusal(result: ActionFailure, timeMode: FormValues[string] | undefined): ActionFailure {
  if (!result.fieldErrors) return result;
  const { timeLimitSeconds, ...rest } = result.fieldErrors;
  const fieldErrors: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(rest)) fieldErrors[name] = [...new Set(messages)];
  if (timeLimitSeconds && timeMode === "custom") fieldErrors.minutes = [...new Set([...(fieldErrors.minutes ?? []), ...timeLimitSeconds])];
  return { ...result, fieldErrors };
}

async function start(userId: string, settings: QuizSettings, abandon: string | undefined): Promise<StartQuizResult> {
  let attemptId: string;
  try {
    await checkActionLimit(db, "quiz", userId, new Date());
    const open = await settleOpenQuiz(db, userId, abandon, getBank(), new Date());
    if (open) return { ...failure("quiz_open"), openQuiz: open };
    ({ attemptId } = await startAttempt(db, userId, settings, getBank(), new Date()));
  } catch (error) {
    if (isAppError(error, "no_questions", "rate_limited")) return failureOf(error);
    throw error;
  }
  redirect(`/quiz/${attemptId}`);
}

/** "I was right" (or taking it back) on a typed answer of a submitted quiz marked wrong. */
export async function claimRightAction(input: unknown): Promise<ActionResult<ClaimResult>> {
  const user = await requireUser("/quiz");
  const parsed = claimRightSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "That answer could not be read.");
  const { attemptId, questionId, claimed } = parsed.data;
  try {
    const result = await claimAnswer(db, user.id, attemptId, questionId, claimed, getBank(), new Date());
    revalidatePath(`/quiz/${attemptId}/results`);
    revalidatePath("/missed");
    return { ok: true, data: result, message: claimed ? "Counted as right." : "Back to the grader's verdict." };
  } catch (error) {
    if (isAppError(error, "attempt_not_found", "not_overridable")) return failureOf(error);
    throw error;
  }
}
