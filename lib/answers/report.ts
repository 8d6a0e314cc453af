/**
 * The authors' list of items to fix next (`npm run content:report`): per item, how often it
 * was answered, how often the grader marked it wrong, and how often students said "I was
 * right"; the most overridden first. Pure: the counts come from `report-queries.ts`.
 */

export interface ItemCounts {
  id: string;
  kind: string;
  /** Graded answers: submitted quiz answers, and type-in ratings with a typed answer. */
  attempts: number;
  /** Marked wrong by the grader (claims included: they are the grader's misses). */
  wrong: number;
  /** "I was right" claims standing now. */
  overrides: number;
}

export interface ReportRow extends ItemCounts {
  wrongRate: number;
}

/** Most overridden first, then the highest wrong rate, then the most answered; ids break ties. */
export function rankItems(items: readonly ItemCounts[]): ReportRow[] {
  return items
    .filter((item) => item.attempts > 0)
    .map((item) => ({ ...item, wrongRate: item.wrong / item.attempts }))
    .sort((a, b) => b.overrides - a.overrides || b.wrongRate - a.wrongRate || b.attempts - a.attempts || a.id.localeCompare(b.id));
}

/** The report as a text table. */
export function formatReport(rows: readonly ReportRow[]): string {
  if (rows.length === 0) return "No graded answers in this database yet.";
  const header = ["item", "kind", "attempts", "wrong", "wrong rate", "overrides"];
  const lines = rows.map((row) => [
    row.id,
    row.kind,
    String(row.attempts),
    String(row.wrong),
    `${Math.round(row.wrongRate * 100)}%`,
    String(row.overrides),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const pad = (cells: string[]) => cells.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ");
  const totals = rows.reduce((sum, row) => ({ attempts: sum.attempts + row.attempts, overrides: sum.overrides + row.overrides }), {
    attempts: 0,
    overrides: 0,
  });
  return [
    pad(header),
    ...lines.map(pad),
    "",
    `${rows.length} items answered, ${totals.attempts} graded answers, ${totals.overrides} overridden.`,
  ].join("\n");
}
