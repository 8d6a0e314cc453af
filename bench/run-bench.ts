import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { randomBytes } from "node:crypto";
import { loadBank } from "../lib/content/read";
import { activeFlashcards, activeQuestions } from "../lib/content/retire";
import { createDb } from "../lib/db/create-client";
import { measureContent } from "./cases/content";
import { measureDueQueue } from "./cases/due-queue";
import { measureExamPlanning } from "./cases/exam-planner";
import { firstLoadJs, firstLoadRows, nextBuild, nextVersion } from "./cases/first-load-js";
import { measureHttp } from "./cases/http";
import { measureProgress } from "./cases/progress";
import { measureQuizScoring } from "./cases/quiz";
import { measureSync } from "./cases/sync";
import { measureWrites } from "./cases/writes";
import { sizesAt, type BenchConfig, type BenchSizes } from "./config";
import type { BenchContext } from "./context";
import { buildBareApp, type BareApp } from "./bare-app";
import { prepareDatabase, redactUrl } from "./database";
import { formatNotes, formatTable } from "./report";
import { failed, skipped, type BenchRow } from "./result";
import { seedDatabase, type SeededData } from "./seed";
import { secondsSince } from "./stats";

export interface BenchReport {
  database: "sqlite" | "postgres";
  scale: number;
  sizes: BenchSizes;
  seed: { seconds: number; counts: SeededData["counts"] };
  rows: BenchRow[];
  table: string;
  notes: string;
  machine: { cpus: number; loadAverage: number[]; node: string; platform: string };
  startedAt: string;
  totalSeconds: number;
}

/**
 * The whole benchmark: a fresh database seeded with the load, every
 * measurement of issue 10 in turn (a broken one becomes a "failed" row, the
 * rest still run), then one table and results.json.
 */
export async function runBench(config: BenchConfig): Promise<BenchReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const log = (message: string) => {
    if (config.verbose) console.log(`[bench ${secondsSince(started).toFixed(0).padStart(3)} s] ${message}`);
  };
  const skips = new Set(config.skip);
  const sizes = sizesAt(config.scale);
  // Each HTTP client signs in as its own student (not the heavy one).
  if (!skips.has("http")) sizes.students = Math.max(sizes.students, config.httpClients + 1);

  const database = await prepareDatabase(config.root, config.databaseUrl, config.reuseDatabase);
  log(`${database.kind} database ${redactUrl(database.url)}${config.reuseDatabase ? " (shared, not reset)" : " (fresh, migrated)"}`);
  try {
    const bank = loadBank(path.join(config.root, "content"));
    log(
      `seeding ${sizes.students} students (heavy: ${sizes.heavyCards} cards, ${sizes.heavyReviews} reviews), ` +
        `${sizes.totalReviews} reviews, ${sizes.quizAttempts} quiz attempts…`,
    );
    const seeded = await seedDatabase({
      url: database.url,
      sizes,
      // What a student can meet: retired cards stay in the bank for history, and rating one is
      // refused ("That card is no longer in the deck"), which counted as errors in the HTTP run (7a).
      flashcardIds: activeFlashcards(bank).map((card) => card.id),
      questions: activeQuestions(bank),
      credentialCount: skips.has("http") ? 0 : config.httpClients,
      now: new Date(),
      tag: config.reuseDatabase ? randomBytes(4).toString("hex") : "s",
      sharedDatabase: config.reuseDatabase,
    });
    const c = seeded.counts;
    log(
      `seeded in ${seeded.seconds.toFixed(1)} s: ${c.users} users, ${c.cards} cards, ${c.reviews} reviews, ` +
        `${c.quizAttempts} quiz attempts, ${c.attemptAnswers} answers (batched inserts)`,
    );

    const db = createDb(database.url);
    const ctx: BenchContext = { config, sizes, database, db, seeded, bank, log };
    const rows: BenchRow[] = [];
    const step = async (label: string, ids: [string, string], run: () => Promise<BenchRow[]>) => {
      log(`${label}…`);
      try {
        rows.push(...(await run()));
      } catch (error) {
        rows.push(failed(ids[0], ids[1], error));
        log(`${label} failed: ${error instanceof Error ? error.stack : String(error)}`);
      }
    };
    try {
      await step("(1)+(2) baseline insert and review submit", ["1-2", "writes"], () => measureWrites(ctx));
      await step("(2s)+(2t) offline sync of 500 ratings vs 500 single ratings", ["2s-2t", "offline sync"], () => measureSync(ctx));
      await step("(3) due queue", ["3", "due queue"], () => measureDueQueue(ctx));
      await step("(4) quiz scoring", ["4", "quiz scoring"], () => measureQuizScoring(ctx));
      await step("(5) progress aggregates", ["5", "progress aggregates"], () => measureProgress(ctx));
      await step("(6) content load and validation", ["6", "content"], () => measureContent(ctx));
      await step("(9) exam planner, 10,000 cards", ["9", "exam planner"], async () => measureExamPlanning(ctx));
    } finally {
      await db.$disconnect();
    }

    // (8) before (7): the HTTP run serves this build, and the bare app's for its baseline.
    const hasBuild = () => existsSync(path.join(config.root, ".next", "BUILD_ID"));
    let bare: BareApp | null = null;
    try {
      if (skips.has("build")) {
        rows.push(skipped("8", "first-load JS per route", "BENCH_SKIP=build"));
      } else {
        await step("(8) next build of the app and of a bare Next.js app", ["8", "first-load JS"], async () => {
          if (config.reuseBuild && hasBuild()) log("reusing the existing .next build (BENCH_REUSE_BUILD=1)");
          else await nextBuild(config.root, path.join(config.root, "node_modules", "next", "dist", "bin", "next"));
          const app = firstLoadJs(path.join(config.root, ".next"));
          bare = await buildBareApp(config.root);
          return firstLoadRows(app, bare.page, nextVersion(config.root));
        });
      }
      if (skips.has("http")) {
        rows.push(skipped("7", "HTTP review submits", "BENCH_SKIP=http"));
      } else if (!hasBuild()) {
        rows.push(skipped("7", "HTTP review submits", "no .next build (BENCH_SKIP=build and none found)"));
      } else {
        await step(
          `(7) HTTP: bare handler, then the app, ${config.httpClients} clients for ${config.httpSeconds} s each`,
          ["7", "HTTP review submits"],
          async () => {
            bare ??= await buildBareApp(config.root);
            return measureHttp(ctx, bare.dir);
          },
        );
      }
    } finally {
      (bare as BareApp | null)?.remove();
      await db.$disconnect();
    }

    rows.sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
    const title =
      `Factdeck bench · ${database.kind === "sqlite" ? "SQLite" : "PostgreSQL"} · scale ${config.scale} · ` +
      `seeded in ${seeded.seconds.toFixed(1)} s (${c.reviews.toLocaleString("en-US")} reviews) · ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}`;
    const report: BenchReport = {
      database: database.kind,
      scale: config.scale,
      sizes,
      seed: { seconds: seeded.seconds, counts: seeded.counts },
      rows,
      table: formatTable(title, rows),
      notes: formatNotes(rows),
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version, platform: process.platform },
      startedAt,
      totalSeconds: secondsSince(started),
    };
    if (config.resultsPath) {
      mkdirSync(path.dirname(config.resultsPath), { recursive: true });
      const { table: _t, notes: _n, ...data } = report;
      writeFileSync(config.resultsPath, `${JSON.stringify(data, null, 2)}\n`);
    }
    log(`done in ${report.totalSeconds.toFixed(0)} s`);
    return report;
  } finally {
    database.cleanup();
  }
}
