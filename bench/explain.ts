import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "../prisma/generated/postgres/client";
import { PrismaClient as SqliteClient } from "../prisma/generated/sqlite/client";
import type { Db } from "../lib/db/create-client";
import { isPostgresUrl } from "../lib/db/url";

export interface QueryPlan {
  /** The SQL Prisma sent (the last statement of the query). */
  sql: string;
  /** EXPLAIN QUERY PLAN (SQLite) or EXPLAIN (PostgreSQL) output, one line per step. */
  lines: string[];
  /** True when some step reads through an index rather than scanning the table. */
  usesIndex: boolean;
}

interface LoggingClient {
  $on(event: "query", callback: (event: { query: string; params: string }) => void): void;
  $queryRawUnsafe<T>(sql: string, ...values: unknown[]): Promise<T>;
  $disconnect(): Promise<void>;
}

/**
 * The query plan of whatever SQL `query` makes Prisma send: the query runs once
 * on a client that logs its SQL, then that exact SQL is explained with the
 * parameters Prisma bound.
 */
export async function explainPrismaQuery(url: string, query: (db: Db) => Promise<unknown>): Promise<QueryPlan> {
  const isPostgres = isPostgresUrl(url);
  const logged: { sql: string; params: unknown[] }[] = [];
  const log = [{ emit: "event" as const, level: "query" as const }];
  // Only the logging surface is used here, which both generated clients share.
  const client = (isPostgres
    ? new PostgresClient({ adapter: new PrismaPg({ connectionString: url }), log })
    : new SqliteClient({ adapter: new PrismaBetterSQLite3({ url }), log })) as unknown as LoggingClient;
  try {
    client.$on("query", (event) => logged.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
    await query(client as unknown as Db);
    const last = logged.filter((q) => /^\s*SELECT/i.test(q.sql)).at(-1);
    if (!last) throw new Error("The query sent no SELECT to explain.");
    const rows = await client.$queryRawUnsafe<Record<string, unknown>[]>(
      `${isPostgres ? "EXPLAIN" : "EXPLAIN QUERY PLAN"} ${last.sql}`,
      ...last.params,
    );
    const lines = isPostgres
      ? rows.map((row) =>
          String(row["QUERY PLAN"])
            .trim()
            .replace(/^->\s*/, ""),
        )
      : rows.map((row) => String(row.detail));
    const usesIndex = lines.some((line) =>
      (isPostgres ? /Index (Only )?Scan|Bitmap Index Scan/ : /USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/).test(line),
    );
    return { sql: last.sql, lines, usesIndex };
  } finally {
    await client.$disconnect();
  }
}
