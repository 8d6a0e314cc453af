import type { Db } from "../lib/db/create-client";

/** One aggregate query behind a chart of the progress page. */
export interface ProgressQuery {
  name: string;
  run: (db: Db, userId: string, now: Date) => Promise<unknown>;
}

/**
 * Every progress chart's query, timed by the bench for the heavy student
 * (row 5). Add a chart's query here when it lands in lib/progress/.
 */
export const PROGRESS_QUERIES: ProgressQuery[] = [];
