import type { Bank } from "../lib/content/bank";
import type { Db } from "../lib/db/create-client";
import { openMissedIds } from "../lib/missed/queries";
import { FORECAST_DAYS, updateRollupAndGetProgress } from "../lib/progress/progress-view";
import { reviewCounts } from "../lib/progress/rollup";
import { dueByHour, retentionByHour, reviewsByHour } from "../lib/progress/stats";
import { MATURE_INTERVAL_DAYS } from "../lib/progress/true-retention";
import { getStudySettings } from "../lib/settings/queries";
import { DEFAULT_STUDY_DAY, startOfStudyDay } from "../lib/srs/day";
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
  /** Not held to (5)'s target: work done once per student, not on every visit. */
  once?: boolean;
  run: (ctx: ProgressQueryContext) => Promise<unknown>;
}

const DAY_MS = 86_400_000;

/** The whole progress page's server work: the student's settings, then updateRollupAndGetProgress (every chart's queries at once). */
export const PROGRESS_PAGE: ProgressQuery = {
  name: "progress page: settings + updateRollupAndGetProgress (every chart, heavy student)",
  run: async ({ db, userId, bank, now }) => updateRollupAndGetProgress(db, userId, bank, await getStudySettings(db, userId), now),
};

/** The page on a student's first visit: no rollup yet, so their whole history is grouped and summed into one. */
export const PROGRESS_FIRST_VISIT: ProgressQuery = {
  name: "progress page, first visit: builds the student's rollup from 100,000 reviews",
  run: PROGRESS_PAGE.run,
};

/**
 * Each chart's aggregate query on its own (row 5a, 5b, …), so a slow chart
 * shows which. Add a chart's query here when one lands in lib/progress/.
 */
export const PROGRESS_QUERIES: ProgressQuery[] = [
  // Building a student's rollup (their first visit, or after a time zone change) groups their whole history once.
  {
    name: "rollup build: reviews per hour and rating, all history (reviewsByHour)",
    once: true,
    run: ({ db, userId, now }) => reviewsByHour(db, userId, { from: null, until: startOfStudyDay(now) }, 0),
  },
  {
    name: "rollup build: true retention per hour, all history (retentionByHour)",
    once: true,
    run: ({ db, userId, now }) =>
      retentionByHour(db, userId, { from: null, until: startOfStudyDay(now) }, MATURE_INTERVAL_DAYS, State.Review, 0),
  },
  // Every visit: the rollup row, and today's reviews grouped.
  {
    name: "every visit: the rollup row, and today's reviews grouped (reviewCounts)",
    run: ({ db, userId, now }) => reviewCounts(db, userId, DEFAULT_STUDY_DAY, 0, now),
  },
  {
    name: `due forecast, ${FORECAST_DAYS} days (dueByHour)`,
    run: ({ db, userId, now }) => dueByHour(db, userId, now, new Date(now.getTime() + (FORECAST_DAYS + 1) * DAY_MS), State.New, 0),
  },
  { name: "open missed questions (openMissedIds)", run: ({ db, userId, bank }) => openMissedIds(db, userId, bank) },
];
