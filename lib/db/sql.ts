import { Prisma } from "@/prisma/generated/sqlite/client";
import type { Dialect } from "./create-client";

/**
 * Pieces of raw SQL that read the same on SQLite and PostgreSQL, for the few
 * writes done in one statement instead of one Prisma call per group of rows.
 */

/** `"column" IN (…)`, or FALSE for no values (an empty IN list is an error on PostgreSQL). */
export function idIn(values: readonly string[], column = "id"): Prisma.Sql {
  return values.length > 0 ? Prisma.sql`${Prisma.raw(`"${column}"`)} IN (${Prisma.join(values)})` : Prisma.sql`FALSE`;
}

/** An instant as a DateTime column stores it: text on SQLite (the form Prisma writes), timestamp(3) on PostgreSQL. */
export function sqlTime(dialect: Dialect, date: Date): Prisma.Sql {
  return dialect === "postgres" ? Prisma.sql`CAST(${date} AS TIMESTAMP(3))` : Prisma.sql`${sqliteTime(date)}`;
}

/** The text form Prisma stores DateTime in on SQLite, so raw comparisons and writes match it. */
export function sqliteTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
