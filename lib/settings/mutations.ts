import "server-only";
import type { Db } from "@/lib/db/create-client";
import { sectionIdsColumn } from "./columns";
import { type ColorScheme, DEFAULT_STUDY_SETTINGS, type StudySettingsInput } from "./schemas";

/** Create or replace a student's study settings (their trained FSRS parameters stay as they are). */
export async function saveStudySettings(db: Db, userId: string, settings: StudySettingsInput): Promise<void> {
  const full = { ...DEFAULT_STUDY_SETTINGS, ...settings };
  const data = {
    desiredRetention: full.desiredRetention,
    newCardsPerDay: full.newCardsPerDay,
    dailyReviewLimit: full.dailyReviewLimit,
    maximumInterval: full.maximumInterval,
    sectionIds: sectionIdsColumn.serialize(full.sectionIds),
    timeZone: full.timeZone,
    dayStartsAtHour: full.dayStartsAtHour,
    leechThreshold: full.leechThreshold,
  };
  await db.studySettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}

/** Store a student's light/dark choice; a student without settings gets the defaults with it. */
export async function saveColorScheme(db: Db, userId: string, colorScheme: ColorScheme): Promise<void> {
  await db.studySettings.upsert({ where: { userId }, create: { userId, colorScheme }, update: { colorScheme } });
}
