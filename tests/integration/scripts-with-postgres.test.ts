import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { Client } from "pg";
import { describe, expect, test } from "vitest";

// scripts/with-postgres.mjs, as `npm test`, the bench and the load test use it: on a machine where
// nothing answers at the URL it must start a real PostgreSQL, hand its URL to the command, and
// leave nothing behind, also when the run is interrupted. Independent of the run's database.
const root = path.resolve(__dirname, "../..");
const wrapper = path.join(root, "scripts/with-postgres.mjs");

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(
  env: Record<string, string>,
  command: string[],
  onStdout?: (text: string, kill: (signal: NodeJS.Signals) => void) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wrapper, "PG_URL", "--", ...command], { cwd: root, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout, (signal) => child.kill(signal));
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A script for the command: connect to $PG_URL, print the URL and the database it reached. */
const reportDatabase = [
  process.execPath,
  "-e",
  `const { Client } = require("pg");
   const c = new Client({ connectionString: process.env.PG_URL });
   c.connect().then(() => c.query("select current_database() as db")).then((r) => {
     console.log(JSON.stringify({ url: process.env.PG_URL, db: r.rows[0].db }));
     return c.end();
   });`,
];

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The temp dir the wrapper announced ("data in /tmp/factdeck-pg-…"). */
const dataDir = (stderr: string) => /data in (\S+?),/.exec(stderr)?.[1];

async function refusesConnections(url: string) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.end();
    return false;
  } catch {
    return true;
  }
}

describe("with-postgres.mjs", () => {
  test(
    "nothing answers at the URL: a PostgreSQL is started with that database, used by nested commands, and removed afterwards",
    { timeout: 180_000 },
    async () => {
      const port = await closedPort();
      // Inside the run, a second wrapper finds the started server answering: it must use it as it is,
      // and create a database that is missing there.
      const nested = [process.execPath, wrapper, "PG_URL", "--", ...reportDatabase];
      const result = await run({ PG_URL: `postgresql://postgres:postgres@127.0.0.1:${port}/factdeck_probe` }, [
        "bash",
        "-c",
        `"$@"; PG_URL="\${PG_URL%/*}/factdeck_other" "$@"`,
        "bash",
        ...nested,
      ]);
      expect(result.code, result.stderr).toBe(0);
      const lines = result.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { url: string; db: string });
      expect(lines).toHaveLength(2);
      const [first, second] = lines as [{ url: string; db: string }, { url: string; db: string }];
      expect(first.db).toBe("factdeck_probe");
      expect(first.url).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\/factdeck_probe$/);
      expect(first.url).not.toContain(`:${port}/`);
      expect(second).toEqual({ url: first.url.replace(/factdeck_probe$/, "factdeck_other"), db: "factdeck_other" });
      expect(result.stderr.match(/started embedded PostgreSQL/g)).toHaveLength(1);

      const dir = dataDir(result.stderr);
      expect(dir).toBeDefined();
      expect(existsSync(dir!)).toBe(false);
      expect(await refusesConnections(first.url)).toBe(true);
    },
  );

  test(
    "SIGTERM during the run: the command is stopped, then the server, and the wrapper dies of SIGTERM",
    { timeout: 180_000 },
    async () => {
      const waitForever = [process.execPath, "-e", "console.log(process.env.PG_URL); setInterval(() => {}, 1000);"];
      let sent = false;
      const result = await run({ PG_URL: "embedded" }, waitForever, (stdout, kill) => {
        if (!sent && stdout.includes("\n")) {
          sent = true;
          kill("SIGTERM");
        }
      });
      expect(result.signal, result.stderr).toBe("SIGTERM");
      const url = result.stdout.trim();
      expect(url).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\/factdeck$/);
      expect(existsSync(dataDir(result.stderr)!)).toBe(false);
      expect(await refusesConnections(url)).toBe(true);
    },
  );

  test("no URL and no default: the command runs unchanged (the bench's SQLite case)", async () => {
    const result = await run({}, [process.execPath, "-e", "console.log(process.env.PG_URL ?? 'unset')"]);
    expect({ code: result.code, stdout: result.stdout.trim(), stderr: result.stderr }).toEqual({ code: 0, stdout: "unset", stderr: "" });
  });
});
