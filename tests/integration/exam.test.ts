import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { transferProgress } from "@/lib/accounts/transfer";
import { loadBank } from "@/lib/content/read";
import { endPastExams } from "@/lib/exam/after-exam";
import { toZonedFields } from "@/lib/exam/moment";
import { getActiveExam, getPastExams } from "@/lib/exam/queries";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/settings/schemas";
import { toCardColumns } from "@/lib/srs/mapping";
import { getStudyView } from "@/lib/srs/queries";
import { createScheduler, newCard, rateCard, Rating, State } from "@/lib/srs/scheduler";
import { createTestUser, databaseKind, testDb } from "./helpers";
import { session } from "./mock-session";

const db = testDb();
const bank = loadBank(path.join(__dirname, "../../content"));
const settings = { ...DEFAULT_STUDY_SETTINGS, newCardsPerDay: 3 };
const DAY = 86_400_000;
let actions: typeof import("@/lib/exam/actions");
let study: typeof import("@/lib/exam/study");

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  actions = await import("@/lib/exam/actions");
  study = await import("@/lib/exam/study");
});
afterAll(() => db.$disconnect());

const as = (user: { id: string; email: string }, isAnonymous = false) => {
  session.user = { id: user.id, name: "Test", email: user.email, isAnonymous };
};
const [sectionA, sectionB] = bank.sections;

/** The exam form as a student fills it in: `daysAhead` from now at 09:00 UTC-clock. */
function examForm(overrides: Record<string, string | string[]> = {}, daysAhead = 5) {
  const { date } = toZonedFields(new Date(Date.now() + daysAhead * DAY), "UTC");
  const values: Record<string, string | string[]> = {
    date,
    time: "09:00",
    timeZone: "UTC",
    sectionIds: [sectionA!.id],
    targetPercent: "",
    dailyMinutes: "30",
    ...overrides,
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) form.append(key, v);
  return form;
}

describe(`setting, changing and cancelling an exam on ${databaseKind()}`, () => {
  test("set, change in place, cancel; a new one after that is a new exam", async () => {
    const user = await createTestUser(db);
    as(user);
    const set = await actions.setExamAction(null, examForm({ targetPercent: "80" }));
    expect(set).toMatchObject({ ok: true, message: expect.stringMatching(/Exam set/) });
    const first = await getActiveExam(db, user.id, new Date());
    expect(first).toMatchObject({ sectionIds: [sectionA!.id], targetPercent: 80, dailyMinutes: 30, status: "active", timeZone: "UTC" });

    const changed = await actions.setExamAction(null, examForm({ sectionIds: [sectionA!.id, sectionB!.id], dailyMinutes: "" }, 10));
    expect(changed).toMatchObject({ ok: true, message: expect.stringMatching(/changed/) });
    const second = await getActiveExam(db, user.id, new Date());
    expect(second!.id).toBe(first!.id);
    expect(second).toMatchObject({ sectionIds: [sectionA!.id, sectionB!.id], dailyMinutes: null, targetPercent: null });
    expect(second!.at.getTime()).toBeGreaterThan(first!.at.getTime());
    expect(await db.exam.count({ where: { userId: user.id } })).toBe(1);

    expect(await actions.cancelExamAction(first!.id)).toMatchObject({ ok: true });
    expect(await getActiveExam(db, user.id, new Date())).toBeNull();
    expect((await getPastExams(db, user.id)).map((e) => e.status)).toEqual(["cancelled"]);
    expect(await actions.cancelExamAction(first!.id)).toMatchObject({ ok: false });

    await actions.setExamAction(null, examForm());
    const third = await getActiveExam(db, user.id, new Date());
    expect(third!.id).not.toBe(first!.id);
  });

  test("two tabs setting an exam at once leave one active exam", async () => {
    const user = await createTestUser(db);
    as(user);
    const results = await Promise.all([actions.setExamAction(null, examForm()), actions.setExamAction(null, examForm({}, 7))]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.exam.count({ where: { userId: user.id, status: "active" } })).toBe(1);
  });

  test.each<{ label: string; form: Record<string, string | string[]>; field: string; message: RegExp }>([
    { label: "a date in the past", form: { date: "2020-01-01" }, field: "date", message: /has passed/ },
    {
      label: "a time zone that isn't the study time zone",
      form: { timeZone: "Asia/Kolkata" },
      field: "timeZone",
      message: /Your study days follow UTC/,
    },
    { label: "a budget of 0 minutes", form: { dailyMinutes: "0" }, field: "dailyMinutes", message: /from 5 to 720 minutes/ },
    { label: "a budget of 10,000 minutes", form: { dailyMinutes: "10000" }, field: "dailyMinutes", message: /from 5 to 720 minutes/ },
    { label: "no sections", form: { sectionIds: [] }, field: "sectionIds", message: /at least one section/ },
  ])("$label: a message next to the field, what was typed comes back, nothing is stored", async ({ form, field, message }) => {
    const user = await createTestUser(db);
    as(user);
    const sent = examForm({ targetPercent: "85", ...form });
    const result = await actions.setExamAction(null, sent);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.[field]?.join(" ")).toMatch(message);
    expect(result.values).toMatchObject({
      targetPercent: "85",
      date: sent.get("date"),
      timeZone: sent.get("timeZone"),
      dailyMinutes: sent.get("dailyMinutes"),
    });
    expect(result.values.sectionIds).toEqual(sent.getAll("sectionIds"));
    expect(await db.exam.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe(`nobody reads or changes another student's exam (${databaseKind()})`, () => {
  test("cancel, score and mock exam of someone else's exam are refused; their exam is unchanged", async () => {
    const [owner, other] = [await createTestUser(db), await createTestUser(db)];
    as(owner);
    await actions.setExamAction(null, examForm());
    const exam = (await getActiveExam(db, owner.id, new Date()))!;
    await db.exam.create({ data: { userId: owner.id, at: new Date(Date.now() - DAY), timeZone: "UTC", sectionIds: "[]", status: "past" } });
    const past = (await getPastExams(db, owner.id))[0]!;
    const before = await db.exam.findMany({ where: { userId: owner.id }, orderBy: { id: "asc" } });

    as(other);
    expect(await getActiveExam(db, other.id, new Date())).toBeNull();
    expect(await getPastExams(db, other.id)).toEqual([]);
    expect(await actions.cancelExamAction(exam.id)).toMatchObject({ ok: false, error: expect.stringMatching(/isn't your active exam/) });
    const score = new FormData();
    score.set("examId", past.id);
    score.set("actualPercent", "90");
    expect(await actions.enterActualScoreAction(null, score)).toMatchObject({ ok: false });
    expect(await actions.startMockExamAction({ examId: exam.id, slot: 1 })).toMatchObject({ ok: false });
    // Setting an exam of their own never touches the owner's.
    await actions.setExamAction(null, examForm({}, 9));
    expect(await db.exam.findMany({ where: { userId: owner.id }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.quizAttempt.count({ where: { userId: other.id } })).toBe(0);

    as(owner);
    expect(await actions.enterActualScoreAction(null, score)).toMatchObject({ ok: true });
    expect((await getPastExams(db, owner.id)).find((e) => e.id === past.id)?.actualPercent).toBe(90);
  });

  test("odd input to the actions is refused with a message", async () => {
    const user = await createTestUser(db);
    as(user);
    for (const input of [null, 42, "x\u0000y", { id: "nope" }, "a".repeat(500)]) {
      expect(await actions.cancelExamAction(input)).toMatchObject({ ok: false });
      expect(await actions.startMockExamAction(input)).toMatchObject({ ok: false });
    }
    const score = new FormData();
    score.set("examId", "abc");
    score.set("actualPercent", "101");
    const result = await actions.enterActualScoreAction(null, score);
    expect(result).toMatchObject({ ok: false, fieldErrors: { actualPercent: [expect.stringMatching(/0 to 100/)] } });
  });
});

describe(`a guest's exam moves to their new account (${databaseKind()})`, () => {
  test("the active exam stays active under the account, past ones keep their record", async () => {
    const [guest, account] = [await createTestUser(db, { isAnonymous: true }), await createTestUser(db)];
    as(guest, true);
    await actions.setExamAction(null, examForm({ targetPercent: "75" }));
    await db.exam.create({
      data: {
        userId: guest.id,
        at: new Date(Date.now() - DAY),
        timeZone: "UTC",
        sectionIds: "[]",
        status: "past",
        predictedScore: 0.7,
        actualPercent: 68,
      },
    });
    await transferProgress(db, guest.id, account.id);
    expect(await db.exam.count({ where: { userId: guest.id } })).toBe(0);
    expect(await getActiveExam(db, account.id, new Date())).toMatchObject({ targetPercent: 75, status: "active" });
    expect(await getPastExams(db, account.id)).toMatchObject([{ predictedScore: 0.7, actualPercent: 68 }]);
  });
});

describe(`the study queue under an active exam (${databaseKind()})`, () => {
  const T0 = new Date("2026-03-02T09:00:00.000Z");
  const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false });
  const inSection = (sectionId: string) => [...bank.flashcards.values()].filter((f) => f.sectionId === sectionId).map((f) => f.id);

  /** A card in review, last reviewed `daysAgo`, due `dueInDays` from T0. */
  async function reviewCard(userId: string, flashcardId: string, dueInDays: number) {
    let card = newCard(new Date(T0.getTime() - 30 * DAY));
    for (const offset of [30, 29, 20]) card = rateCard(scheduler, card, Rating.Good, new Date(T0.getTime() - offset * DAY)).card;
    await db.card.create({
      data: { userId, flashcardId, ...toCardColumns({ ...card, state: State.Review, due: new Date(T0.getTime() + dueInDays * DAY) }) },
    });
  }

  test("the exam's cards follow the plan's list; other sections keep their normal schedule", async () => {
    const user = await createTestUser(db);
    const [a1, a2, a3] = inSection(sectionA!.id);
    const [b1] = inSection(sectionB!.id);
    await reviewCard(user.id, a1!, 5); // not due by FSRS, but the plan wants it today
    await reviewCard(user.id, a2!, -1); // due by FSRS, the plan leaves it out (fresh enough for the exam)
    await reviewCard(user.id, b1!, -1); // another section: due as usual
    const newIds = inSection(sectionA!.id).slice(3, 9); // six new cards: more than the daily limit of 3
    const queue = { sectionIds: [sectionA!.id], newFlashcardIds: newIds, reviewFlashcardIds: [a3!, a1!] };

    const normal = await getStudyView(db, user.id, bank, settings, T0);
    expect(normal.counts).toMatchObject({ review: 2, new: 3 });
    const underExam = await getStudyView(db, user.id, bank, settings, T0, { exam: queue });
    // a1 (planned) and b1 (other section) are due; a2 is held back; a3 has no row, so it can't be reviewed.
    expect(underExam.counts.review).toBe(2);
    expect(underExam.card?.flashcardId).toBe(a1);
    // The plan's six new cards of the exam, plus other sections' within the normal limit of 3.
    expect(underExam.counts.new).toBe(6 + 3);

    // "Study this section now": only that section's cards.
    const onlyB = await getStudyView(db, user.id, bank, settings, T0, { exam: queue, sectionId: sectionB!.id });
    expect(onlyB.card?.flashcardId).toBe(b1);
    expect(onlyB.counts.review).toBe(1);
  });

  test("an active exam puts today's plan in the queue; once past, the plan ends and the record stays", async () => {
    const user = await createTestUser(db);
    as(user);
    await actions.setExamAction(null, examForm({ sectionIds: [sectionA!.id] }));
    const now = new Date();
    const active = await study.getExamStudy(db, user.id, bank, DEFAULT_STUDY_SETTINGS, now);
    expect(active?.queue.sectionIds).toEqual([sectionA!.id]);
    expect(active!.queue.newFlashcardIds.length).toBeGreaterThan(0);
    expect(active!.queue.newFlashcardIds.every((id) => bank.flashcards.get(id)?.sectionId === sectionA!.id)).toBe(true);

    const after = new Date(active!.exam.at.getTime() + 60_000);
    expect(await study.getExamStudy(db, user.id, bank, DEFAULT_STUDY_SETTINGS, after)).toBeNull();
    expect(await endPastExams(db, user.id, bank, DEFAULT_STUDY_SETTINGS, after)).toBe(0);
    expect(await getPastExams(db, user.id)).toMatchObject([{ status: "past", id: active!.exam.id }]);
  });

  test("after the exam its cards due all at once are spread over the next days; other sections are left alone", async () => {
    const user = await createTestUser(db);
    const examAt = new Date(T0.getTime() + 3 * DAY);
    const ids = inSection(sectionA!.id).slice(0, 12);
    const [otherId] = inSection(sectionB!.id);
    // A crammed deck: every card swept the day before, all due the day after the exam.
    for (const id of [...ids, otherId!]) {
      await db.card.create({
        data: {
          userId: user.id,
          flashcardId: id,
          ...toCardColumns({
            ...newCard(T0),
            state: State.Review,
            stability: 2,
            difficulty: 5,
            reps: 4,
            last_review: new Date(examAt.getTime() - DAY),
            due: new Date(examAt.getTime() + DAY),
          }),
        },
      });
    }
    await db.exam.create({
      data: { userId: user.id, activeFor: user.id, at: examAt, timeZone: "UTC", sectionIds: JSON.stringify([sectionA!.id]) },
    });
    expect(await endPastExams(db, user.id, bank, DEFAULT_STUDY_SETTINGS, new Date(examAt.getTime() + 60_000))).toBe(1);
    const cards = await db.card.findMany({ where: { userId: user.id } });
    const days = new Set(cards.filter((c) => ids.includes(c.flashcardId)).map((c) => c.due.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThan(2);
    expect(cards.find((c) => c.flashcardId === otherId)!.due).toEqual(new Date(examAt.getTime() + DAY));
    expect(await getActiveExam(db, user.id, examAt)).toBeNull();
  });
});
