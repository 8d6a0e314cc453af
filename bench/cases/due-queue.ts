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
/** (3b)/(3c)'s targets (issue 23): the study page's queue of the 10,000-card student and of a 237-card one, p95 in ms. */
export const STUDY_VIEW_HEAVY_LIMIT_MS = 10;
export const STUDY_VIEW_REGULAR_LIMIT_MS = 3;
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
 * study page's queue (getStudyView) of the same student and of a regular one.
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

  const studyView = async (id: string, forUser: string, name: string, limitMs: number) => {
    const settings = await getStudySettings(db, forUser);
    const cards = await db.card.count({ where: { userId: forUser } });
    const timing = await measure(() => getStudyView(db, forUser, ctx.bank, settings, new Date()), {
      iterations: repetitions(ctx.config.scale, 200),
      warmup: 5,
      budgetMs: 20_000,
    });
    return latencyRow(id, `study page queue: getStudyView (${name}, ${cards.toLocaleString("en-US")} cards)`, timing, limitMs, {
      result: "what /study and every rating run",
    });
  };
  return [
    row,
    await studyView("3b", userId, "heavy student", STUDY_VIEW_HEAVY_LIMIT_MS),
    await studyView("3c", seeded.regularUserIds[0]!, "a regular student", STUDY_VIEW_REGULAR_LIMIT_MS),
  ];
}
