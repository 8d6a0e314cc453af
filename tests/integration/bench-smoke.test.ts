import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, test } from "vitest";
import { runBench, type BenchReport } from "@/bench/run-bench";
import { databaseKind } from "./helpers";

// `npm run bench` at a tiny size (BENCH_SCALE=0.001, no build or HTTP part), so the
// benchmark keeps working as the code it measures changes. Its numbers are not checked
// here: speed belongs in the benchmark itself.
const root = path.resolve(__dirname, "../..");
const outDir = mkdtempSync(path.join(tmpdir(), "factdeck-bench-smoke-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

async function runTiny(): Promise<BenchReport> {
  const kind = databaseKind();
  return runBench({
    // SQLite: the bench's own fresh temp database, as `npm run bench` makes it. PostgreSQL: the
    // integration database, shared with the other test files, so seeded into and never reset.
    databaseUrl: kind === "postgres" ? inject("databaseUrl") : undefined,
    reuseDatabase: kind === "postgres",
    scale: 0.001,
    skip: ["http", "build"],
    reuseBuild: false,
    port: 0,
    httpClients: 20,
    httpSeconds: 1,
    cpuProfileDir: null,
    resultsPath: path.join(outDir, `results-${kind}.json`),
    verbose: false,
    root,
  });
}

describe(`npm run bench at a tiny size on ${databaseKind()}`, () => {
  test("seeds its load, measures every row, prints one table and writes results.json", { timeout: 180_000 }, async () => {
    const report = await runTiny();
    const row = (id: string) => report.rows.find((r) => r.id === id);

    // The load: the heavy student and one other, 1,000 reviews, 20 quiz attempts.
    expect(report.database).toBe(databaseKind());
    expect(report.seed.counts).toMatchObject({ users: 2, reviews: 1_000, quizAttempts: 20 });

    // Every measurement whose code exists ran; only the build and HTTP rows are skipped here.
    expect(report.rows.filter((r) => r.status === "failed")).toEqual([]);
    for (const id of ["1", "2", "3", "3b", "3c", "6a", "6b"]) {
      expect(row(id)?.status, `row ${id}`).toBe("ok");
      expect(row(id)?.timing?.n, `row ${id}`).toBeGreaterThan(0);
      expect(Number.isFinite(row(id)?.timing?.p95), `row ${id}`).toBe(true);
    }
    // Rows 4 (quiz scoring) and 5 (progress) exist: "pending" would hide a regression.
    expect(row("4")?.status, "row 4").toBe("ok");
    expect(row("5")?.status, "row 5").toBe("ok");
    expect(row("7")?.status).toBe("skipped");
    expect(row("8")?.status).toBe("skipped");

    // The review submit is reported against the raw insert; the due queue returns cards through an index.
    expect(row("2")?.result).toMatch(/^\d+\.\d\d× baseline p95 \(p50: \d+\.\d\d×\)$/);
    expect(row("3")?.details).toMatchObject({ usesIndex: true });
    expect(row("3")?.details?.cards).toBeGreaterThan(0);

    // One table naming the database, with every row; results.json holds the same rows.
    expect(report.table).toContain(databaseKind() === "sqlite" ? "SQLite" : "PostgreSQL");
    for (const r of report.rows) expect(report.table).toContain(`| ${r.id} `);
    expect(report.notes).toMatch(/^Query plan \(3\): /);
    const saved = JSON.parse(readFileSync(path.join(outDir, `results-${databaseKind()}.json`), "utf8")) as BenchReport;
    expect(saved.rows.map((r) => r.id)).toEqual(report.rows.map((r) => r.id));
    expect(saved.seed.counts.reviews).toBe(1_000);
  });
});
