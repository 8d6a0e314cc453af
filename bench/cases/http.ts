import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { serializePrevious } from "../../lib/srs/mapping";
import type { BenchContext } from "../context";
import type { BenchRow } from "../result";
import type { BenchCredential } from "../seed";
import { startServer, watchMemory, type Server } from "../server";
import { summarize, type Timing } from "../stats";

const WARMUP_SECONDS = 3;

/** (7)'s targets against the bare handler of the same run, and the server's peak RSS (today's, before issue 23). */
export const HTTP_MIN_THROUGHPUT_RATIO = 0.3;
export const HTTP_MAX_P95_RATIO = 3;
export const HTTP_MAX_RSS_MB = 404;
/** Sequential ratings whose database round trips are counted (after the timed run). */
const COUNTED_RATINGS = 20;

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

interface Call {
  ok: boolean;
  status: number;
  ms: number;
  body: string;
  nextFlashcardId: string | null;
}

/**
 * One rating through the study page's server action, as the browser sends it:
 * POST /study with the Next-Action header and the arguments as JSON. The
 * response is the RSC payload of the action's result (the next card).
 */
async function submitRating(origin: string, actionId: string, cookie: string, flashcardId: string, rating: number): Promise<Call> {
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

/** One insert through the bare app's route handler. */
async function bareInsert(origin: string, body: string): Promise<Call> {
  const start = performance.now();
  const response = await fetch(`${origin}/api/rate`, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  return {
    ok: response.status === 200 && text.includes('"ok":true'),
    status: response.status,
    ms: performance.now() - start,
    body: text,
    nextFlashcardId: null,
  };
}

interface RunResult {
  timing: Timing;
  perSecond: number;
  errors: number;
  lastError: string;
  seconds: number;
  peakRssBytes: number;
  memory: ReturnType<ReturnType<typeof watchMemory>["stop"]>;
}

/**
 * `clients` loops, each sending `call(client, n)` back to back, for a warm-up and
 * then `seconds` timed; the server's RSS is watched during the whole run.
 */
async function drive(
  server: Server,
  clients: number,
  seconds: number,
  call: (c: number, n: number, record: boolean) => Promise<Call>,
): Promise<RunResult> {
  const memory = watchMemory(server.process.pid!);
  const latencies: number[] = [];
  let errors = 0;
  let lastError = "";
  const runClients = async (duration: number, record: boolean) => {
    const until = performance.now() + duration * 1000;
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        let n = 0;
        while (performance.now() < until) {
          const result = await call(c, n++, record).catch((error: unknown) => ({
            ok: false,
            status: 0,
            ms: 0,
            body: String(error),
            nextFlashcardId: null,
          }));
          if (!record) continue;
          if (result.ok) latencies.push(result.ms);
          else {
            errors++;
            lastError = `${result.status}: ${result.body.slice(0, 200)}`;
          }
        }
      }),
    );
  };
  await runClients(Math.min(WARMUP_SECONDS, seconds / 5), false);
  const start = performance.now();
  await runClients(seconds, true);
  const elapsed = (performance.now() - start) / 1000;
  const mem = memory.stop();
  return {
    timing: summarize(latencies),
    perSecond: latencies.length / elapsed,
    errors,
    lastError,
    seconds: elapsed,
    peakRssBytes: Math.max(mem.hwm, mem.peakSampled),
    memory: mem,
  };
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(0);

/**
 * (7) the same HTTP clients (20 by default, plain fetch loops: each needs its
 * own session cookie and a fresh body per request) for the same time against
 * two servers in turn: first a bare Next.js app whose route handler does one
 * ReviewLog insert through the same Prisma driver adapter (the floor), then
 * `next start` of the app, where each client signs in as its own seeded student
 * and rates the card the server shows it. Rating throughput and p95 are printed
 * as ratios to the bare handler's, with the server's peak RSS; then 20
 * sequential ratings count the database round trips of one rating.
 */
export async function measureHttp(ctx: BenchContext, bareDir: string | null): Promise<BenchRow[]> {
  const { config, seeded, database } = ctx;
  const actionId = serverActionId(config.root, "lib/srs/actions.ts", "recordReviewAction");
  const credentials = seeded.credentials.slice(0, config.httpClients);
  if (credentials.length < config.httpClients)
    throw new Error(`Only ${credentials.length} seeded students have a password; ${config.httpClients} clients need one each.`);
  const profile = (name: string) => (config.cpuProfileDir ? path.join(config.cpuProfileDir, name) : null);
  const rows: BenchRow[] = [];

  let bare: RunResult | null = null;
  if (bareDir) {
    // The bare handler writes for the same students' existing cards, each with its stored state as `previous`.
    const cards = await ctx.db.card.findMany({ where: { userId: { in: credentials.map((c) => c.userId) } }, take: 2_000 });
    await ctx.db.$disconnect();
    if (cards.length === 0) throw new Error("The HTTP clients' students have no cards.");
    const bodies = cards.map((card) => JSON.stringify({ userId: card.userId, cardId: card.id, previous: serializePrevious(card) }));
    const server = await startServer({
      dir: bareDir,
      root: config.root,
      databaseUrl: database.url,
      port: config.port,
      cpuProfileDir: profile("bare"),
    });
    try {
      bare = await drive(server, credentials.length, config.httpSeconds, (c, n) =>
        bareInsert(server.origin, bodies[(c * 97 + n) % bodies.length]!),
      );
    } finally {
      await server.stop();
    }
    rows.push({
      id: "7",
      name: `HTTP baseline: bare Next.js route handler, 1 ReviewLog insert, ${credentials.length} clients, ${config.httpSeconds} s`,
      status: "ok",
      timing: bare.timing,
      result: `${bare.perSecond.toFixed(0)} req/s, ${bare.errors} errors, peak RSS ${mb(bare.peakRssBytes)} MB`,
      ...(bare.errors > 0 ? { pass: false, note: `${bare.errors} failed requests; last: ${bare.lastError}` } : {}),
      details: { ...bare },
    });
  }

  const server = await startServer({
    dir: config.root,
    root: config.root,
    databaseUrl: database.url,
    port: config.port,
    cpuProfileDir: profile("app"),
    queryCountsFile: path.join(config.cpuProfileDir ?? path.join(config.root, "test-results"), `bench-query-counts-${process.pid}.json`),
  });
  try {
    const cookies = await Promise.all(credentials.map((c) => signIn(server.origin, c)));
    // Every client starts on a different card of the real bank, then follows what the server shows.
    const current = cookies.map((_, i) => seeded.flashcardIds[(i * 11) % seeded.flashcardIds.length]!);
    const probe = await submitRating(server.origin, actionId, cookies[0]!, current[0]!, 3);
    if (!probe.ok)
      throw new Error(`The review action did not succeed (${probe.status}): ${probe.body.slice(0, 300)}\n${server.output().slice(-1_000)}`);
    const rate = async (c: number, n: number) => {
      const rating = [3, 3, 3, 1, 2, 4][(n + c) % 6]!;
      const call = await submitRating(server.origin, actionId, cookies[c]!, current[c]!, rating);
      // The next card the server shows; when the queue is empty, another card of the bank.
      current[c] = call.nextFlashcardId ?? seeded.flashcardIds[(n * 13 + c) % seeded.flashcardIds.length]!;
      return call;
    };
    const app = await drive(server, cookies.length, config.httpSeconds, rate);

    // Round trips of one rating: the counts before and after ratings sent one at a time.
    const before = (await server.queryCounts()) ?? {};
    for (let n = 0; n < COUNTED_RATINGS; n++) await rate(0, n);
    const after = (await server.queryCounts()) ?? {};
    const perRating = Object.fromEntries(
      Object.entries(after)
        .map(([kind, total]) => [kind, (total - (before[kind] ?? 0)) / COUNTED_RATINGS] as const)
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1]),
    );
    const roundTrips = Object.values(perRating).reduce((sum, n) => sum + n, 0);

    const throughputRatio = bare ? app.perSecond / bare.perSecond : null;
    const p95Ratio = bare ? app.timing.p95 / bare.timing.p95 : null;
    const withinTargets =
      throughputRatio !== null && p95Ratio !== null && throughputRatio >= HTTP_MIN_THROUGHPUT_RATIO && p95Ratio <= HTTP_MAX_P95_RATIO;
    rows.push({
      id: "7a",
      name: `HTTP: review submits, ${cookies.length} signed-in clients, ${config.httpSeconds} s (next start)`,
      status: "ok",
      timing: app.timing,
      result:
        `${app.perSecond.toFixed(0)} req/s, ${app.errors} errors` +
        (bare ? `; ${(throughputRatio! * 100).toFixed(0)} % of bare req/s, p95 ${p95Ratio!.toFixed(1)}× bare` : "; no bare run"),
      target: `≥ ${HTTP_MIN_THROUGHPUT_RATIO * 100} % of bare req/s, p95 ≤ ${HTTP_MAX_P95_RATIO}× bare`,
      pass: app.errors === 0 && withinTargets,
      ...(app.errors > 0 ? { note: `${app.errors} failed requests; last: ${app.lastError}` } : {}),
      details: { ...app, throughputRatio, p95Ratio, clients: cookies.length },
    });
    rows.push({
      id: "7b",
      name: "HTTP: the app server's peak RSS during the run",
      status: "ok",
      result: `${mb(app.peakRssBytes)} MB (${app.memory.processes} processes)`,
      target: `≤ ${HTTP_MAX_RSS_MB} MB`,
      pass: app.peakRssBytes <= HTTP_MAX_RSS_MB * 1048576,
    });
    rows.push({
      id: "7c",
      name: `HTTP: database round trips per rating (${COUNTED_RATINGS} sequential ratings)`,
      status: "ok",
      result: `${roundTrips.toFixed(1)}: ${Object.entries(perRating)
        .map(([kind, n]) => `${n.toFixed(1)} ${kind}`)
        .join(", ")}`,
      details: { perRating, roundTrips },
    });
    return rows;
  } finally {
    await server.stop();
  }
}
