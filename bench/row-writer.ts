import Database from "better-sqlite3";
import { Client } from "pg";
import { isPostgresUrl } from "../lib/db/url";

export type ColumnType = "text" | "int" | "float" | "bool" | "timestamp";

/** A table as the migrations create it: its name and the columns the seed fills. */
export interface TableSpec {
  name: string;
  columns: ReadonlyArray<readonly [name: string, type: ColumnType]>;
}

export type Row = ReadonlyArray<string | number | boolean | Date | null>;

/**
 * Batched inserts straight through the database driver (better-sqlite3 or pg),
 * bypassing Prisma: seeding a million rows through the ORM would take most of
 * the bench's time budget. Values are written in the formats Prisma uses
 * (SQLite: ISO dates with "+00:00", booleans 0/1; PostgreSQL: UTC timestamps).
 */
export interface RowWriter {
  insert(table: TableSpec, rows: readonly Row[]): Promise<void>;
  /**
   * After the last insert: rebuild what the load set aside and refresh the
   * planner's statistics (PostgreSQL: ANALYZE, as autovacuum would after a bulk load).
   */
  finish(): Promise<void>;
  close(): Promise<void>;
}

/**
 * @param exclusive the database is the bench's own: PostgreSQL's secondary indexes may be
 *   dropped during the load and rebuilt at the end (never on a database others use).
 */
export async function openRowWriter(url: string, exclusive: boolean): Promise<RowWriter> {
  return isPostgresUrl(url) ? openPostgresWriter(url, exclusive) : openSqliteWriter(url);
}

function openSqliteWriter(url: string): RowWriter {
  const db = new Database(url.replace(/^file:/, ""));
  db.pragma("busy_timeout = 5000");
  // For this loading connection only: a big page cache and no fsync per batch (a crash mid-seed just means
  // seeding again). The app's own connections keep SQLite's defaults.
  db.pragma("cache_size = -262144");
  db.pragma("synchronous = OFF");
  const statements = new Map<string, Database.Statement>();
  // SQLite allows 32,766 bound values per statement; 400 rows of ≤ 20 columns stays far below.
  const ROWS_PER_STATEMENT = 400;
  const statementFor = (table: TableSpec, rows: number) => {
    const key = `${table.name}:${rows}`;
    let statement = statements.get(key);
    if (!statement) {
      const columns = table.columns.map(([name]) => `"${name}"`).join(", ");
      const tuple = `(${table.columns.map(() => "?").join(", ")})`;
      statement = db.prepare(`INSERT INTO "${table.name}" (${columns}) VALUES ${Array.from({ length: rows }, () => tuple).join(", ")}`);
      statements.set(key, statement);
    }
    return statement;
  };
  const toSqlite = (value: Row[number]) => {
    if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
    if (typeof value === "boolean") return value ? 1 : 0;
    return value;
  };
  const insertAll = db.transaction((table: TableSpec, rows: readonly Row[]) => {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const slice = rows.slice(start, start + ROWS_PER_STATEMENT);
      statementFor(table, slice.length).run(slice.flatMap((row) => row.map(toSqlite)));
    }
  });
  return {
    insert: async (table, rows) => {
      if (rows.length > 0) insertAll(table, rows);
    },
    // The app never runs ANALYZE on its SQLite file, so the bench doesn't either: plans are the ones students get.
    finish: async () => {},
    close: async () => {
      db.pragma("wal_checkpoint(TRUNCATE)");
      db.close();
    },
  };
}

const PG_ARRAY_TYPES: Record<ColumnType, string> = {
  text: "text[]",
  int: "int4[]",
  float: "float8[]",
  bool: "bool[]",
  timestamp: "timestamp(3)[]",
};

async function openPostgresWriter(url: string, exclusive: boolean): Promise<RowWriter> {
  const client = new Client({ connectionString: url });
  await client.connect();
  // Bulk-load the usual way: the secondary indexes are dropped now and rebuilt once at the end
  // (their definitions come from the migrated database itself, so they are exactly the app's).
  const indexes = exclusive
    ? (
        await client.query<{ name: string; def: string }>(
          `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
           WHERE i.schemaname = current_schema() AND i.tablename IN ('Card', 'ReviewLog', 'QuizAttempt', 'AttemptAnswer')
             AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
        )
      ).rows
    : [];
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  if (exclusive) {
    // Skip the foreign-key triggers while loading rows that are consistent by construction
    // (needs a superuser, as the local postgres user is; without one, they just run).
    await client.query("SET session_replication_role = replica").catch(() => {});
  }
  // One statement per batch: each column travels as one array parameter and unnest() turns them into rows.
  const ROWS_PER_STATEMENT = 5_000;
  const toPg = (value: Row[number]) => (value instanceof Date ? value.toISOString().slice(0, 23).replace("T", " ") : value);
  return {
    insert: async (table, rows) => {
      const columns = table.columns.map(([name]) => `"${name}"`).join(", ");
      const arrays = table.columns.map(([, type], i) => `$${i + 1}::${PG_ARRAY_TYPES[type]}`).join(", ");
      const sql = `INSERT INTO "${table.name}" (${columns}) SELECT * FROM unnest(${arrays})`;
      for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
        const slice = rows.slice(start, start + ROWS_PER_STATEMENT);
        const params = table.columns.map((_, i) => slice.map((row) => toPg(row[i] ?? null)));
        await client.query(sql, params);
      }
    },
    finish: async () => {
      for (const index of indexes) await client.query(index.def);
      await client.query("ANALYZE");
    },
    close: async () => {
      await client.end();
    },
  };
}
