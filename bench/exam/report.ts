import { STRATEGIES, STRATEGY_LABELS, type HorizonResult, type StrategyId, type StudentOutcome } from "./study";
import { STUDENT_KINDS } from "./students";

/** Targets of issue #16, in points (percentage points of the exam's facts). */
export const TARGETS = { vsToday: 15, vsBestFixed: 3, maePoints: 3, planMs: 50, horizonsWithGainTargets: [5, 14] } as const;

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const pts = (share: number) => (share * 100).toFixed(1);
const mark = (ok: boolean) => (ok ? "✓" : "✗");

export interface HorizonSummary {
  days: number;
  recall: Record<StrategyId, number>;
  minutes: Record<StrategyId, number>;
  /** Prediction error (predicted − true) of the exam plan's students, in points. */
  meanError: number;
  mae: number;
  maeVsExpected: number;
  bandCoverage: number;
  checks: { label: string; ok: boolean }[];
}

export function summarizeHorizon(h: HorizonResult): HorizonSummary {
  const of = (s: StrategyId) => h.outcomes.filter((o) => o.strategy === s);
  const recall = Object.fromEntries(STRATEGIES.map((s) => [s, mean(of(s).map((o) => o.trueRecall))])) as Record<StrategyId, number>;
  const minutes = Object.fromEntries(STRATEGIES.map((s) => [s, mean(of(s).map((o) => o.minutes))])) as Record<StrategyId, number>;
  const c = of("c");
  const errors = c.map((o) => (o.predicted - o.trueRecall) * 100);
  const summary: HorizonSummary = {
    days: h.days,
    recall,
    minutes,
    meanError: mean(errors),
    mae: mean(errors.map(Math.abs)),
    maeVsExpected: mean(c.map((o) => Math.abs(o.predicted - o.expectedRecall) * 100)),
    bandCoverage: mean(c.map((o) => (o.trueRecall >= o.low && o.trueRecall <= o.high ? 1 : 0))),
    checks: [],
  };
  const gainA = (recall.c - recall.a) * 100;
  const gainB = (recall.c - recall.b) * 100;
  if ((TARGETS.horizonsWithGainTargets as readonly number[]).includes(h.days)) {
    summary.checks.push({ label: `(c) − (a) = ${gainA.toFixed(1)} pts ≥ ${TARGETS.vsToday}`, ok: gainA >= TARGETS.vsToday });
    summary.checks.push({ label: `(c) − (b) = ${gainB.toFixed(1)} pts ≥ ${TARGETS.vsBestFixed}`, ok: gainB >= TARGETS.vsBestFixed });
    summary.checks.push({ label: `(c) minutes ${minutes.c.toFixed(0)} ≤ (b) ${minutes.b.toFixed(0)}`, ok: minutes.c <= minutes.b + 1e-9 });
  }
  summary.checks.push({
    label: `prediction MAE ${summary.mae.toFixed(2)} pts ≤ ${TARGETS.maePoints}`,
    ok: summary.mae <= TARGETS.maePoints,
  });
  return summary;
}

/** The table of one horizon: mean true recall per strategy and student kind, minutes, prediction error. */
export function formatHorizon(h: HorizonResult, s: HorizonSummary): string {
  const students = h.outcomes.length / STRATEGIES.length;
  const lines = [
    `Exam in ${h.days} days · ${students} students (forgetful / average / strong) · 237 cards · budget ${h.budgetMinutes} min/day · (b) new limit ${h.newLimitB}/day`,
    `${"strategy".padEnd(46)} ${"true recall".padStart(11)} ${STUDENT_KINDS.map((k) => k.padStart(9)).join(" ")} ${"minutes".padStart(8)}`,
  ];
  for (const strategy of STRATEGIES) {
    const of = (pred: (o: StudentOutcome) => boolean) => h.outcomes.filter((o) => o.strategy === strategy && pred(o));
    lines.push(
      `${STRATEGY_LABELS[strategy].padEnd(46)} ${`${pts(s.recall[strategy])} %`.padStart(11)} ${STUDENT_KINDS.map((k) => `${pts(mean(of((o) => o.kind === k).map((o) => o.trueRecall)))} %`.padStart(9)).join(" ")} ${s.minutes[strategy].toFixed(0).padStart(8)}`,
    );
  }
  lines.push(
    `prediction the evening before, (c): error (predicted − true) mean ${s.meanError >= 0 ? "+" : ""}${s.meanError.toFixed(2)} pts, ` +
      `MAE ${s.mae.toFixed(2)} pts (vs the true expectation, without the exam's coin flips: ${s.maeVsExpected.toFixed(2)} pts), ` +
      `truth inside the band for ${(s.bandCoverage * 100).toFixed(0)} % of students`,
  );
  for (const check of s.checks) lines.push(`  ${mark(check.ok)} ${check.label}`);
  return lines.join("\n");
}

export { mark, pts };
