"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionResult, invalid } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { getStudySettings } from "@/lib/settings/queries";
import { cancelExam, enterActualScore, setExam } from "./mutations";
import { startMockExam } from "./mock-start";
import { actualScoreSchema, examFormSchema, examIdSchema, startMockSchema, type ExamFormValues } from "./schemas";

/** What the exam form gets back: the result, and what the student typed so the form keeps it. */
export type ExamFormState = ActionResult & { values: ExamFormValues };

function readForm(formData: FormData): ExamFormValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.slice(0, 200) : "";
  };
  return {
    date: text("date"),
    time: text("time"),
    timeZone: text("timeZone"),
    sectionIds: formData
      .getAll("sectionIds")
      .filter((v): v is string => typeof v === "string")
      .slice(0, 50),
    targetPercent: text("targetPercent"),
    dailyMinutes: text("dailyMinutes"),
  };
}

function revalidateExamPages() {
  for (const path of ["/exam", "/study", "/"]) revalidatePath(path);
}

/**
 * Set the student's exam, or change the active one (the same form). Guests too: a guest's exam
 * moves to their account with the rest of their progress.
 */
export async function setExamAction(_previous: ExamFormState | null, formData: FormData): Promise<ExamFormState> {
  const user = await requireUser("/exam");
  const values = readForm(formData);
  const now = new Date();
  const settings = await getStudySettings(db, user.id);
  const schema = examFormSchema({ now, studyTimeZone: settings.timeZone, sectionIds: getBank().sections.map((s) => s.id) });
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ...invalid(parsed.error, "The exam was not saved: fix the fields marked below."), values };
  const { changed } = await setExam(db, user.id, parsed.data, now);
  revalidateExamPages();
  return {
    ok: true,
    data: undefined,
    message: changed ? "Exam changed: the plan follows the new settings." : "Exam set: here is your plan.",
    values,
  };
}

/** Cancel the active exam: /study goes back to the normal schedule; the exam stays listed as cancelled. */
export async function cancelExamAction(examId: unknown): Promise<ActionResult> {
  const user = await requireUser("/exam");
  const id = examIdSchema.safeParse(examId);
  if (!id.success || !(await cancelExam(db, user.id, id.data)))
    return { ok: false, error: "That exam isn't your active exam. Reload the page." };
  revalidateExamPages();
  return { ok: true, data: undefined, message: "Exam cancelled. Your cards are back on their normal schedule." };
}

/** The score the student got, entered after the exam, kept next to what the app predicted. */
export async function enterActualScoreAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser("/exam");
  const parsed = actualScoreSchema.safeParse({ examId: formData.get("examId"), actualPercent: formData.get("actualPercent") });
  if (!parsed.success) return invalid(parsed.error, "The score was not saved.");
  if (!(await enterActualScore(db, user.id, parsed.data.examId, parsed.data.actualPercent))) {
    return { ok: false, error: "That exam isn't one of your past exams. Reload the page." };
  }
  revalidatePath("/exam");
  return { ok: true, data: undefined, message: "Score saved." };
}

/** Start the plan's mock exam of today (a timed quiz on the exam's sections), then open it. */
export async function startMockExamAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser("/exam");
  const parsed = startMockSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "That mock exam could not be read. Reload the page." };
  const started = await startMockExam(db, user.id, getBank(), parsed.data, new Date());
  if (!started.ok) return started;
  revalidatePath("/exam");
  redirect(`/quiz/${started.data.attemptId}`);
}
