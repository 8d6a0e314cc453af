import type { Bank } from "../lib/content/bank";
import type { Db } from "../lib/db/create-client";
import { openMissedIds } from "../lib/missed/queries";
import { FORECAST_DAYS, getProgress } from "../lib/progress/queries";
import { dueByHour, retentionByHour, reviewsByHour } from "../lib/progress/stats";
import { MATURE_INTERVAL_DAYS } from "../lib/progress/true-retention";
import { getStudySettings } from "../lib/settings/queries";
import { State } from "../lib/srs/scheduler";

export interface ProgressQueryContext {
  db: Db;
  userId: string;
  bank: Bank;
  now: Date;
}

/** One query behind the progress page, called as the page calls it. */
export interface ProgressQuery {
  name: string;
  run: (ctx: ProgressQueryContext) => Promise<unknown>;
}

const DAY_MS = 86_400_000;

/** The whole progress page's server work: the student's settings, then getProgress (every chart's queries at once). */
export const PROGRESS_PAGE: ProgressQuery = {
  name: "progress page: settings + getProgress (every chart, heavy student)",
  run: async ({ db, userId, bank, now }) => getProgress(db, userId, bank, await getStudySettings(db, userId), now),
};

/**
 * Each chart's aggregate query on its own (row 5a, 5b, …), so a slow chart
 * shows which. Add a chart's query here when one lands in lib/progress/.
 */
export const PROGRESS_QUERIES: ProgressQuery[] = [
  // getProgress reads a year of history (365 days + 2 of margin) for the streaks and the calendar.
  { name: "reviews per hour and rating, 1 year (reviewsByHour)", run: ({ db, userId, now }) => reviewsByHour(db, userId, new Date(now.getTime() - 367 * DAY_MS), 0) },
  { name: "true retention counts per hour (retentionByHour)", run: ({ db, userId }) => retentionByHour(db, userId, MATURE_INTERVAL_DAYS, State.Review, 0) },
  {
    name: `due forecast, ${FORECAST_DAYS} days (dueByHour)`,
    run: ({ db, userId, now }) => dueByHour(db, userId, now, new Date(now.getTime() + (FORECAST_DAYS + 1) * DAY_MS), State.New, 0),
  },
  { name: "open missed questions (openMissedIds)", run: ({ db, userId, bank }) => openMissedIds(db, userId, bank) },
];
