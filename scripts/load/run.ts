// npm run test:load – two `next start` instances on one PostgreSQL, 50 simulated students over real
// HTTP (loopback only), then the database is checked against what every student was told.
//
// Phases: "steady" (both instances up), "rate limit" (sign-in limit shared by both instances),
// "kill" (one instance is SIGKILLed mid-run; students retry on the other), "offline" (students rate
// with no network, then sync their queues in bursts to both instances while one is killed). Exits non-zero on any
// lost, doubled or wrongly stored review, any 5xx, or a rate limit that doesn't hold.
//
// Env: LOAD_DATABASE_URL (default postgresql://postgres:postgres@127.0.0.1:5432/factdeck_load; reset!; when nothing
// answers there, or with LOAD_DATABASE_URL=embedded, `npm run test:load` starts a throwaway one from npm),
// LOAD_PORTS (default 3400,3401), LOAD_STUDENTS (50), LOAD_RATINGS (ratings per student, 30),
// LOAD_SEED, LOAD_SKIP_KILL=1.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { Client } from "pg";
import { createDb } from "@/lib/db/create-client";
import { seededRandom } from "@/lib/random";
import { findActionId, Stats } from "./http";
import { killInstance, startInstance, type Instance } from "./instances";
import { checkSignInLimit } from "./rate-limit";
import { CHECKS, STEPS } from "./steps";
import { studyOfflineThenSync } from "./offline";
import { Student, type LoadContext, type Step } from "./student";
import { verify, type Verdict } from "./verify";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const databaseUrl = process.env.LOAD_DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/factdeck_load";
const ports = (process.env.LOAD_PORTS ?? "3400,3401").split(",").map(Number);
const studentCount = Number(process.env.LOAD_STUDENTS ?? 50);
const ratingsPerStudent = Number(process.env.LOAD_RATINGS ?? 30);
const seed = Number(process.env.LOAD_SEED ?? Date.now() % 100_000);
/** Sign-in and sign-up attempts per client address per minute on the load instances (the app's default is 10). */
const SIGN_IN_LIMIT = 5;
const logDir = "test-results/load";

function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host))
    throw new Error(`Refusing to reset ${host}: the load test only runs against a local database.`);
  if (!/^postgres(ql)?:/.test(url)) throw new Error("LOAD_DATABASE_URL must be a PostgreSQL URL.");
}

async function resetDatabase() {
  assertLocal(databaseUrl);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
  execFileSync("bash", ["scripts/db.sh", "migrate"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
}

function ensureBuild() {
  if (existsSync(".next/BUILD_ID")) {
    console.log("Using the existing build in .next (delete it or run `next build` to rebuild).");
    return;
  }
  console.log("Building (next build)…");
  execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

interface PhaseResult {
  name: string;
  stats: Stats;
  verdict: Verdict;
  seconds: number;
  notes: string[];
}

/** Run every student through the scenario at once; `onAck` may inject a fault. */
async function runStudents(
  phase: string,
  bases: string[],
  actions: LoadContext["actions"],
  faults?: (ctx: LoadContext, acked: () => number) => void,
  steps: Step[] = STEPS,
) {
  const stats = new Stats();
  const ctx: LoadContext = {
    bases,
    actions,
    stats,
    random: seededRandom(seed + phase.length), // seeded, so a failing run can be repeated with LOAD_SEED
    ratingsPerStudent,
    doubleSubmitRate: 0.12,
    undoRate: 0.08,
    invalidRate: 0.03,
    phase,
  };
  faults?.(ctx, () => stats.get("ratings acknowledged"));
  const students = Array.from({ length: studentCount }, (_, i) => new Student(ctx, i));
  const started = performance.now();
  await Promise.all(
    students.map(async (student) => {
      if (!(await student.signUp())) return;
      for (const step of steps) await step(student);
    }),
  );
  return { stats, ledgers: students.map((s) => s.ledger), seconds: (performance.now() - started) / 1000 };
}

function printPhase({ name, stats, verdict, seconds, notes }: PhaseResult) {
  const statuses = [...stats.byStatus]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}×${n}`)
    .join(" ");
  console.log(`\n── phase: ${name} (${seconds.toFixed(1)} s)`);
  for (const note of notes) console.log(`   ${note}`);
  console.log(`   requests ${stats.requests} (${(stats.requests / seconds).toFixed(1)}/s), statuses ${statuses}`);
  console.log(`   connection errors ${stats.connectionErrors}, failovers ${stats.failovers}, 5xx ${stats.serverErrors.length}`);
  console.log(
    `   latency p50 ${stats.percentile(50).toFixed(0)} ms, p95 ${stats.percentile(95).toFixed(0)} ms, max ${stats.percentile(100).toFixed(0)} ms`,
  );
  console.log(`   ${[...stats.counters].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(
    `   checked: ${verdict.students} students, ${verdict.reviewsChecked} reviews, ${verdict.cardsChecked} cards replayed through ts-fsrs, ${verdict.attemptsChecked} quiz attempts`,
  );
  console.log(`   problems: ${verdict.problems.length + stats.serverErrors.length}`);
  for (const p of [...stats.serverErrors, ...verdict.problems].slice(0, 30)) console.log(`   ✗ ${p}`);
}

async function main() {
  console.log(`Load test: ${studentCount} students × up to ${ratingsPerStudent} ratings, instances on ${ports.join(", ")}, seed ${seed}`);
  mkdirSync(logDir, { recursive: true });
  ensureBuild();
  await resetDatabase();
  const actions = {
    recordReview: findActionId("recordReviewAction", "lib/srs/actions.ts"),
    undoReview: findActionId("undoReviewAction", "lib/srs/actions.ts"),
    quickQuiz: findActionId("quickQuizAction", "lib/quiz/actions.ts"),
  };
  const db = createDb(databaseUrl);
  const instances: Instance[] = [];
  const stopAll = () => instances.forEach(killInstance);
  process.on("exit", stopAll);
  process.on("SIGINT", () => process.exit(130));

  const results: PhaseResult[] = [];
  const start = async (i: number) => {
    const instance = await startInstance(`instance-${String.fromCharCode(97 + i)}`, ports[i]!, {
      databaseUrl,
      signInLimit: SIGN_IN_LIMIT,
      logDir,
    });
    instances[i] = instance;
    return instance;
  };
  try {
    await Promise.all(ports.map((_, i) => start(i)));
    const bases = () => instances.map((i) => i.base);

    // 1. Steady: both instances up.
    const steady = await runStudents("steady", bases(), actions);
    results.push({
      name: "steady, two instances",
      stats: steady.stats,
      verdict: await verify(db, steady.ledgers, CHECKS),
      seconds: steady.seconds,
      notes: [],
    });
    printPhase(results.at(-1)!);

    // 2. The sign-in limit is one count across both instances.
    const limit = await checkSignInLimit(bases(), SIGN_IN_LIMIT, db);
    results.push({
      name: "sign-in rate limit across instances",
      stats: limit.stats,
      verdict: limit.verdict,
      seconds: limit.seconds,
      notes: limit.notes,
    });
    printPhase(results.at(-1)!);

    // 3. Kill one instance mid-run: its students' retries go to the other.
    if (process.env.LOAD_SKIP_KILL !== "1") {
      const victim = instances[1]!;
      const notes: string[] = [];
      const expected = studentCount * ratingsPerStudent;
      const kill = await runStudents("kill", bases(), actions, (ctx, acked) => {
        let isKilled = false;
        ctx.onAck = () => {
          if (isKilled || acked() < expected * 0.35) return;
          isKilled = true;
          notes.push(`SIGKILLed ${victim.name} (${victim.base}) after ${acked()} acknowledged ratings`);
          killInstance(victim);
        };
      });
      if (!notes.length) notes.push("the kill never triggered (too few ratings)");
      results.push({
        name: "one instance killed mid-run",
        stats: kill.stats,
        verdict: await verify(db, kill.ledgers, CHECKS),
        seconds: kill.seconds,
        notes,
      });
      printPhase(results.at(-1)!);
      if (notes[0]!.startsWith("the kill never")) results.at(-1)!.verdict.problems.push(notes[0]!);
    }

    // 4. Offline: every student's queue synced in bursts to both instances, one killed midway.
    if (process.env.LOAD_SKIP_KILL !== "1") {
      await start(1);
      const victim = instances[1]!;
      const notes: string[] = [];
      const expected = studentCount * ratingsPerStudent;
      const offline = await runStudents(
        "offline",
        bases(),
        actions,
        (ctx, acked) => {
          let isKilled = false;
          ctx.onAck = () => {
            if (isKilled || acked() < expected * 0.35) return;
            isKilled = true;
            notes.push(`SIGKILLed ${victim.name} (${victim.base}) after ${acked()} synced ratings`);
            killInstance(victim);
          };
        },
        [studyOfflineThenSync],
      );
      if (!notes.length) notes.push("the kill never triggered (too few ratings)");
      results.push({
        name: "offline queues synced, one instance killed",
        stats: offline.stats,
        verdict: await verify(db, offline.ledgers, CHECKS),
        seconds: offline.seconds,
        notes,
      });
      printPhase(results.at(-1)!);
      if (notes[0]!.startsWith("the kill never")) results.at(-1)!.verdict.problems.push(notes[0]!);
    }
  } finally {
    stopAll();
    await db.$disconnect();
  }

  const failed = results.filter((r) => r.verdict.problems.length + r.stats.serverErrors.length > 0);
  const totals = results.reduce((t, r) => ({ requests: t.requests + r.stats.requests, reviews: t.reviews + r.verdict.reviewsChecked }), {
    requests: 0,
    reviews: 0,
  });
  console.log(
    `\nLoad test ${failed.length ? "FAILED" : "passed"}: ${results.length} phases, ${totals.requests} requests, ${totals.reviews} reviews checked` +
      (failed.length ? `; failing phases: ${failed.map((r) => r.name).join(", ")}` : "") +
      `. Server logs: ${logDir}/`,
  );
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
