"use server";
import { revalidatePath } from "next/cache";
import { type ActionResult, failure, invalid } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { saveStudySettings } from "./mutations";
import { studySettingsSchema } from "./schemas";

/** Save the signed-in student's study settings from the settings form. */
export async function saveStudySettingsAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser("/settings");
  // A field missing from the form takes its default (coercing null would read as 0).
  const field = (name: string) => formData.get(name) ?? undefined;
  const parsed = studySettingsSchema.safeParse({
    desiredRetention: formData.get("desiredRetention"),
    newCardsPerDay: formData.get("newCardsPerDay"),
    dailyReviewLimit: field("dailyReviewLimit"),
    maximumInterval: formData.get("maximumInterval"),
    sectionIds: formData.getAll("sectionIds").map(String),
    timeZone: field("timeZone"),
    dayStartsAtHour: field("dayStartsAtHour"),
    leechThreshold: field("leechThreshold"),
  });
  if (!parsed.success) return invalid(parsed.error);
  const known = new Set(getBank().sections.map((s) => s.id));
  const unknown = parsed.data.sectionIds.filter((id) => !known.has(id));
  if (unknown.length > 0) return failure("unknown_section", { fieldErrors: { sectionIds: [`Unknown section: ${unknown.join(", ")}`] } });
  await saveStudySettings(db, user.id, parsed.data);
  revalidatePath("/settings");
  revalidatePath("/study");
  return { ok: true, data: undefined, message: "Settings saved." };
}
