import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { QUICK_QUIZ } from "@/lib/quiz/schemas";
import { createTestUser, databaseKind, testDb } from "./helpers";
import { as, requestId } from "./harness";
import { session } from "./mock-session";

const db = testDb();
let actions: {
  recordReviewAction: typeof import("@/lib/srs/actions").recordReviewAction;
  undoReviewAction: typeof import("@/lib/srs/actions").undoReviewAction;
  saveStudySettingsAction: typeof import("@/lib/settings/actions").saveStudySettingsAction;
  deleteAccountAction: typeof import("@/lib/accounts/actions").deleteAccountAction;
  exportRoute: typeof import("@/app/api/account/export/route").GET;
  retakeQuizAction: typeof import("@/lib/quiz/actions").retakeQuizAction;
  quizGet: typeof import("@/app/api/quiz/attempts/[attemptId]/route").GET;
  quizAnswer: typeof import("@/app/api/quiz/attempts/[attemptId]/answers/route").PUT;
  quizSubmit: typeof import("@/app/api/quiz/attempts/[attemptId]/submit/route").POST;
  quizList: typeof import("@/app/api/quiz/attempts/route").GET;
};

beforeAll(async () => {
  // The app's db singleton reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = inject("databaseUrl");
  const srs = await import("@/lib/srs/actions");
  const settings = await import("@/lib/settings/actions");
  const accounts = await import("@/lib/accounts/actions");
  const route = await import("@/app/api/account/export/route");
  const quiz = await import("@/lib/quiz/actions");
  const quizAttempt = await import("@/app/api/quiz/attempts/[attemptId]/route");
  const quizAnswers = await import("@/app/api/quiz/attempts/[attemptId]/answers/route");
  const quizSubmit = await import("@/app/api/quiz/attempts/[attemptId]/submit/route");
  const quizAttempts = await import("@/app/api/quiz/attempts/route");
  actions = {
    retakeQuizAction: quiz.retakeQuizAction,
    quizGet: quizAttempt.GET,
    quizAnswer: quizAnswers.PUT,
    quizSubmit: quizSubmit.POST,
    quizList: quizAttempts.GET,
    recordReviewAction: srs.recordReviewAction,
    undoReviewAction: srs.undoReviewAction,
    saveStudySettingsAction: settings.saveStudySettingsAction,
    deleteAccountAction: accounts.deleteAccountAction,
    exportRoute: route.GET,
  };
});
afterAll(() => db.$disconnect());

/** B has a card, a review, an attempt with an answer, and settings. */
async function studentWithProgress() {
  const b = await createTestUser(db);
  as(b);
  const flashcardId = "in-modi-embrace-airport-card-1";
  const result = await actions.recordReviewAction({ flashcardId, rating: 3, requestId: requestId(), durationMs: 100 });
  expect(result.ok).toBe(true);
  const attempt = await db.quizAttempt.create({
    data: {
      userId: b.id,
      settings: JSON.stringify(QUICK_QUIZ),
      questionIds: JSON.stringify(["in-23rd-summit-q-1"]),
      startedAt: new Date(),
      total: 1,
      answers: {
        create: { questionId: "in-23rd-summit-q-1", answer: JSON.stringify({ kind: "numeric", text: "22" }), answeredAt: new Date() },
      },
    },
  });
  await db.studySettings.create({ data: { userId: b.id, newCardsPerDay: 3 } });
  const snapshot = async () => ({
    cards: await db.card.findMany({ where: { userId: b.id }, orderBy: { id: "asc" } }),
    reviews: await db.reviewLog.findMany({ where: { userId: b.id }, orderBy: { id: "asc" } }),
    attempts: await db.quizAttempt.findMany({ where: { userId: b.id }, include: { answers: true } }),
    settings: await db.studySettings.findUnique({ where: { userId: b.id } }),
  });
  return { b, flashcardId, attempt, before: await snapshot(), snapshot };
}

describe(`no student reads or changes another's progress (${databaseKind()})`, () => {
  test("recordReviewAction: A's rating with B's ids only ever writes A's own card", async () => {
    const { b, flashcardId, before, snapshot } = await studentWithProgress();
    const a = await createTestUser(db);
    as(a);
    const hostile = { flashcardId, rating: 1, requestId: requestId(), durationMs: 0, userId: b.id, cardId: before.cards[0]!.id };
    const result = await actions.recordReviewAction(hostile);
    expect(result.ok).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect(await db.card.count({ where: { userId: a.id } })).toBe(1);
    // B's request key replayed by A is A's own key space: it records A's review, not a lookup of B's.
    const replay = await actions.recordReviewAction({ flashcardId, rating: 3, requestId: before.reviews[0]!.requestId, durationMs: 0 });
    expect(replay.ok).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  test("undoReviewAction: A's undo never removes B's review", async () => {
    const { before, snapshot } = await studentWithProgress();
    const a = await createTestUser(db);
    as(a);
    const result = await actions.undoReviewAction();
    expect(result).toEqual({ ok: false, error: "There is no rating to undo." });
    // Naming B's rating by its request key: looked up among A's ratings only.
    expect(await actions.undoReviewAction({ requestId: before.reviews[0]!.requestId })).toEqual({
      ok: false,
      error: "There is no rating to undo.",
    });
    expect(
      (await actions.recordReviewAction({ flashcardId: "in-23rd-summit-card-1", rating: 3, requestId: requestId(), durationMs: 0 })).ok,
    ).toBe(true);
    const named = await actions.undoReviewAction({ requestId: before.reviews[0]!.requestId });
    expect(named.ok && named.data.notice).toBe("That rating was undone already.");
    expect(await db.reviewLog.count({ where: { userId: a.id } })).toBe(1);
    expect(await snapshot()).toEqual(before);
  });

  test("saveStudySettingsAction: a userId in the form is ignored", async () => {
    const { b, before, snapshot } = await studentWithProgress();
    const a = await createTestUser(db);
    as(a);
    const form = new FormData();
    for (const [k, v] of Object.entries({ desiredRetention: "0.8", newCardsPerDay: "40", maximumInterval: "30", userId: b.id }))
      form.set(k, v);
    expect((await actions.saveStudySettingsAction(null, form)).ok).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect((await db.studySettings.findUniqueOrThrow({ where: { userId: a.id } })).newCardsPerDay).toBe(40);
  });

  test("deleteAccountAction: A deletes only A", async () => {
    const { b, before, snapshot } = await studentWithProgress();
    const a = await createTestUser(db);
    as(a);
    const form = new FormData();
    form.set("confirmation", "delete my account");
    form.set("userId", b.id);
    await expect(actions.deleteAccountAction(null, form)).rejects.toThrow("REDIRECT /?deleted=1");
    expect(await db.user.count({ where: { id: a.id } })).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  test("GET /api/account/export: A's download holds none of B's rows", async () => {
    const { b, before } = await studentWithProgress();
    const a = await createTestUser(db);
    as(a);
    const body = await (await actions.exportRoute()).text();
    expect(JSON.parse(body).user.id).toBe(a.id);
    for (const id of [b.id, before.cards[0]!.id, before.reviews[0]!.id, before.attempts[0]!.id]) expect(body).not.toContain(id);
  });

  test("quiz routes and actions: B's attempt is 404 to A, and nothing of B's changes", async () => {
    const { attempt, before, snapshot } = await studentWithProgress();
    const a = await createTestUser(db);
    as(a);
    const params = { params: Promise.resolve({ attemptId: attempt.id }) };
    const put = (body: unknown) =>
      new Request(`http://localhost/api/quiz/attempts/${attempt.id}/answers`, { method: "PUT", body: JSON.stringify(body) });
    expect((await actions.quizGet(new Request("http://localhost/"), params)).status).toBe(404);
    const answer = await actions.quizAnswer(put({ number: 1, answer: { kind: "numeric", text: "23" } }), params);
    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({ error: "That quiz doesn't exist, or it isn't yours." });
    const submit = await actions.quizSubmit(new Request("http://localhost/", { method: "POST" }), params);
    expect(submit.status).toBe(404);
    expect(await actions.retakeQuizAction(attempt.id)).toEqual({ ok: false, error: "That quiz doesn't exist, or it isn't yours." });
    const list = await (await actions.quizList(new Request("http://localhost/"), { params: Promise.resolve({}) })).json();
    expect(list).toEqual({ attempts: [] });
    expect(await snapshot()).toEqual(before);
  });

  test("quiz writes from another site are refused before anything is read", async () => {
    const { attempt, before, snapshot, b } = await studentWithProgress();
    as(b);
    const request = new Request(`http://localhost/api/quiz/attempts/${attempt.id}/submit`, {
      method: "POST",
      headers: { origin: "https://evil.example", host: "localhost" },
    });
    const response = await actions.quizSubmit(request, { params: Promise.resolve({ attemptId: attempt.id }) });
    expect(response.status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  test("without a session, every action refuses and the export answers 401", async () => {
    session.user = null;
    await expect(actions.recordReviewAction({ flashcardId: "x", rating: 3, requestId: requestId() })).rejects.toThrow(/REDIRECT/);
    await expect(actions.undoReviewAction()).rejects.toThrow(/REDIRECT/);
    await expect(actions.saveStudySettingsAction(null, new FormData())).rejects.toThrow(/REDIRECT/);
    await expect(actions.deleteAccountAction(null, new FormData())).rejects.toThrow(/REDIRECT/);
    expect((await actions.exportRoute()).status).toBe(401);
    await expect(actions.retakeQuizAction("x")).rejects.toThrow(/REDIRECT/);
    const params = { params: Promise.resolve({ attemptId: "abc" }) };
    expect((await actions.quizGet(new Request("http://localhost/"), params)).status).toBe(401);
    expect((await actions.quizSubmit(new Request("http://localhost/", { method: "POST" }), params)).status).toBe(401);
  });
});
