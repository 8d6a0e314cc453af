// npm run bench – seed a fresh database with a realistic load, time every operation of
// issue 10 against its target, print one table and write bench/results.json.
// SQLite in a temp dir by default; BENCH_DATABASE_URL=postgresql://… (local only, reset!) for PostgreSQL,
// or BENCH_DATABASE_URL=embedded for a throwaway one from npm (scripts/with-postgres.mjs).
import path from "node:path";
import { configFromEnv } from "./config";
import { runBench } from "./run-bench";

process.env.NEXT_TELEMETRY_DISABLED = "1";

async function main() {
  const config = configFromEnv(process.env, path.resolve(__dirname, ".."));
  const report = await runBench(config);
  console.log(`\n${report.table}\n`);
  if (report.notes) console.log(`${report.notes}\n`);
  if (config.resultsPath) console.log(`Results: ${path.relative(process.cwd(), config.resultsPath)}`);
  // A missed target is a finding, not a crash; a measurement that broke is.
  process.exitCode = report.rows.some((row) => row.status === "failed") ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
