import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** A production server (`next start`) of a build, on the bench's database. */
export interface Server {
  origin: string;
  process: ChildProcess;
  output: () => string;
  /** Database round trips so far, by statement kind (bench/count-queries.cjs); null when not counted. */
  queryCounts: () => Promise<Record<string, number> | null>;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** The built app's folder (the repository, or the bare app). */
  dir: string;
  /** Where `next` is installed (the repository root). */
  root: string;
  databaseUrl: string;
  port: number;
  /** Write a V8 CPU profile of the server here when it stops (node --cpu-prof). */
  cpuProfileDir?: string | null;
  /** Count the server's database round trips into this JSON file on request. */
  queryCountsFile?: string | null;
}

export async function startServer(options: ServerOptions): Promise<Server> {
  const { dir, root, databaseUrl, port, cpuProfileDir = null, queryCountsFile = null } = options;
  const origin = `http://127.0.0.1:${port}`;
  if (await isUp(origin)) throw new Error(`Port ${port} is already in use: set BENCH_PORT to a free port.`);
  if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });
  const nodeFlags = [
    ...(cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : []),
    ...(queryCountsFile ? ["--require", path.join(root, "bench", "count-queries.cjs")] : []),
  ];
  let output = "";
  const child = spawn(
    process.execPath,
    [...nodeFlags, path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: dir,
      // Its own process group, so stopping it stops any worker it forks too.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        BETTER_AUTH_URL: origin,
        BETTER_AUTH_SECRET: "bench-secret-not-for-production-0123456789abcdef",
        // Twenty students sign in from one address at once; the limit itself is tested elsewhere.
        AUTH_SIGN_IN_LIMIT: "100000",
        AUTH_GUEST_LIMIT: "100000",
        ...(queryCountsFile ? { BENCH_QUERY_COUNTS: queryCountsFile } : {}),
      },
    },
  );
  child.stdout!.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr!.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid!, "SIGTERM");
    // A CPU profile is written as the process exits: give it time.
    const timer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, "SIGKILL"), cpuProfileDir ? 30_000 : 5_000);
    await exited;
    clearTimeout(timer);
  };
  const queryCounts = async () => {
    if (!queryCountsFile) return null;
    const before = existsSync(queryCountsFile) ? readFileSync(queryCountsFile, "utf8") : "";
    child.kill("SIGUSR2");
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      const now = existsSync(queryCountsFile) ? readFileSync(queryCountsFile, "utf8") : "";
      if (now && now !== before) return JSON.parse(now) as Record<string, number>;
    }
    // Nothing new was counted since the last read.
    return before ? (JSON.parse(before) as Record<string, number>) : {};
  };
  const deadline = Date.now() + 90_000;
  while (!(await isUp(origin))) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output.slice(-2_000)}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer within 90 s:\n${output.slice(-2_000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { origin, process: child, output: () => output, queryCounts, stop };
}
async function isUp(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** The process and every descendant (next start may fork workers). Linux /proc only. */
function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    const taskDir = `/proc/${all[i]}/task`;
    if (!existsSync(taskDir)) continue;
    for (const task of readdirSync(taskDir)) {
      try {
        const children = readFileSync(`${taskDir}/${task}/children`, "utf8").trim();
        if (children) all.push(...children.split(/\s+/).map(Number));
      } catch {
        // The task ended meanwhile.
      }
    }
  }
  return all;
}

/** VmRSS and VmHWM (peak) of a process, in bytes; 0 when it is gone. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** Samples the server's RSS (summed over its process tree) until stopped. */
export function watchMemory(pid: number) {
  let peakSampled = 0;
  const sample = () => {
    const total = processTree(pid).reduce((sum, p) => sum + memoryOf(p).rss, 0);
    peakSampled = Math.max(peakSampled, total);
  };
  const timer = setInterval(sample, 200);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      const tree = processTree(pid);
      // The kernel's own high-water mark per process: exact, also between samples.
      const hwm = tree.reduce((sum, p) => sum + memoryOf(p).hwm, 0);
      return { peakSampled, hwm, processes: tree.length };
    },
  };
}
