import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { BenchContext } from "../context";
import type { BenchRow } from "../result";
import type { BenchCredential } from "../seed";
import { summarize } from "../stats";

const WARMUP_SECONDS = 3;

/** A production server (`next start`) of the last build, on the bench's database. */
interface Server {
  origin: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

async function startServer(root: string, databaseUrl: string, port: number): Promise<Server> {
  const origin = `http://127.0.0.1:${port}`;
  if (await isUp(origin)) throw new Error(`Port ${port} is already in use: set BENCH_PORT to a free port.`);
  let output = "";
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
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
      },
    },
  );
  child.stdout!.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr!.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid!, "SIGTERM");
    const timer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
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
  return { origin, process: child, output: () => output, stop };
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
function watchMemory(pid: number) {
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

/** The id Next gave a server action, from the build's server reference manifest. */
export function serverActionId(root: string, filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} from ${filename} in .next/server/server-reference-manifest.json.`);
  return found[0];
}

/** Sign in with better-auth's email endpoint; returns the Cookie header for later requests. */
async function signIn(origin: string, credential: BenchCredential): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: credential.email, password: credential.password }),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`Sign-in of ${credential.email} failed (${response.status}): ${body.slice(0, 300)}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (!cookies.some((c) => c.includes("session_token"))) throw new Error(`Sign-in of ${credential.email} set no session cookie.`);
  return cookies.join("; ");
}

interface ActionCall {
  ok: boolean;
  status: number;
  ms: number;
  body: string;
  nextFlashcardId: string | null;
}

/**
 * One rating through the study page's server action, as the browser sends it:
 * POST /study with the Next-Action header and the arguments as JSON. The
 * response is the RSC payload of the action's result (the next study view).
 */
async function submitRating(origin: string, actionId: string, cookie: string, flashcardId: string, rating: number): Promise<ActionCall> {
  const start = performance.now();
  const response = await fetch(`${origin}/study`, {
    method: "POST",
    headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin, cookie },
    body: JSON.stringify([{ flashcardId, rating, requestId: randomBytes(12).toString("base64url"), durationMs: 3_000 + rating * 500 }]),
  });
  const body = await response.text();
  const ms = performance.now() - start;
  const ok = response.status === 200 && body.includes('"ok":true');
  return { ok, status: response.status, ms, body, nextFlashcardId: /"flashcardId":"([^"]+)"/.exec(body)?.[1] ?? null };
}

/**
 * (7) `next start` on the seeded database; each of 20 clients signs in as its
 * own seeded student and rates the card the server shows it, back to back,
 * for 15 s (after a 3 s warm-up): submissions per second, latency, and the
 * server's peak RSS. The clients are plain fetch (undici, built into Node)
 * loops rather than autocannon: every client needs its own session cookie
 * and every request a fresh body (a new request id, the card the previous
 * response returned), which a loop does directly, with no new dependency.
 */
export async function measureHttp(ctx: BenchContext): Promise<BenchRow[]> {
  const { config, seeded, database } = ctx;
  const actionId = serverActionId(config.root, "lib/srs/actions.ts", "recordReviewAction");
  const credentials = seeded.credentials.slice(0, config.httpClients);
  if (credentials.length < config.httpClients)
    throw new Error(`Only ${credentials.length} seeded students have a password; ${config.httpClients} clients need one each.`);
  const server = await startServer(config.root, database.url, config.port);
  try {
    const memory = watchMemory(server.process.pid!);
    const cookies = await Promise.all(credentials.map((c) => signIn(server.origin, c)));
    // Every client starts on a different card of the real bank, then follows what the server shows.
    const current = cookies.map((_, i) => seeded.flashcardIds[(i * 11) % seeded.flashcardIds.length]!);
    const probe = await submitRating(server.origin, actionId, cookies[0]!, current[0]!, 3);
    if (!probe.ok)
      throw new Error(`The review action did not succeed (${probe.status}): ${probe.body.slice(0, 300)}\n${server.output().slice(-1_000)}`);

    const latencies: number[] = [];
    let errors = 0;
    let lastError = "";
    const runClients = async (seconds: number, record: boolean) => {
      const until = performance.now() + seconds * 1000;
      await Promise.all(
        cookies.map(async (cookie, c) => {
          let n = 0;
          while (performance.now() < until) {
            const rating = [3, 3, 3, 1, 2, 4][(n++ + c) % 6]!;
            const call = await submitRating(server.origin, actionId, cookie, current[c]!, rating).catch((error: unknown) => ({
              ok: false,
              status: 0,
              ms: 0,
              body: String(error),
              nextFlashcardId: null,
            }));
            if (!record) continue;
            if (call.ok) latencies.push(call.ms);
            else {
              errors++;
              lastError = `${call.status}: ${call.body.slice(0, 200)}`;
            }
            // The next card the server shows; when the queue is empty, another card of the bank.
            current[c] = call.nextFlashcardId ?? seeded.flashcardIds[(n * 13 + c) % seeded.flashcardIds.length]!;
          }
        }),
      );
    };
    await runClients(Math.min(WARMUP_SECONDS, config.httpSeconds / 5), false);
    const start = performance.now();
    await runClients(config.httpSeconds, true);
    const seconds = (performance.now() - start) / 1000;
    const mem = memory.stop();
    const timing = summarize(latencies);
    const perSecond = latencies.length / seconds;
    const peak = Math.max(mem.hwm, mem.peakSampled);
    return [
      {
        id: "7",
        name: `HTTP: review submits, ${cookies.length} signed-in clients, ${config.httpSeconds} s (next start)`,
        status: "ok",
        timing,
        result: `${perSecond.toFixed(0)} req/s, ${errors} errors, peak RSS ${(peak / 1048576).toFixed(0)} MB`,
        ...(errors > 0 ? { pass: false, note: `${errors} failed requests; last: ${lastError}` } : {}),
        details: { requests: latencies.length, errors, seconds, perSecond, peakRssBytes: peak, memory: mem, clients: cookies.length },
      },
    ];
  } finally {
    await server.stop();
  }
}
