// npm run bench:exam – the exam planner's simulation study (issue #16): simulated students
// with known memory study a 237-card deck three ways for exams 5, 14 and 30 days away.
// --quick: 20 students, the 5-day horizon only (under a minute).
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadBank } from "../../lib/content/read";
import { formatMs } from "../result";
import { formatHorizon, mark, summarizeHorizon, TARGETS } from "./report";
import { runHorizon } from "./study";
import type { DeckCard } from "./simulate-student";
import { measurePlanning, PLAN_LIMIT_MS } from "./timing";

/** The same daily budget for every strategy and student. */
export const BUDGET_MINUTES = 20;

function deckCards(): DeckCard[] {
  const bank = loadBank(path.resolve(__dirname, "../../content"));
  return [...bank.sections]
    .sort((a, b) => a.order - b.order)
    .flatMap((s) => s.flashcardIds.map((id) => ({ flashcardId: id, factId: bank.flashcards.get(id)!.factId, sectionId: s.id })));
}

function main() {
  const quick = process.argv.includes("--quick");
  const started = performance.now();
  const deck = deckCards();
  const horizons = quick ? [5] : [5, 14, 30];
  const students = quick ? 20 : 100;
  const summaries = [];
  for (const days of horizons) {
    const result = runHorizon(deck, days, students, BUDGET_MINUTES);
    const summary = summarizeHorizon(result);
    summaries.push(summary);
    console.log(`\n${formatHorizon(result, summary)}`);
  }
  const timing = measurePlanning(quick ? 20 : 40);
  const planOk = timing.cpu.p95 < PLAN_LIMIT_MS;
  console.log(
    `\nplanning for 10,000 cards (exam in 30 days, target searched): CPU p50 ${formatMs(timing.cpu.p50)}, p95 ${formatMs(timing.cpu.p95)}  ${mark(planOk)} p95 < ${TARGETS.planMs} ms` +
      ` (wall clock p50 ${formatMs(timing.wall.p50)}, p95 ${formatMs(timing.wall.p95)}; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs)`,
  );
  const missed = summaries.flatMap((s) => s.checks.filter((c) => !c.ok).map((c) => `${s.days} days: ${c.label}`));
  if (!planOk) missed.push(`planning CPU p95 ${formatMs(timing.cpu.p95)}`);
  console.log(missed.length ? `missed: ${missed.join("; ")}` : "every target met");
  console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  const first = summaries[0]!;
  const mae = summaries.reduce((a, s) => a + s.mae, 0) / summaries.length;
  console.log(
    `exam plan: ${signed((first.recall.c - first.recall.a) * 100)} pts vs today, ${signed((first.recall.c - first.recall.b) * 100)} pts vs best fixed, prediction error ${mae.toFixed(1)} pts`,
  );
}

const signed = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(1)}`;

main();
