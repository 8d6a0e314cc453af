import { formatMs, type BenchRow } from "./result";

const MARKS: Record<BenchRow["status"], string> = { ok: "", pending: "pending", skipped: "skipped", failed: "✗ failed" };

function mark(row: BenchRow): string {
  if (row.status !== "ok") return MARKS[row.status];
  if (row.pass === undefined) return "";
  return row.pass ? "✓" : "✗";
}

/**
 * The bench's one table, as Markdown (it pastes into an issue or a report as
 * it is): latency columns for timed rows, a result column for ratios, rates
 * and sizes, the target and ✓/✗.
 */
export function formatTable(title: string, rows: readonly BenchRow[]): string {
  const header = ["#", "measurement", "n", "p50", "p95", "result", "target", ""];
  const body = rows.map((row) => [
    row.id,
    row.name,
    row.timing ? String(row.timing.n) : "",
    row.timing ? formatMs(row.timing.p50) : "",
    row.timing ? formatMs(row.timing.p95) : "",
    row.status === "ok" ? (row.result ?? "") : (row.note ?? ""),
    row.target ?? "",
    mark(row),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => [...cells[i]!].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + " ".repeat(widths[i]! - [...c].length)).join(" | ")} |`;
  return [`### ${title}`, "", line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}

/** Lines under the table: query plans, and each missed target or failure with its note. */
export function formatNotes(rows: readonly BenchRow[]): string {
  const notes: string[] = [];
  for (const row of rows) {
    const plan = row.details?.plan;
    if (Array.isArray(plan)) notes.push(`Query plan (${row.id}): ${plan.join(" → ")}`);
  }
  for (const row of rows) {
    if (row.status === "failed" || (row.status === "ok" && row.pass === false)) {
      notes.push(`✗ ${row.id} ${row.name}: ${row.note ?? `${row.result ?? ""} (target ${row.target ?? "?"})`}`);
    }
  }
  return notes.join("\n");
}
