import "server-only";
import type { Db } from "@/lib/db/create-client";
import { parseStoredParameters } from "@/lib/srs/schemas";
import { sectionIdsColumn } from "./columns";
import { type ColorScheme, colorSchemeSchema, DEFAULT_STUDY_SETTINGS, type StudySettings } from "./schemas";

/** A student's study settings, or the defaults if they never saved any. */
export async function getStudySettings(db: Db, userId: string): Promise<StudySettings & { isSaved: boolean }> {
  const row = await db.studySettings.findUnique({ where: { userId } });
  if (!row) return { ...DEFAULT_STUDY_SETTINGS, fsrsParameters: null, isSaved: false };
  return {
    desiredRetention: row.desiredRetention,
    newCardsPerDay: row.newCardsPerDay,
    dailyReviewLimit: row.dailyReviewLimit,
    maximumInterval: row.maximumInterval,
    sectionIds: sectionIdsColumn.parse(row.sectionIds),
    timeZone: row.timeZone,
    dayStartsAtHour: row.dayStartsAtHour,
    leechThreshold: row.leechThreshold,
    fsrsParameters: readParameters(userId, row.fsrsParameters),
    isSaved: true,
  };
}

/** Damaged stored parameters must not stop a student studying: schedule with the defaults and log it. */
function readParameters(userId: string, raw: string | null): number[] | null {
  try {
    return parseStoredParameters(raw);
  } catch (error) {
    console.error(`Stored FSRS parameters of user ${userId} are invalid; using the defaults.`, error);
    return null;
  }
}

/** The student's light/dark choice for the root layout; "system" when never chosen or unreadable. */
export async function getColorScheme(db: Db, userId: string): Promise<ColorScheme> {
  const row = await db.studySettings.findUnique({ where: { userId }, select: { colorScheme: true } });
  const parsed = colorSchemeSchema.safeParse(row?.colorScheme);
  return parsed.success ? parsed.data : "system";
}
