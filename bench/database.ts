import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { isPostgresUrl } from "../lib/db/url";

export type DatabaseKind = "sqlite" | "postgres";

export interface BenchDatabase {
  kind: DatabaseKind;
  url: string;
  /** Removes what the bench created (the temp SQLite folder); a PostgreSQL database is left for inspection. */
  cleanup: () => void;
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** Refuse to wipe anything but a database on this machine. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to reset ${host}: the bench only resets a database on this machine (127.0.0.1 or localhost).`);
  }
}

/**
 * A fresh, migrated database for the bench: a new SQLite file in a temp dir, or
 * `postgresUrl` emptied (its public schema dropped) and migrated. With
 * `reuse`, `postgresUrl` or the SQLite URL is used as it is (already migrated).
 */
export async function prepareDatabase(root: string, postgresUrl: string | undefined, reuse = false): Promise<BenchDatabase> {
  if (reuse) {
    if (!postgresUrl) throw new Error("reuseDatabase needs a database URL.");
    return { kind: isPostgresUrl(postgresUrl) ? "postgres" : "sqlite", url: postgresUrl, cleanup: () => {} };
  }
  let db: BenchDatabase;
  if (postgresUrl) {
    assertLocalDatabase(postgresUrl);
    const client = new Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    } finally {
      await client.end();
    }
    db = { kind: "postgres", url: postgresUrl, cleanup: () => {} };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "factdeck-bench-"));
    db = { kind: "sqlite", url: `file:${path.join(dir, "bench.db")}`, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }
  // The migrations the app itself applies (WAL on for SQLite, as in production).
  execFileSync("bash", ["scripts/db.sh", "migrate"], { cwd: root, env: { ...process.env, DATABASE_URL: db.url }, stdio: "pipe" });
  return db;
}

/** The URL with its password hidden, for printing. */
export function redactUrl(url: string): string {
  return url.replace(/:[^:@/]+@/, ":***@");
}
