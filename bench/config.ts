import path from "node:path";
import { z } from "zod";

/** The parts of the bench that need a production build; skip them with BENCH_SKIP=http,build. */
export const SKIPPABLE_PARTS = ["http", "build"] as const;
export type SkippablePart = (typeof SKIPPABLE_PARTS)[number];

/** The full-size load the issue asks for; BENCH_SCALE multiplies every count. */
export const FULL_SIZE = {
  students: 1_000,
  heavyCards: 10_000,
  heavyReviews: 100_000,
  totalReviews: 1_000_000,
  quizAttempts: 20_000,
  syntheticBankItems: 10_000,
};

export interface BenchConfig {
  /** postgresql://… to bench PostgreSQL (reset first); unset: SQLite in a temp dir. */
  databaseUrl: string | undefined;
  /**
   * Use `databaseUrl` as it is (already migrated, shared with others): no reset,
   * no migration. Only the smoke test on the integration database sets it.
   */
  reuseDatabase: boolean;
  scale: number;
  skip: SkippablePart[];
  /** Reuse the existing .next build instead of running `next build` (for a second run on another database). */
  reuseBuild: boolean;
  port: number;
  httpClients: number;
  httpSeconds: number;
  /** BENCH_CPU_PROF: write V8 CPU profiles of the HTTP run's servers (app/, bare/) here; null: none. */
  cpuProfileDir: string | null;
  /** Where results.json goes; null writes none. */
  resultsPath: string | null;
  /** Print progress lines while running. */
  verbose: boolean;
  /** The repository root (next build, content/, scripts/db.sh). */
  root: string;
}

const flag = z
  .enum(["", "0", "1", "true", "false"])
  .default("")
  .transform((v) => v === "1" || v === "true");

const envSchema = z.object({
  BENCH_DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      "BENCH_DATABASE_URL must be postgresql://…, or embedded through npm run bench (leave it unset for SQLite).",
    )
    .optional(),
  BENCH_SCALE: z.coerce.number().positive().max(1).default(1),
  BENCH_SKIP: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(SKIPPABLE_PARTS))),
  BENCH_REUSE_BUILD: flag,
  BENCH_PORT: z.coerce.number().int().min(1024).max(65535).default(3500),
  BENCH_HTTP_CLIENTS: z.coerce.number().int().positive().default(20),
  BENCH_HTTP_SECONDS: z.coerce.number().positive().default(15),
  BENCH_RESULTS: z.string().default("bench/results.json"),
  BENCH_CPU_PROF: z.string().optional(),
});

/** The bench's settings from its environment variables (documented in the README). */
export function configFromEnv(env: NodeJS.ProcessEnv, root: string): BenchConfig {
  const parsed = envSchema.parse(env);
  return {
    databaseUrl: parsed.BENCH_DATABASE_URL,
    reuseDatabase: false,
    scale: parsed.BENCH_SCALE,
    skip: parsed.BENCH_SKIP,
    reuseBuild: parsed.BENCH_REUSE_BUILD,
    port: parsed.BENCH_PORT,
    httpClients: parsed.BENCH_HTTP_CLIENTS,
    httpSeconds: parsed.BENCH_HTTP_SECONDS,
    cpuProfileDir: parsed.BENCH_CPU_PROF ? path.resolve(root, parsed.BENCH_CPU_PROF) : null,
    resultsPath: path.resolve(root, parsed.BENCH_RESULTS),
    verbose: true,
    root,
  };
}

export interface BenchSizes {
  students: number;
  heavyCards: number;
  heavyReviews: number;
  totalReviews: number;
  quizAttempts: number;
  syntheticBankItems: number;
}

/** The counts at `scale`, never below what every measurement needs to run. */
export function sizesAt(scale: number): BenchSizes {
  const at = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  const students = at(FULL_SIZE.students, 2);
  const heavyCards = at(FULL_SIZE.heavyCards, 10);
  const heavyReviews = Math.max(heavyCards, at(FULL_SIZE.heavyReviews, 100));
  return {
    students,
    heavyCards,
    heavyReviews,
    totalReviews: Math.max(heavyReviews + (students - 1), at(FULL_SIZE.totalReviews, 1_000)),
    quizAttempts: at(FULL_SIZE.quizAttempts, 20),
    syntheticBankItems: at(FULL_SIZE.syntheticBankItems, 40),
  };
}

/**
 * Repetitions of a measurement: `full` at full scale, a handful at a tiny one
 * (the smoke test checks the bench runs, not the numbers).
 */
export function repetitions(scale: number, full: number): number {
  return scale >= 0.1 ? full : Math.min(full, 5);
}
