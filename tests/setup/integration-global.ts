import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One fresh database per integration run: TEST_DATABASE=sqlite (default) makes a
 * temp SQLite file; TEST_DATABASE=postgres resets TEST_POSTGRES_URL (default
 * postgresql://postgres:postgres@127.0.0.1:5432/factdeck_test). Migrations are
 * applied the way the app applies them (scripts/db.sh migrate).
 */
export default async function setup(project: TestProject) {
  const kind = process.env.TEST_DATABASE ?? "sqlite";
  let url: string;
  if (kind === "postgres") {
    url = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/factdeck_test";
    assertLocal(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await client.end();
  } else if (kind === "sqlite") {
    url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "factdeck-it-")), "test.db")}`;
  } else {
    throw new Error(`TEST_DATABASE must be sqlite or postgres, not ${kind}.`);
  }
  execFileSync("bash", ["scripts/db.sh", "migrate"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  project.provide("databaseUrl", url);
  console.log(`integration tests on ${kind}: ${url.replace(/:[^:@/]+@/, ":***@")}`);
}

/** Refuse to wipe anything but a database on this machine. */
function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to reset ${host}: integration tests only run against a local database.`);
  }
}
