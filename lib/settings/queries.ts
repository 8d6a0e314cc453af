import "server-only";
import type { Db } from "@/lib/db/create-client";
import { DEFAULT_STUDY_SETTINGS, storedSectionIdsSchema, type StudySettings } from "./schemas";

/** A student's study settings, or the defaults if they never saved any. */
export async function getStudySettings(db: Db, userId: string): Promise<StudySettings & { isSaved: boolean }> {
  const row = await db.studySettings.findUnique({ where: { userId } });
  if (!row) return { ...DEFAULT_STUDY_SETTINGS, isSaved: false };
  return {
    desiredRetention: row.desiredRetention,
    newCardsPerDay: row.newCardsPerDay,
    maximumInterval: row.maximumInterval,
    sectionIds: storedSectionIdsSchema.parse(JSON.parse(row.sectionIds)),
    isSaved: true,
  };
}
