import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { StudySettings } from "./schemas";

/** Create or replace a student's study settings. */
export async function saveStudySettings(db: Db, userId: string, settings: StudySettings): Promise<void> {
  const data = {
    desiredRetention: settings.desiredRetention,
    newCardsPerDay: settings.newCardsPerDay,
    maximumInterval: settings.maximumInterval,
    sectionIds: JSON.stringify(settings.sectionIds),
  };
  await db.studySettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}
