import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { afterAll, describe, expect, inject, test } from "vitest";
import { removeIdleGuests } from "@/lib/accounts/guests";
import { exportProgress } from "@/lib/accounts/queries";
import { loadBank } from "@/lib/content/read";
import type { Db } from "@/lib/db/create-client";
import { seededRandom } from "@/lib/random";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/mutations";
import { getResultsView } from "@/lib/quiz/queries";
import { QUICK_QUIZ } from "@/lib/quiz/schemas";
import { actionKey, resetRequestKey, signInKey } from "@/lib/throttle/store";
import { rightAnswer } from "../support/answers";
import { createTestUser, databaseKind, testDb } from "./helpers";
import { session } from "./mock-session";

// Findings of issue #18 that are about what the server stores and hands out, checked at the
// database on both dialects.

const db = testDb();
const bank = loadBank();
afterAll(() => db.$disconnect());

async function openQuiz(count = 10) {
  const user = await createTestUser(db);
  const { attemptId } = await startAttempt(
    db,
    user.id,
    { ...QUICK_QUIZ, count, timeLimitSeconds: null },
    bank,
    new Date(),
    seededRandom(3),
  );
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const questionIds = JSON.parse(row.questionIds) as string[];
  return { user, attemptId, questionIds, layout: row.layout };
}

/** `db`, with every `attemptAnswer.upsert` (also inside transactions) held back by `ms`. */
function withSlowAnswerWrites(client: Db, ms: number): Db {
  const wrap = (target: object): object =>
    new Proxy(target, {
      get(object, prop, receiver) {
        const value = Reflect.get(object, prop, receiver) as unknown;
        if (prop === "attemptAnswer") {
          const model = value as Record<string, unknown>;
          return new Proxy(model, {
            get(m, p) {
              const original = m[p as string] as (...args: unknown[]) => Promise<unknown>;
              if (p !== "upsert") return typeof original === "function" ? original.bind(m) : original;
              return async (...args: unknown[]) => {
                await new Promise((resolve) => setTimeout(resolve, ms));
                return original.apply(m, args);
              };
            },
          });
        }
        if (prop === "$transaction") {
          return (fn: (tx: object) => Promise<unknown>, options?: unknown) =>
            (object as Db).$transaction((tx) => fn(wrap(tx)) as Promise<unknown>, options as never);
        }
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(object) : value;
      },
    });
  return wrap(client) as Db;
}

/** Rate-limit rows of a student (by id, by email, a browser's own) and of someone else, as the app writes them. */
async function countersOf(student: { id: string; email: string }) {
  const own = [
    actionKey("export", student.id),
    actionKey("training", student.id),
    signInKey(student.email),
    signInKey(student.email, "a-browser"),
    resetRequestKey(student.email),
  ];
  const others = [actionKey("export", `${student.id}-other`), signInKey(`other-${student.email}`)];
  const row = { hits: 1, windowStart: new Date(), blockedUntil: new Date(Date.now() + 60_000) };
  await db.throttle.createMany({ data: [...own, ...others].map((key) => ({ key, ...row })) });
  return { own, others };
}

describe(`security (${databaseKind()})`, () => {
  test("the export of a quiz still running holds what its page shows: no question ids, layout or verdicts", async () => {
    const { user, attemptId, questionIds, layout } = await openQuiz();
    const first = bank.questions.get(questionIds[0]!)!;
    await saveAnswer(db, user.id, attemptId, { number: 1, answer: rightAnswer(first), flagged: true, timeTakenMs: 900 }, bank, new Date());
    const open = JSON.stringify(await exportProgress(db, user.id));
    for (const id of questionIds) expect(open).not.toContain(id);
    expect(open).not.toContain('"layout"');
    expect(open).not.toContain('"isCorrect"');
    expect(open).not.toContain('"questionIds"');
    if (layout !== "{}") expect(open).not.toContain(layout);
    const exported = (await exportProgress(db, user.id)).quizAttempts[0]!;
    expect(exported).toMatchObject({ id: attemptId, submittedAt: null, answers: [{ number: 1, flagged: true, timeTakenMs: 900 }] });

    // Once submitted, the student's export has everything, ids and verdicts included.
    await submitAttempt(db, user.id, attemptId, bank, new Date());
    const closed = JSON.stringify(await exportProgress(db, user.id));
    expect(closed).toContain(questionIds[0]!);
    expect(closed).toContain('"isCorrect":true');
  });

  test("an answer being saved at the moment of submission is graded with it or refused, never stored after it", async () => {
    for (let round = 0; round < 3; round++) {
      const { user, attemptId, questionIds } = await openQuiz(5);
      const first = bank.questions.get(questionIds[0]!)!;
      const slow = withSlowAnswerWrites(db, 250);
      const saving = saveAnswer(
        slow,
        user.id,
        attemptId,
        { number: 1, answer: rightAnswer(first), flagged: false, timeTakenMs: 1 },
        bank,
        new Date(),
      ).then(
        () => "saved",
        (error: Error & { code?: string }) => error.code ?? error.name,
      );
      await new Promise((resolve) => setTimeout(resolve, 60));
      const submitted = await submitAttempt(db, user.id, attemptId, bank, new Date());
      const saved = await saving;
      const rows = await db.attemptAnswer.findMany({ where: { attemptId } });
      const results = await getResultsView(db, user.id, attemptId, bank);
      if (saved === "saved") {
        // It went in before the attempt closed: it is graded and counted.
        expect(rows).toHaveLength(1);
        expect(rows[0]!.isCorrect).toBe(true);
        expect(submitted.score).toBe(1);
      } else {
        expect(saved).toBe("attempt_submitted");
        expect(rows).toHaveLength(0);
        expect(submitted.score).toBe(0);
      }
      expect(results?.score ?? 0).toBe(submitted.score);
    }
  });

  test("deleting an account needs the current password unless the session signed in under 10 minutes ago", async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    const { deleteAccountAction } = await import("@/lib/accounts/actions");
    const user = await createTestUser(db);
    await db.account.create({
      data: {
        id: randomUUID(),
        accountId: user.id,
        providerId: "credential",
        userId: user.id,
        password: await hashPassword("correct horse battery"),
      },
    });
    const form = (password?: string) => {
      const data = new FormData();
      data.set("confirmation", "delete my account");
      if (password !== undefined) data.set("password", password);
      return data;
    };
    // Signed in an hour ago (a borrowed laptop, a stolen cookie): the confirmation alone is not enough.
    session.user = { id: user.id, name: "T", email: user.email, isAnonymous: false, sessionCreatedAt: new Date(Date.now() - 3_600_000) };
    expect(await deleteAccountAction(null, form())).toMatchObject({
      ok: false,
      fieldErrors: { password: ["Enter your current password to delete your account."] },
    });
    expect(await deleteAccountAction(null, form("wrong password here"))).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.stringMatching(/not right/)] },
    });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    const counters = await countersOf(user);
    await expect(deleteAccountAction(null, form("correct horse battery"))).rejects.toThrow("REDIRECT /?deleted=1");
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    // Its rate-limit counters (by id and by email) go with it; another student's stay.
    expect(await db.throttle.count({ where: { key: { in: counters.own } } })).toBe(0);
    expect(await db.throttle.count({ where: { key: { in: counters.others } } })).toBe(counters.others.length);

    // Signed in five minutes ago: the typed confirmation is enough.
    const fresh = await createTestUser(db);
    session.user = { id: fresh.id, name: "T", email: fresh.email, isAnonymous: false, sessionCreatedAt: new Date(Date.now() - 300_000) };
    await expect(deleteAccountAction(null, form())).rejects.toThrow("REDIRECT /?deleted=1");
    expect(await db.user.count({ where: { id: fresh.id } })).toBe(0);
  });

  test("guests idle for the configured days are removed with all their data; active guests and accounts stay", async () => {
    const now = new Date();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
    const guest = async (createdDaysAgo: number, sessionDaysAgo: number | null) => {
      const user = await createTestUser(db, { isAnonymous: true });
      await db.user.update({ where: { id: user.id }, data: { createdAt: daysAgo(createdDaysAgo) } });
      if (sessionDaysAgo !== null) {
        await db.session.create({
          data: {
            id: randomUUID(),
            token: randomUUID(),
            userId: user.id,
            expiresAt: daysAgo(sessionDaysAgo - 30),
            updatedAt: daysAgo(sessionDaysAgo),
            createdAt: daysAgo(createdDaysAgo),
          },
        });
      }
      await db.studySettings.create({ data: { userId: user.id } });
      return user.id;
    };
    const idle = await guest(200, 95);
    const neverCameBack = await guest(120, null);
    const active = await guest(200, 3);
    const young = await guest(10, null);
    const account = await createTestUser(db);
    await db.user.update({ where: { id: account.id }, data: { createdAt: daysAgo(400) } });

    const studentOf = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true } });
    const idleCounters = await countersOf(await studentOf(idle));
    const activeCounters = await countersOf(await studentOf(active));
    expect(await removeIdleGuests(db, 90, now)).toBeGreaterThanOrEqual(2);
    expect(await db.throttle.count({ where: { key: { in: idleCounters.own } } })).toBe(0);
    expect(await db.throttle.count({ where: { key: { in: activeCounters.own } } })).toBe(activeCounters.own.length);
    const left = new Set(
      (await db.user.findMany({ where: { id: { in: [idle, neverCameBack, active, young, account.id] } } })).map((u) => u.id),
    );
    expect(left).toEqual(new Set([active, young, account.id]));
    expect(await db.studySettings.count({ where: { userId: { in: [idle, neverCameBack] } } })).toBe(0);
    expect(await db.session.count({ where: { userId: idle } })).toBe(0);
    // A shorter setting reaches further.
    await removeIdleGuests(db, 2, now);
    expect(await db.user.count({ where: { id: active } })).toBe(0);
    expect(await db.user.count({ where: { id: account.id } })).toBe(1);
  });

  test("expensive actions are limited per student with a clear message; another student is not affected", async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    const { GET: exportRoute } = await import("@/app/api/account/export/route");
    const { restoreDefaultParametersAction, startOptimizationAction } = await import("@/lib/srs/actions");
    const { quickQuizAction } = await import("@/lib/quiz/actions");
    const student = await createTestUser(db);
    session.user = { id: student.id, name: "T", email: student.email, isAnonymous: false };

    const exports: number[] = [];
    for (let i = 0; i < 11; i++) exports.push((await exportRoute()).status);
    expect(exports).toEqual([...Array(10).fill(200), 429]);
    const refused = (await (await exportRoute()).json()) as { error: string };
    expect(refused.error).toMatch(/^You have downloaded your progress 10 times in an hour\. Wait \d+ minutes? and try again\.$/);

    for (let i = 0; i < 10; i++) expect((await restoreDefaultParametersAction()).ok).toBe(true);
    expect(await restoreDefaultParametersAction()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/changed your FSRS parameters 10 times/),
    });

    // With too little history each training is refused after it is counted: the sixth in the hour is the limit's.
    for (let i = 0; i < 5; i++)
      expect(await startOptimizationAction()).toMatchObject({ ok: false, error: expect.stringMatching(/needs at least/) });
    expect(await startOptimizationAction()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^You have started training 5 times in an hour\. Wait \d+ minutes? and try again\.$/),
    });

    // Each new quiz abandons the one before (a student who says "Abandon it" each time, B17).
    const openQuiz = async () =>
      (await db.quizAttempt.findFirst({ where: { userId: student.id, submittedAt: null }, orderBy: { startedAt: "desc" } }))?.id;
    for (let i = 0; i < 30; i++) await expect(quickQuizAction(await openQuiz())).rejects.toThrow(/REDIRECT \/quiz\//);
    expect(await quickQuizAction(await openQuiz())).toMatchObject({
      ok: false,
      error: expect.stringMatching(/started 30 quizzes in 10 minutes/),
    });
    expect(await db.quizAttempt.count({ where: { userId: student.id } })).toBe(30);

    const other = await createTestUser(db);
    session.user = { id: other.id, name: "O", email: other.email, isAnonymous: false };
    expect((await exportRoute()).status).toBe(200);
  });
});
