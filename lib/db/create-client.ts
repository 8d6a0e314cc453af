import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/prisma/generated/postgres/client";
import { PrismaClient as SqliteClient, type Prisma } from "@/prisma/generated/sqlite/client";
import { isPostgresUrl } from "./url";

/**
 * The Prisma client type the code is written against. The PostgreSQL client is
 * generated from the same models (prisma/postgres/schema.prisma is generated from
 * prisma/schema.prisma), so its API is the same.
 */
export type Db = SqliteClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type DbTx = Prisma.TransactionClient;

/** Busy timeout for SQLite writers: parallel requests wait for the lock instead of failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Interactive transactions (a rating, an undo) wait this long for a connection or the SQLite
 * lock before failing. Prisma's default is 2 s: a burst of a few hundred ratings at once on one
 * instance (10 pooled PostgreSQL connections) failed with "Unable to start a transaction in the
 * given time" (tests/integration/srs-concurrent-reviews.test.ts); queued, each finishes in milliseconds.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/**
 * Open a Prisma client for `url`: SQLite for `file:` URLs, PostgreSQL for `postgresql://`.
 * Not a singleton; the app uses `lib/db/client.ts`, scripts and tests call this directly.
 *
 * @example const db = createDb("file:./data/factdeck.db");
 */
export function createDb(url: string): Db {
  if (isPostgresUrl(url)) {
    const client = new PostgresClient({
      adapter: new PrismaPg({ connectionString: url }),
      transactionOptions: TRANSACTION_OPTIONS,
    }) as unknown as Db;
    dialects.set(client, "postgres");
    return client;
  }
  const client = new SqliteClient({
    adapter: new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS }),
    transactionOptions: TRANSACTION_OPTIONS,
  });
  dialects.set(client, "sqlite");
  return client;
}

export type Dialect = "sqlite" | "postgres";
const dialects = new WeakMap<object, Dialect>();

/**
 * Which SQL a client speaks, for the few raw queries (charts, the missed-question update), also
 * for the `tx` of an interactive transaction: Prisma makes a new proxy per transaction, which is
 * not in the map but carries its client's provider. Anything else is a bug, not SQLite.
 */
export function dialectOf(db: Db | DbTx): Dialect {
  const known = dialects.get(db);
  if (known) return known;
  const provider = (db as { _activeProvider?: unknown })._activeProvider;
  if (provider === "postgresql") return "postgres";
  if (provider === "sqlite") return "sqlite";
  throw new Error(`dialectOf: not a client made by createDb (provider: ${String(provider)}).`);
}
