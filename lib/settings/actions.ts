"use server";
import { revalidatePath } from "next/cache";
import { type ActionResult, failure, invalid, submittedValues } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { saveColorScheme, saveStudySettings } from "./mutations";
import { colorSchemeSchema, studySettingsSchema } from "./schemas";

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
  const values = submittedValues(formData, ["sectionIds"]);
  if (!parsed.success) return { ...invalid(parsed.error), values };
  const known = new Set(getBank().sections.map((s) => s.id));
  const unknown = parsed.data.sectionIds.filter((id) => !known.has(id));
  if (unknown.length > 0)
    return { ...failure("unknown_section", { fieldErrors: { sectionIds: [`Unknown section: ${unknown.join(", ")}`] } }), values };
  await saveStudySettings(db, user.id, parsed.data);
  revalidatePath("/settings");
  revalidatePath("/study");
  return { ok: true, data: undefined, message: "Settings saved." };
}

/** Store the signed-in student's light/dark choice; every page's layout reads it. */
export async function saveColorSchemeAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser("/settings");
  const parsed = colorSchemeSchema.safeParse(formData.get("colorScheme"));
  if (!parsed.success)
    return { ok: false, error: "Pick System, Light or Dark.", fieldErrors: { colorScheme: ["Pick System, Light or Dark."] } };
  await saveColorScheme(db, user.id, parsed.data);
  revalidatePath("/", "layout");
  const label = { system: "your device's setting", light: "light", dark: "dark" }[parsed.data];
  return { ok: true, data: undefined, message: `Pages now use ${label}.` };
}
