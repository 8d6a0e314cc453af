import path from "node:path";
import { afterAll, describe, expect, inject, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { createDb, type Db } from "@/lib/db/create-client";
import { recordReview, undoLastReview } from "@/lib/srs/review";
import { createTestUser, databaseKind, testDb } from "./helpers";

// Many students rating at once through one server process's database client (what `next start`
// has: one client, so one SQLite connection): nothing fails with "database is locked", nothing
// is lost, a double submit is stored once, and undos in between keep everyone's cards intact.

const db = testDb();
const bank = loadBank(path.join(__dirname, "../../content"));
const flashcardIds = [...bank.flashcards.keys()];
const options = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
const isSqlite = databaseKind() === "sqlite";
// The app's own kind of client, made the way lib/db/client.ts makes it.
const app: Db = createDb(inject("databaseUrl"));
afterAll(async () => {
  await Promise.all([db.$disconnect(), app.$disconnect()]);
});

describe(`concurrent reviews on ${databaseKind()}`, () => {
  // Registered on SQLite only (not skipped: test-all counts skips as failures); the name says why.
  if (isSqlite)
    test("SQLite only (PostgreSQL has no journal mode or busy timeout): WAL mode with a busy timeout, so readers never block the writer", async () => {
      const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(journal!.journal_mode).toBe("wal");
      const [busy] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
      expect(Number(busy!.timeout)).toBe(5000);
    });

  test("40 students rate 5 cards each at once, some twice, while others undo: every rating stored once", async () => {
    const students = await Promise.all(Array.from({ length: 40 }, () => createTestUser(db)));
    const T0 = new Date("2026-03-02T10:00:00.000Z");
    const submissions = students.flatMap((student, s) =>
      flashcardIds.slice(0, 5).map((flashcardId, c) => ({
        userId: student.id,
        input: { flashcardId, rating: ((s + c) % 4) + 1, requestId: `conc-${student.id.slice(0, 8)}-${c}`, durationMs: 0 } as const,
        // Every third rating is double-submitted on another connection at the same moment.
        isTwice: (s + c) % 3 === 0,
      })),
    );
    // Students who undo a rating at the same moment (theirs only; they have one each to undo).
    const undoers = await Promise.all(Array.from({ length: 10 }, () => createTestUser(db)));
    for (const [i, u] of undoers.entries()) {
      await recordReview(
        db,
        u.id,
        { flashcardId: flashcardIds[i]!, rating: 3, requestId: `undo-${u.id.slice(0, 8)}`, durationMs: 0 },
        T0,
        options,
      );
    }
    const rate = ({ userId, input }: (typeof submissions)[number]) =>
      recordReview(app, userId, { ...input, rating: input.rating as 1 | 2 | 3 | 4 }, T0, options);
    const results = await Promise.allSettled([
      ...submissions.flatMap((s) => (s.isTwice ? [rate(s), rate(s)] : [rate(s)])),
      ...undoers.map((u) => undoLastReview(app, u.id)),
    ]);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => String(r.reason));
    expect(failures).toEqual([]);
    const ids = students.map((s) => s.id);
    expect(await db.reviewLog.count({ where: { userId: { in: ids } } })).toBe(200);
    expect(await db.card.count({ where: { userId: { in: ids } } })).toBe(200);
    const stored = await db.reviewLog.findMany({ where: { userId: { in: ids } }, select: { requestId: true, rating: true } });
    expect(new Set(stored.map((r) => r.requestId)).size).toBe(200);
    for (const { input } of submissions) expect(stored.find((r) => r.requestId === input.requestId)?.rating).toBe(input.rating);
    const undone = undoers.map((u) => u.id);
    expect(await db.reviewLog.count({ where: { userId: { in: undone } } })).toBe(0);
    expect(await db.card.count({ where: { userId: { in: undone } } })).toBe(0);
  });
});
