import type { Db } from "../lib/db/create-client";
import { getRetentionReviews } from "../lib/progress/queries";
import { computeTrueRetention } from "../lib/progress/true-retention";
import { getStudySettings } from "../lib/settings/queries";

/** One aggregate query behind a chart of the progress page, run as the page runs it. */
export interface ProgressQuery {
  name: string;
  run: (db: Db, userId: string, now: Date) => Promise<unknown>;
}

/**
 * Every progress chart's query, timed by the bench for the heavy student
 * (row 5). Add a chart's query here when it lands in lib/progress/.
 */
export const PROGRESS_QUERIES: ProgressQuery[] = [
  {
    name: "true retention (getRetentionReviews + computeTrueRetention)",
    run: async (db, userId, now) => {
      const [settings, reviews] = await Promise.all([getStudySettings(db, userId), getRetentionReviews(db, userId)]);
      return computeTrueRetention(reviews, now, settings);
    },
  },
];
