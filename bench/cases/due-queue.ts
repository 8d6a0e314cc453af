import type { Db } from "../../lib/db/create-client";
import { getStudySettings } from "../../lib/settings/queries";
import { getStudyView } from "../../lib/srs/queries";
import { State } from "../../lib/srs/scheduler";
import { repetitions } from "../config";
import type { BenchContext } from "../context";
import { explainPrismaQuery } from "../explain";
import { latencyRow, type BenchRow } from "../result";
import { measure } from "../stats";

/** (3)'s target on SQLite, p95 in ms. */
export const DUE_QUEUE_LIMIT_MS = 5;
export const DUE_QUEUE_SIZE = 50;

/**
 * The next 50 due cards of a student: the filter and order of the study
 * queue's own query (lib/srs/queries.ts getStudyView: not new, due by now,
 * oldest due first), limited to 50.
 */
export function nextDueCards(db: Db, userId: string, now: Date) {
  return db.card.findMany({
    where: { userId, due: { lte: now }, state: { not: State.New } },
    orderBy: [{ due: "asc" }, { id: "asc" }],
    take: DUE_QUEUE_SIZE,
  });
}

/**
 * (3) the heavy student's next 50 due cards, with the query plan of the SQL
 * Prisma sends (it must read through an index); and, without a target, the
 * study page's whole queue for the same student (getStudyView, which loads
 * every due card and every card id).
 */
export async function measureDueQueue(ctx: BenchContext): Promise<BenchRow[]> {
  const { db, seeded, database } = ctx;
  const userId = seeded.heavyUserId;
  const now = new Date();
  const plan = await explainPrismaQuery(database.url, (client) => nextDueCards(client, userId, now));
  const found = await nextDueCards(db, userId, now);
  const timing = await measure(() => nextDueCards(db, userId, new Date()), { iterations: repetitions(ctx.config.scale, 500), warmup: 20 });
  // The 5 ms target is the for SQLite; on PostgreSQL the row checks only that an index is read.
  const isSqlite = database.kind === "sqlite";
  const row = latencyRow("3", `due queue: next ${DUE_QUEUE_SIZE} due cards (heavy student)`, timing, isSqlite ? DUE_QUEUE_LIMIT_MS : null, {
    result: `${found.length} cards, ${plan.usesIndex ? "reads an index" : "reads NO index"}`,
    details: { plan: plan.lines, sql: plan.sql, usesIndex: plan.usesIndex, cards: found.length },
  });
  if (!isSqlite) {
    row.target = "reads an index";
    row.pass = plan.usesIndex;
  }
  if (!plan.usesIndex) {
    row.pass = false;
    row.note = "the query plan reads no index";
  }

  const settings = await getStudySettings(db, userId);
  const view = await measure(() => getStudyView(db, userId, ctx.bank, settings, new Date()), {
    iterations: repetitions(ctx.config.scale, 30),
    warmup: 3,
    budgetMs: 20_000,
  });
  const studyPage = latencyRow("3b", "study page queue: getStudyView (heavy student, all due cards)", view, null, {
    result: "no target (what /study runs per request)",
  });
  return [row, studyPage];
}
