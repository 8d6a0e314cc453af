// Runs a command with a PostgreSQL URL in an env var, starting a throwaway server when there is none:
//
//   node scripts/with-postgres.mjs VAR [--default URL] -- command args…
//
// - VAR=embedded: always start an embedded PostgreSQL (scripts/pg/embedded-server.mjs).
// - VAR (or the default) is a local URL and nothing listens there: start one too.
// - The server answers: use it (creating the database if it is missing).
// - VAR unset and no default: run the command as it is (the bench then uses SQLite).
// The command gets VAR set to the server's URL. The embedded server is stopped when the command
// ends, and also on SIGINT/SIGTERM/SIGHUP (forwarded to the command first). Plain JavaScript run
// by node, not tsx: nothing sits between a signal and this cleanup.
import { spawn } from "node:child_process";
import pg from "pg";
import { startEmbeddedPostgres } from "./pg/embedded-server.mjs";

const LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"];
/** Errors that mean no server is there, as opposed to a server that said no. */
const NOTHING_THERE = ["ECONNREFUSED", "ENOENT", "EADDRNOTAVAIL", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"];

const { name, fallback, command } = parseArgs(process.argv.slice(2));
const value = process.env[name] ?? fallback;
let server;
let child;
let signalled;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    signalled ??= signal;
    if (child) child.kill(signal);
  });
}
// A crash of this script must not leave the server behind either.
process.on("exit", () => server?.stop());
if (value === "embedded" || (value !== undefined && (await nothingListens(value)))) {
  const database = value === "embedded" ? (fallback ? databaseOf(fallback) : "factdeck") : databaseOf(value);
  if (value !== "embedded") console.error(`${name}: nothing answers at ${redact(value)}.`);
  try {
    server = await startEmbeddedPostgres({ database });
  } catch (error) {
    console.error(`${name}: could not start the embedded PostgreSQL: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  console.error(
    `${name}: started embedded PostgreSQL ${server.version} at ${redact(server.url)} (data in ${server.dir}, removed afterwards).`,
  );
  process.env[name] = server.url;
  if (signalled) dieOf(signalled); // interrupted while the server started
} else if (value !== undefined) {
  process.env[name] = value;
}

child = spawn(command[0], command.slice(1), { stdio: "inherit" });
child.on("error", (error) => {
  console.error(`${name}: could not run ${command[0]}: ${error.message}`);
  process.exitCode = 1;
});
child.on("close", (code, signal) => {
  const by = signalled ?? signal;
  if (by) dieOf(by);
  server?.stop();
  server = undefined;
  process.exit(code ?? 1);
});

/** Stop the server, then die of the same signal, so a calling shell stops too (as for Ctrl+C on the command). */
function dieOf(signal) {
  server?.stop();
  server = undefined;
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
}

function parseArgs(args) {
  const split = args.indexOf("--");
  const head = split === -1 ? args : args.slice(0, split);
  const command = split === -1 ? [] : args.slice(split + 1);
  const [name, flag, fallback] = head;
  if (!name || !/^[A-Z_][A-Z0-9_]*$/.test(name) || (flag !== undefined && (flag !== "--default" || !fallback)) || command.length === 0) {
    console.error("usage: node scripts/with-postgres.mjs VAR [--default postgresql://…] -- command args…");
    process.exit(2);
  }
  return { name, fallback, command };
}

/** True only when the URL is on this machine and no server accepts connections there. */
async function nothingListens(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false; // not ours to judge: the command reports a malformed URL itself
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol) || !LOCAL_HOSTS.includes(parsed.hostname)) return false;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.end();
    return false;
  } catch (error) {
    await client.end().catch(() => {});
    if (error?.code === "3D000") {
      await createMissingDatabase(url);
      return false;
    }
    if (NOTHING_THERE.includes(error?.code) || /timeout/i.test(String(error?.message))) return true;
    return false; // a server answered (wrong password, …): the command reports it
  }
}

/** The server is there but the database is not (a fresh apt cluster): create it, as `createdb` would. */
async function createMissingDatabase(url) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseOf(url))}`);
    console.error(`${name}: created database ${databaseOf(url)} at ${redact(url)}.`);
  } catch (error) {
    if (error?.code !== "42P04")
      console.error(`${name}: could not create database ${databaseOf(url)}: ${error instanceof Error ? error.message : error}`);
  } finally {
    await client.end().catch(() => {});
  }
}

function databaseOf(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

function redact(url) {
  return url.replace(/:[^:@/]+@/, ":***@");
}
