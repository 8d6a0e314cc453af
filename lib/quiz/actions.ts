"use server";
import { redirect } from "next/navigation";
import { type ActionResult, failure, failureOf, invalid } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { startAttempt } from "./mutations";
import { getAttemptSettings } from "./queries";
import { attemptIdSchema, QUICK_QUIZ, quizBuilderFormSchema, type QuizSettings } from "./schemas";

/**
 * Start a quiz from the builder form, then open it. Settings that match no
 * question come back as a message; fewer matches than asked for make a shorter quiz.
 */
export async function startQuizAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser("/quiz");
  const parsed = quizBuilderFormSchema.safeParse({
    count: formData.get("count"),
    sectionIds: formData.getAll("sectionIds").map(String),
    kinds: formData.getAll("kinds").map(String),
    difficulties: formData.getAll("difficulties").map(String),
    timeMode: formData.get("timeMode"),
    minutes: formData.get("minutes") || undefined,
  });
  if (!parsed.success) return invalid(parsed.error, "Some choices need fixing.");
  const known = new Set(getBank().sections.map((section) => section.id));
  if (parsed.data.sectionIds.some((id) => !known.has(id))) {
    return failure("unknown_section", { fieldErrors: { sectionIds: ["Pick sections from the list."] } });
  }
  return start(user.id, parsed.data);
}

/** One click: 10 mixed questions from the whole article, 45 seconds each. */
export async function quickQuizAction(): Promise<ActionResult> {
  const user = await requireUser("/quiz");
  return start(user.id, QUICK_QUIZ);
}

/** The same settings as an earlier attempt of the student's, new questions. */
export async function retakeQuizAction(attemptId: unknown): Promise<ActionResult> {
  const user = await requireUser("/quiz");
  // Only a well-formed id reaches the query (PostgreSQL answers a NUL byte with an error, a 500).
  const id = attemptIdSchema.safeParse(attemptId);
  const settings = id.success ? await getAttemptSettings(db, user.id, id.data) : null;
  if (!settings) return failure("attempt_not_found");
  return start(user.id, settings);
}

async function start(userId: string, settings: QuizSettings): Promise<ActionResult> {
  let attemptId: string;
  try {
    ({ attemptId } = await startAttempt(db, userId, settings, getBank(), new Date()));
  } catch (error) {
    if (isAppError(error, "no_questions")) return failureOf(error);
    throw error;
  }
  redirect(`/quiz/${attemptId}`);
}
