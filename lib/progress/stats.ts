import "server-only";
import { dialectOf, type Db } from "@/lib/db/create-client";
import { idIn, sqliteTime, sqlTime } from "@/lib/db/sql";
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { RetentionCount } from "./true-retention";

/**
 * The aggregate queries behind the progress charts. Each one groups in the
 * database and returns at most one row per hour (and rating), never one row per
 * review, and each is served by an index: ReviewLog (userId, reviewedAt) and
 * Card (userId, due).
 *
 * Rows are grouped by the hour of the student's clock: `subHourMinutes` is the
 * part of their UTC offset below an hour (30 for India, 45 for Nepal, else 0),
 * so every bucket falls inside one local hour, and the caller turns hours into
 * study days with the student's time zone exactly (daylight saving included).
 */

export interface HourCount {
  /** The bucket's start as a UTC instant (ms), already shifted back by `subHourMinutes`. */
  at: number;
  count: number;
}

export interface HourRatingCount extends HourCount {
  rating: number;
}

export type HourRetentionCount = RetentionCount;

type Row = Record<string, unknown>;

/**
 * SQLite's hour of a stored DateTime (text like "2026-11-24T21:42:34.968+00:00",
 * always UTC): the first 13 characters, or strftime when the student's offset has
 * minutes (strftime costs about twice as much per row on 100,000 reviews).
 */
function sqliteHour(column: "reviewedAt" | "due", subHourMinutes: number) {
  const name = Prisma.raw(`"${column}"`);
  return subHourMinutes === 0
    ? Prisma.sql`substr(${name}, 1, 13)`
    : Prisma.sql`strftime('%Y-%m-%dT%H', ${name}, ${`${subHourMinutes} minutes`})`;
}
const num = (value: unknown) => Number(value ?? 0);
/** "2026-11-24T21" (already shifted) → the UTC instant the local hour starts. */
const hourStart = (hour: unknown, subHourMinutes: number) => Date.parse(`${String(hour)}:00:00Z`) - subHourMinutes * 60_000;

/** Reviews from `from` (inclusive) until `until` (exclusive); null leaves that end open. */
export interface ReviewRange {
  from: Date | null;
  until: Date | null;
}

/** The range as SQL conditions on "reviewedAt", in the column's stored form. */
function reviewedIn(db: Db, range: ReviewRange) {
  const at = (date: Date) => sqlTime(dialectOf(db), date);
  return Prisma.sql`${range.from ? Prisma.sql`AND "reviewedAt" >= ${at(range.from)}` : Prisma.empty} ${range.until ? Prisma.sql`AND "reviewedAt" < ${at(range.until)}` : Prisma.empty}`;
}

/** Reviews per hour and rating in `range`. */
export async function reviewsByHour(db: Db, userId: string, range: ReviewRange, subHourMinutes: number): Promise<HourRatingCount[]> {
  const rows: Row[] =
    dialectOf(db) === "postgres"
      ? await db.$queryRaw`
          SELECT to_char(date_trunc('hour', "reviewedAt" + make_interval(mins => ${subHourMinutes}::int)), 'YYYY-MM-DD"T"HH24') AS hour,
                 "rating" AS rating, count(*)::int AS n
          FROM "ReviewLog" WHERE "userId" = ${userId} ${reviewedIn(db, range)}
          GROUP BY 1, 2`
      : await db.$queryRaw`
          SELECT ${sqliteHour("reviewedAt", subHourMinutes)} AS hour, "rating" AS rating, count(*) AS n
          FROM "ReviewLog" WHERE "userId" = ${userId} ${reviewedIn(db, range)}
          GROUP BY 1, 2`;
  return rows.map((row) => ({ at: hourStart(row.hour, subHourMinutes), rating: num(row.rating), count: num(row.n) }));
}

/**
 * Reviews in `range` of cards in review (not learning), per hour, split by maturity
 * (the interval before the review was 21+ days) and by recall (rated Hard, Good or
 * Easy, not Again): Anki's True Retention counts.
 */
export async function retentionByHour(
  db: Db,
  userId: string,
  range: ReviewRange,
  matureDays: number,
  reviewState: number,
  subHourMinutes: number,
): Promise<HourRetentionCount[]> {
  const rows: Row[] =
    dialectOf(db) === "postgres"
      ? await db.$queryRaw`
          SELECT to_char(date_trunc('hour', "reviewedAt" + make_interval(mins => ${subHourMinutes}::int)), 'YYYY-MM-DD"T"HH24') AS hour,
                 ("scheduledDays" >= ${matureDays}) AS mature, ("rating" > 1) AS passed, count(*)::int AS n
          FROM "ReviewLog" WHERE "userId" = ${userId} ${reviewedIn(db, range)} AND "state" = ${reviewState}
          GROUP BY 1, 2, 3`
      : await db.$queryRaw`
          SELECT ${sqliteHour("reviewedAt", subHourMinutes)} AS hour,
                 ("scheduledDays" >= ${matureDays}) AS mature, ("rating" > 1) AS passed, count(*) AS n
          FROM "ReviewLog" WHERE "userId" = ${userId} ${reviewedIn(db, range)} AND "state" = ${reviewState}
          GROUP BY 1, 2, 3`;
  return rows.map((row) => ({
    at: hourStart(row.hour, subHourMinutes),
    mature: Boolean(num(row.mature)),
    passed: Boolean(num(row.passed)),
    count: num(row.n),
  }));
}

/**
 * Cards (not new, not suspended) coming due per hour from `from` to `until`, and how many are due
 * already; cards of `retiredFlashcardIds` (retired items, never shown again) are not counted.
 */
export async function dueByHour(
  db: Db,
  userId: string,
  from: Date,
  until: Date,
  newState: number,
  subHourMinutes: number,
  retiredFlashcardIds: readonly string[] = [],
): Promise<{ overdue: number; hours: HourCount[] }> {
  const notRetired = retiredFlashcardIds.length > 0 ? Prisma.sql`AND NOT ${idIn(retiredFlashcardIds, "flashcardId")}` : Prisma.empty;
  const overdueWhere = {
    userId,
    due: { lt: from },
    state: { not: newState },
    isSuspended: false,
    flashcardId: { notIn: [...retiredFlashcardIds] },
  };
  const [overdue, rows]: [number, Row[]] =
    dialectOf(db) === "postgres"
      ? await Promise.all([
          db.card.count({ where: overdueWhere }),
          db.$queryRaw<Row[]>`
            SELECT to_char(date_trunc('hour', "due" + make_interval(mins => ${subHourMinutes}::int)), 'YYYY-MM-DD"T"HH24') AS hour, count(*)::int AS n
            FROM "Card" WHERE "userId" = ${userId} AND "due" >= ${from} AND "due" < ${until} AND "state" <> ${newState} AND NOT "isSuspended" ${notRetired}
            GROUP BY 1`,
        ])
      : await Promise.all([
          db.card.count({ where: overdueWhere }),
          db.$queryRaw<Row[]>`
            SELECT ${sqliteHour("due", subHourMinutes)} AS hour, count(*) AS n
            FROM "Card" WHERE "userId" = ${userId} AND "due" >= ${sqliteTime(from)} AND "due" < ${sqliteTime(until)} AND "state" <> ${newState} AND NOT "isSuspended" ${notRetired}
            GROUP BY 1`,
        ]);
  return { overdue, hours: rows.map((row) => ({ at: hourStart(row.hour, subHourMinutes), count: num(row.n) })) };
}
