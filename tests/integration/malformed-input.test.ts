import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { QUICK_QUIZ } from "@/lib/quiz/schemas";
import { checksumTables, databaseChecksum } from "./db-checksum";
import { createTestUser, databaseKind, testDb } from "./helpers";
import { session } from "./mock-session";

// Every server action and route handler gets malformed input: it answers with a clear refusal
// ({ ok: false, error } or a 4xx with a message), never throws or answers 5xx, and no row of
// the database changes. To fuzz a new action, add a row to TARGETS with an arbitrary of inputs
// that are wrong by construction (at least one field broken). The quiz routes are rows too.

const db = testDb();
const bank = loadBank(path.join(__dirname, "../../content"));
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const tried = new Map<string, number>();
afterAll(async () => {
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  console.log(`fuzz (${databaseKind()}): ${total} malformed inputs tried: ${[...tried].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  await db.$disconnect();
});

// ── What "unchanged" means: tests/integration/db-checksum.ts, for the acting student and the
// victim whose ids are sent.
// Throttle counts expensive requests (export, FSRS training) before their input is read, on
// purpose: garbage sent in a loop must be slowed like any other request.
const checksumOf = databaseChecksum(db, databaseKind(), ["Throttle"]);
const checksum = () => checksumOf([victim.id, session.user?.id].filter((id): id is string => Boolean(id)));

// ── Inputs: a field is a value plus whether it is acceptable, so a record is surely wrong.

interface Field {
  value: unknown;
  ok: boolean;
  /** Leave the key out of the object. */
  missing?: boolean;
}

const good = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<Field> => arb.map((value) => ({ value, ok: true }));
const bad = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<Field> => arb.map((value) => ({ value, ok: false }));
const missing = (ok: boolean): fc.Arbitrary<Field> => fc.constant({ value: undefined, ok, missing: true });

/** Strings an attacker or a broken client sends. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "__proto__",
    "constructor",
    "prototype",
    "null",
    "undefined",
    "NaN",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "\u0000",
    "../../etc/passwd",
  ),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => "x".repeat(n)),
);
/** Values of the wrong type. */
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
);

/** A request body as a client would serialize it (BigInts as text, as no JSON encoder refuses to send). */
const toJson = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "";

/** Keys that must never reach an object's prototype or a query. */
const POLLUTION = ["__proto__", "constructor", "prototype"];

function assemble(fields: Record<string, Field>, extras: Record<string, unknown>, polluted: string | null): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) if (!field.missing) input[key] = field.value;
  Object.assign(input, extras);
  // An own "__proto__" key, as JSON.parse (and so a decoded request body) makes it.
  if (polluted)
    Object.defineProperty(input, polluted, {
      value: { ok: true, isAdmin: true, userId: "someone-else" },
      enumerable: true,
      configurable: true,
      writable: true,
    });
  return input;
}

function toFormData(fields: Record<string, Field>, extras: Record<string, string>, files: boolean): FormData {
  const form = new FormData();
  // fast-check prints this for a counterexample.
  Object.defineProperty(form, fc.toStringMethod, {
    value: () => `FormData ${JSON.stringify([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v.slice(0, 80) : "(file)"]))}`,
  });
  for (const [key, field] of Object.entries(fields)) {
    if (field.missing) continue;
    const values = Array.isArray(field.value) ? field.value : [field.value];
    for (const value of values)
      form.append(key, files && typeof value === "string" && value.length % 7 === 3 ? new Blob([value]) : String(value));
  }
  for (const [key, value] of Object.entries(extras)) form.append(key, value);
  return form;
}

// ── The other student, whose ids the fuzzer sends.

let victim: { id: string; cardId: string; requestId: string; attemptId: string; examId: string; pastExamId: string };
/** The acting student's own open quiz (bad answers to it must change nothing). */
const acting = { attemptId: "" };

const otherIds = () => fc.constantFrom(victim.id, victim.cardId, victim.requestId, victim.attemptId, victim.examId, victim.pastExamId);
const hostileExtras = () =>
  fc.record(
    { userId: otherIds(), cardId: otherIds(), id: otherIds(), attemptId: otherIds(), role: fc.constant("admin") },
    { requiredKeys: [] },
  );

// ── Outcomes

type Outcome = { kind: "refused"; message: string } | { kind: "response"; status: number; body: string };

function refusal(result: unknown): Outcome {
  expect(result, "an action must answer { ok: false, error } to bad input").toMatchObject({ ok: false, error: expect.any(String) });
  const { error, fieldErrors } = result as { error: string; fieldErrors?: Record<string, string[]> };
  expect(error.length, "the refusal has a message").toBeGreaterThan(3);
  expect(error).not.toMatch(/prisma|zod|invalid_type|stack|undefined|\[object/i);
  if (fieldErrors) for (const messages of Object.values(fieldErrors)) for (const m of messages) expect(m).not.toMatch(/prisma|\[object/i);
  return { kind: "refused", message: error };
}

/** A route handler's answer to bad input: a 4xx with `{ error }` in words. */
async function routeRefusal(response: Response): Promise<Outcome> {
  const text = await response.text();
  expect(response.status, `a 4xx, not ${response.status}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  const body = JSON.parse(text) as { error?: unknown };
  expect(typeof body.error).toBe("string");
  expect((body.error as string).length).toBeGreaterThan(3);
  expect(body.error).not.toMatch(/prisma|zod|stack|\[object/i);
  return { kind: "response", status: response.status, body: text };
}

interface Target<T> {
  name: string;
  arbitrary: () => fc.Arbitrary<T>;
  call: (input: T) => Promise<Outcome>;
}

/** Type-erase a target for the table (each row keeps its own input type). */
const target = <T>(t: Target<T>) => t as unknown as Target<unknown>;

let actions: {
  srs: typeof import("@/lib/srs/actions");
  settings: typeof import("@/lib/settings/actions");
  accounts: typeof import("@/lib/accounts/actions");
  exportRoute: typeof import("@/app/api/account/export/route");
  healthRoute: typeof import("@/app/api/health/route");
  attempts: typeof import("@/app/api/quiz/attempts/route");
  attempt: typeof import("@/app/api/quiz/attempts/[attemptId]/route");
  answers: typeof import("@/app/api/quiz/attempts/[attemptId]/answers/route");
  submit: typeof import("@/app/api/quiz/attempts/[attemptId]/submit/route");
  quiz: typeof import("@/lib/quiz/actions");
  missed: typeof import("@/lib/missed/actions");
  exam: typeof import("@/lib/exam/actions");
};

// recordReviewAction(input): flashcardId, rating, requestId, durationMs.
const flashcardIds = [...bank.flashcards.keys()];
const reviewInput = () =>
  fc
    .record({
      flashcardId: fc.oneof(
        good(fc.constantFrom(...flashcardIds)),
        bad(hostileString.filter((s) => !bank.flashcards.has(s))),
        bad(wrongType),
        bad(otherIds()),
        missing(false),
      ),
      rating: fc.oneof(
        good(fc.constantFrom(1, 2, 3, 4)),
        bad(fc.integer().filter((n) => n < 1 || n > 4)),
        bad(fc.constantFrom(1.5, "3", "Good", 0, 5, -1)),
        bad(wrongType),
        missing(false),
      ),
      requestId: fc.oneof(
        good(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/)),
        bad(hostileString.filter((s) => !/^[A-Za-z0-9_-]{8,64}$/.test(s))),
        bad(fc.stringMatching(/^[A-Za-z0-9_-]{65,80}$/)),
        bad(wrongType),
        missing(false),
      ),
      durationMs: fc.oneof(
        good(fc.integer({ min: 0, max: 86_400_000 })),
        missing(true),
        bad(fc.constantFrom(-1, 86_400_001, 1.5, "100", 1e300)),
        bad(wrongType.filter((v) => v !== undefined)),
      ),
    })
    .filter((fields) => Object.values(fields).some((f) => !f.ok));

const TARGETS: Target<unknown>[] = [
  target({
    name: "recordReviewAction",
    arbitrary: () =>
      fc.oneof(
        fc
          .tuple(reviewInput(), hostileExtras(), fc.option(fc.constantFrom(...POLLUTION), { nil: null }))
          .map(([f, e, p]) => assemble(f, e, p)),
        // Not an object of fields at all.
        fc
          .oneof(wrongType, hostileString, fc.anything())
          .filter((v) => typeof v !== "object" || v === null || Array.isArray(v) || !("flashcardId" in v)),
      ),
    call: async (input: unknown) => refusal(await actions.srs.recordReviewAction(input)),
  }),
  target({
    // The acting student has no rating: whatever the arguments, there is nothing of theirs to undo.
    name: "undoReviewAction",
    arbitrary: () => fc.array(fc.oneof(fc.anything(), otherIds(), hostileExtras()), { maxLength: 3 }),
    call: async (args: unknown[]) => refusal(await (actions.srs.undoReviewAction as (...a: unknown[]) => Promise<unknown>)(...args)),
  }),
  target({
    name: "saveStudySettingsAction",
    arbitrary: () =>
      fc
        .tuple(
          fc
            .record({
              desiredRetention: fc.oneof(
                good(fc.constantFrom("0.7", "0.85", "0.9", "0.99")),
                bad(fc.constantFrom("", " ", "0.5", "1.5", "abc", "1e400", "NaN", "-0.9", "Infinity")),
                bad(hostileString.filter((s) => !(Number(s) >= 0.7 && Number(s) <= 0.99))),
                missing(false),
              ),
              newCardsPerDay: fc.oneof(
                good(fc.integer({ min: 0, max: 500 }).map(String)),
                bad(fc.constantFrom("", " ", "-1", "501", "2.5", "ten", "1e9", "Infinity")),
                bad(hostileString.filter((s) => !/^\s*\d+\s*$/.test(s) || Number(s) > 500)),
                missing(false),
              ),
              maximumInterval: fc.oneof(
                good(fc.integer({ min: 1, max: 36500 }).map(String)),
                bad(fc.constantFrom("", "0", "-5", "36501", "1.5", "forever")),
                missing(false),
              ),
              sectionIds: fc.oneof(
                good(fc.subarray(bank.sections.map((s) => s.id))),
                bad(
                  fc.array(fc.constantFrom("no-such-section", "UPPER", "../relos", "__proto__", "x".repeat(5000)), {
                    minLength: 1,
                    maxLength: 3,
                  }),
                ),
                bad(fc.array(fc.constant("relos"), { minLength: 51, maxLength: 60 })),
                missing(true),
              ),
            })
            .filter((fields) => Object.values(fields).some((f) => !f.ok)),
          fc.record({ userId: otherIds(), ["__proto__"]: fc.constant("x"), constructor: fc.constant("y") }, { requiredKeys: [] }),
          fc.boolean(),
          fc.anything(),
        )
        .map(([fields, extras, files, previous]) => ({ form: toFormData(fields, extras as Record<string, string>, files), previous })),
    call: async ({ form, previous }: { form: FormData; previous: unknown }) =>
      refusal(await actions.settings.saveStudySettingsAction(previous as null, form)),
  }),
  target({
    name: "deleteAccountAction",
    arbitrary: () =>
      fc
        .tuple(
          fc.oneof(
            bad(hostileString.filter((s) => s.trim().toLowerCase() !== "delete my account")),
            bad(fc.constantFrom("delete my acount", "delete", "DELETE MY ACCOUNT PLEASE", "yes")),
            missing(false),
          ),
          fc.record({ userId: otherIds(), id: otherIds() }, { requiredKeys: [] }),
          fc.boolean(),
        )
        .map(([confirmation, extras, files]) => toFormData({ confirmation }, extras, files)),
    call: async (form: FormData) => refusal(await actions.accounts.deleteAccountAction(null, form)),
  }),
  target({
    // Takes no input: whatever the request carries, the student gets their own data, nobody else's.
    name: "GET /api/account/export",
    arbitrary: () => fc.tuple(hostileString, otherIds()).map(([query, id]) => ({ query, id })),
    call: async ({ query, id }: { query: string; id: string }) => {
      // Hundreds of downloads by one student would meet the export limit (10 an hour, its own test
      // in security.test.ts); this target is about hostile input, so each run starts a fresh hour.
      await db.throttle.deleteMany({ where: { key: `export:${session.user!.id}` } });
      const request = new Request(
        `http://localhost/api/account/export?userId=${encodeURIComponent(id)}&q=${encodeURIComponent(query.slice(0, 2000))}`,
        { headers: { "x-user-id": id } },
      );
      const response = await (actions.exportRoute.GET as (r: Request) => Promise<Response>)(request);
      const body = await response.text();
      expect(response.status).toBe(200);
      expect(JSON.parse(body).user.id).toBe(session.user!.id);
      for (const foreign of [victim.id, victim.cardId, victim.requestId, victim.attemptId]) expect(body).not.toContain(foreign);
      return { kind: "response", status: response.status, body };
    },
  }),
  target({
    name: "GET /api/health",
    arbitrary: () => hostileString,
    call: async (query: string) => {
      const response = await (actions.healthRoute.GET as (r: Request) => Promise<Response>)(
        new Request(`http://localhost/api/health?${encodeURIComponent(query.slice(0, 2000))}`),
      );
      expect(response.status).toBe(200);
      return { kind: "response", status: response.status, body: await response.text() };
    },
  }),
  target({
    name: "POST /api/quiz/attempts",
    arbitrary: () =>
      fc.tuple(
        fc.oneof(
          fc
            .record({
              count: fc.oneof(
                good(fc.integer({ min: 5, max: 50 })),
                bad(fc.constantFrom(0, 4, 51, 2.5, "10", -1, 1e9)),
                bad(wrongType),
                missing(false),
              ),
              sectionIds: fc.oneof(
                good(fc.subarray(bank.sections.map((x) => x.id))),
                bad(fc.array(hostileString, { minLength: 51, maxLength: 55 })),
                bad(wrongType.filter((v) => v !== null && !Array.isArray(v))),
                missing(true),
              ),
              kinds: fc.oneof(
                good(fc.subarray(["mcq", "truefalse", "written", "numeric", "matching"], { minLength: 1 })),
                bad(fc.constantFrom([], ["essay"], "mcq", [1])),
                missing(false),
              ),
              difficulties: fc.oneof(
                good(fc.subarray([1, 2, 3], { minLength: 1 })),
                bad(fc.constantFrom([], [0], [4], ["1"], [1, 2, 3, 1])),
                missing(false),
              ),
              timeLimitSeconds: fc.oneof(
                good(fc.oneof(fc.constant(null), fc.integer({ min: 30, max: 10_800 }))),
                bad(fc.constantFrom(0, 29, 10_801, 60.5, "60", -60)),
                missing(false),
              ),
            })
            .filter((fields) => Object.values(fields).some((f) => !f.ok))
            .map((fields) => toJson(assemble(fields, {}, null))),
          fc.oneof(hostileString, fc.anything().map(toJson)),
          fc.constant(JSON.stringify({ count: 10, kinds: ["mcq"], difficulties: [1], timeLimitSeconds: null, pad: "x".repeat(70_000) })),
        ),
        fc.option(fc.constantFrom("https://evil.example", "null"), { nil: undefined }),
      ),
    call: async ([body, origin]: [string, string | undefined]) => {
      const request = new Request("http://localhost/api/quiz/attempts", {
        method: "POST",
        body,
        headers: { "Content-Type": "application/json", ...(origin ? { Origin: origin } : {}) },
      });
      // As Next calls a route without a dynamic segment: no params.
      return routeRefusal(await actions.attempts.POST(request, {}));
    },
  }),
  target({
    // Someone else's attempt, a missing one, or garbage in the URL: 404, never a peek.
    name: "GET /api/quiz/attempts/:id",
    arbitrary: () =>
      fc.oneof(
        otherIds(),
        hostileString.filter((v) => v !== ""),
        fc.stringMatching(/^[a-z0-9]{20,30}$/),
      ),
    call: async (attemptId: string) =>
      routeRefusal(
        await actions.attempt.GET(new Request(`http://localhost/api/quiz/attempts/x`), { params: Promise.resolve({ attemptId }) }),
      ),
  }),
  target({
    name: "PUT /api/quiz/attempts/:id/answers",
    arbitrary: () =>
      fc.oneof(
        // The student's own open attempt with a broken body: 400 and nothing saved.
        fc
          .record({
            number: fc.oneof(
              good(fc.integer({ min: 1, max: 10 })),
              bad(fc.constantFrom(0, 11, 51, 1.5, "1", -1)),
              bad(wrongType),
              missing(false),
            ),
            answer: fc.oneof(
              bad(
                fc.constantFrom(
                  { kind: "essay", text: "x" },
                  { kind: "mcq", choice: "Not an option at all" },
                  { kind: "mcq" },
                  { kind: "truefalse", value: "yes" },
                  { kind: "matching", matches: [] },
                  { kind: "written", text: "x".repeat(201) },
                ),
              ),
              // Wrong types that stay wrong in JSON (NaN and invalid dates become null, a valid "clear").
              bad(wrongType.filter((v) => toJson(v) !== "null" && toJson(v) !== "")),
              bad(hostileString),
            ),
            flagged: fc.oneof(good(fc.boolean()), bad(fc.constantFrom("yes", 1, null)), missing(true)),
            timeTakenMs: fc.oneof(good(fc.integer({ min: 0, max: 1000 })), bad(fc.constantFrom(-1, 1e12, "5")), missing(true)),
          })
          .map((fields) => ({ attemptId: acting.attemptId, body: toJson(assemble(fields, {}, null)) })),
        // Anybody else's attempt, even with a well-formed answer: 404.
        fc
          .tuple(
            fc.oneof(
              otherIds(),
              fc.stringMatching(/^[a-z0-9]{20,30}$/),
              hostileString.filter((v) => v !== ""),
            ),
            fc.integer({ min: 1, max: 10 }),
          )
          .map(([attemptId, number]) => ({
            attemptId,
            body: JSON.stringify({ number, answer: { kind: "truefalse", value: true } }),
          })),
        fc.constant({ attemptId: "", body: "not json" }).map(() => ({ attemptId: acting.attemptId, body: "{ not json" })),
      ),
    call: async ({ attemptId, body }: { attemptId: string; body: string }) => {
      const request = new Request(`http://localhost/api/quiz/attempts/x/answers`, {
        method: "PUT",
        body,
        headers: { "Content-Type": "application/json" },
      });
      return routeRefusal(await actions.answers.PUT(request, { params: Promise.resolve({ attemptId }) }));
    },
  }),
  target({
    name: "POST /api/quiz/attempts/:id/submit",
    arbitrary: () =>
      fc.oneof(
        otherIds(),
        fc.stringMatching(/^[a-z0-9]{20,30}$/),
        hostileString.filter((v) => v !== ""),
      ),
    call: async (attemptId: string) =>
      routeRefusal(
        await actions.submit.POST(new Request("http://localhost/api/quiz/attempts/x/submit", { method: "POST" }), {
          params: Promise.resolve({ attemptId }),
        }),
      ),
  }),
  target({
    // The builder form. (quickQuizAction takes no input: it always starts the same quiz.)
    name: "startQuizAction",
    arbitrary: () =>
      fc
        .tuple(
          fc
            .record({
              count: fc.oneof(
                good(fc.integer({ min: 5, max: 50 }).map(String)),
                bad(fc.constantFrom("", "4", "51", "2.5", "ten", "-10", "1e9")),
                missing(false),
              ),
              sectionIds: fc.oneof(
                good(fc.subarray(bank.sections.map((x) => x.id))),
                bad(fc.array(fc.constantFrom("no-such-section", "__proto__", "x".repeat(3000)), { minLength: 1, maxLength: 3 })),
                missing(true),
              ),
              kinds: fc.oneof(
                good(fc.subarray(["mcq", "truefalse", "written", "numeric", "matching"], { minLength: 1 })),
                bad(fc.constantFrom(["essay"], ["MCQ"], ["mcq", "poem"])),
                missing(false),
              ),
              difficulties: fc.oneof(
                good(fc.subarray(["1", "2", "3"], { minLength: 1 })),
                bad(fc.constantFrom(["0"], ["4"], ["hard"], ["1.5"])),
                missing(false),
              ),
              timeMode: fc.oneof(good(fc.constantFrom("none", "auto")), bad(fc.constantFrom("", "forever", "custom")), missing(false)),
            })
            .filter((fields) => Object.values(fields).some((f) => !f.ok)),
          fc.record({ userId: otherIds(), minutes: fc.constantFrom("", "abc", "-1", "100000") }, { requiredKeys: [] }),
          fc.boolean(),
        )
        .map(([fields, extras, files]) => toFormData(fields, extras as Record<string, string>, files)),
    call: async (form: FormData) => refusal(await actions.quiz.startQuizAction(null, form)),
  }),
  target({
    // Another student's attempt, a missing one, or not an id at all: "doesn't exist", nothing started.
    name: "retakeQuizAction",
    arbitrary: () => fc.oneof(otherIds(), fc.stringMatching(/^[a-z0-9]{20,30}$/), hostileString, wrongType, fc.anything()),
    call: async (attemptId: unknown) => refusal(await actions.quiz.retakeQuizAction(attemptId)),
  }), // Cards by content id (study screen, Leeches page). The acting student has no card, so even a
  // real id must come back "no such card" from unsuspend/reset; bury/suspend get only wrong ids.
  ...(["buryCardAction", "suspendCardAction"] as const).map((name) =>
    target({
      name,
      arbitrary: () =>
        fc.oneof(
          fc.record(
            {
              flashcardId: fc.oneof(
                hostileString.filter((v) => !bank.flashcards.has(v)),
                wrongType,
                otherIds(),
              ),
            },
            { requiredKeys: [] },
          ),
          fc.oneof(wrongType, hostileString, fc.anything()),
        ),
      call: async (input: unknown) => refusal(await actions.srs[name](input)),
    }),
  ),
  ...(["unsuspendCardAction", "resetCardAction"] as const).map((name) =>
    target({
      name,
      arbitrary: () =>
        fc.oneof(
          fc.record(
            { flashcardId: fc.oneof(fc.constantFrom(...flashcardIds), hostileString, wrongType, otherIds()) },
            { requiredKeys: [] },
          ),
          fc.oneof(wrongType, hostileString, fc.anything()),
        ),
      call: async (input: unknown) => refusal(await actions.srs[name](input)),
    }),
  ),
  // FSRS training: the acting student has too few reviews to train and nothing trained to keep or discard.
  ...(["startOptimizationAction", "keepParametersAction", "discardParametersAction"] as const).map((name) =>
    target({
      name,
      arbitrary: () => fc.array(fc.oneof(fc.anything(), otherIds()), { maxLength: 2 }),
      call: async (args: unknown[]) => refusal(await (actions.srs[name] as (...a: unknown[]) => Promise<unknown>)(...args)),
    }),
  ),
  // Missed questions: the acting student has none, so whatever the input, nothing to practise or mark.
  target({
    name: "practiseMissedAction",
    arbitrary: () =>
      fc.oneof(
        fc.record(
          {
            fromAttemptId: fc.oneof(otherIds(), hostileString, wrongType),
            scope: fc.oneof(fc.constantFrom("wrong", "open", "all", ""), wrongType),
          },
          { requiredKeys: [] },
        ),
        fc.oneof(wrongType, hostileString, fc.anything()),
      ),
    call: async (input: unknown) => refusal(await actions.missed.practiseMissedAction(input)),
  }),
  target({
    name: "setExamAction",
    arbitrary: () =>
      fc
        .tuple(
          fc
            .record({
              date: fc.oneof(
                good(fc.constant(new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10))),
                bad(fc.constantFrom("", "2020-01-01", "2026-02-30", "tomorrow", "9999-12-31", "2026-13-01")),
                bad(hostileString),
                missing(false),
              ),
              time: fc.oneof(good(fc.constantFrom("09:00", "23:59")), bad(fc.constantFrom("", "25:00", "9am", "09:60")), missing(false)),
              timeZone: fc.oneof(
                good(fc.constant("UTC")),
                bad(fc.constantFrom("Asia/Kolkata", "Mars/Base", "")),
                bad(hostileString.filter((z) => z !== "UTC")),
                missing(false),
              ),
              sectionIds: fc.oneof(
                good(
                  fc.subarray(
                    bank.sections.map((s) => s.id),
                    { minLength: 1 },
                  ),
                ),
                bad(fc.array(fc.constantFrom("no-such-section", "UPPER", "__proto__", "x".repeat(5000)), { minLength: 1, maxLength: 3 })),
                missing(false),
              ),
              targetPercent: fc.oneof(good(fc.constantFrom("", "80")), bad(fc.constantFrom("0", "101", "abc", "1.5", "-3")), missing(true)),
              dailyMinutes: fc.oneof(
                good(fc.constantFrom("", "30")),
                bad(fc.constantFrom("0", "4", "10000", "-5", "lots", "1e9")),
                missing(true),
              ),
            })
            .filter((fields) => Object.values(fields).some((f) => !f.ok)),
          fc.record({ userId: otherIds(), id: otherIds(), examId: otherIds() }, { requiredKeys: [] }),
          fc.boolean(),
          fc.anything(),
        )
        .map(([fields, extras, files, previous]) => ({ form: toFormData(fields, extras as Record<string, string>, files), previous })),
    call: async ({ form, previous }: { form: FormData; previous: unknown }) =>
      refusal(await actions.exam.setExamAction(previous as null, form)),
  }),
  target({
    name: "cancelExamAction",
    arbitrary: () => fc.oneof(otherIds(), hostileString, wrongType, fc.record({ examId: otherIds() })),
    call: async (input: unknown) => refusal(await actions.exam.cancelExamAction(input)),
  }),
  target({
    name: "startMockExamAction",
    arbitrary: () =>
      fc.oneof(
        fc.record(
          { examId: fc.oneof(otherIds(), hostileString, wrongType), slot: fc.oneof(fc.constantFrom(1, 3, 7), fc.integer(), wrongType) },
          { requiredKeys: [] },
        ),
        fc.oneof(wrongType, hostileString, otherIds()),
      ),
    call: async (input: unknown) => refusal(await actions.exam.startMockExamAction(input)),
  }),
  target({
    name: "enterActualScoreAction",
    arbitrary: () =>
      fc
        .tuple(
          fc.record({
            // Never one of the acting student's exams: the victim's ids, hostile text, nothing.
            examId: fc.oneof(bad(otherIds()), bad(hostileString), missing(false)),
            actualPercent: fc.oneof(
              good(fc.constantFrom("0", "72", "100")),
              bad(fc.constantFrom("", "-1", "101", "abc", "7.5")),
              missing(false),
            ),
          }),
          fc.boolean(),
        )
        .map(([fields, files]) => toFormData(fields, {}, files)),
    call: async (form: FormData) => refusal(await actions.exam.enterActualScoreAction(null, form)),
  }),
  ...(["markMasteredAction", "resetMissedAction"] as const).map((name) =>
    target({
      name,
      arbitrary: () =>
        fc.oneof(
          fc.record(
            { questionId: fc.oneof(fc.constantFrom(...bank.questions.keys()), hostileString, wrongType, otherIds()) },
            { requiredKeys: [] },
          ),
          fc.oneof(wrongType, hostileString, fc.anything()),
        ),
      call: async (input: unknown) => refusal(await actions.missed[name](input)),
    }),
  ),
];

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  actions = {
    srs: await import("@/lib/srs/actions"),
    settings: await import("@/lib/settings/actions"),
    accounts: await import("@/lib/accounts/actions"),
    exportRoute: await import("@/app/api/account/export/route"),
    healthRoute: await import("@/app/api/health/route"),
    attempts: await import("@/app/api/quiz/attempts/route"),
    attempt: await import("@/app/api/quiz/attempts/[attemptId]/route"),
    answers: await import("@/app/api/quiz/attempts/[attemptId]/answers/route"),
    submit: await import("@/app/api/quiz/attempts/[attemptId]/submit/route"),
    quiz: await import("@/lib/quiz/actions"),
    missed: await import("@/lib/missed/actions"),
    exam: await import("@/lib/exam/actions"),
  };
  // The victim: a card, a review, settings and a quiz attempt, all of which must stay as they are.
  const b = await createTestUser(db);
  session.user = { id: b.id, name: "B", email: b.email, isAnonymous: false };
  const requestId = `fuzzvictim${Date.now()}`;
  expect((await actions.srs.recordReviewAction({ flashcardId: flashcardIds[0], rating: 3, requestId })).ok).toBe(true);
  const card = await db.card.findFirstOrThrow({ where: { userId: b.id } });
  const { startAttempt } = await import("@/lib/quiz/mutations");
  const attempt = { id: (await startAttempt(db, b.id, QUICK_QUIZ, bank, new Date())).attemptId };
  await db.studySettings.create({ data: { userId: b.id, newCardsPerDay: 7 } });
  // And an active exam and a past one, which nobody else may cancel, score or take a mock exam of.
  const day = 86_400_000;
  const exam = await db.exam.create({
    data: {
      userId: b.id,
      activeFor: b.id,
      at: new Date(Date.now() + 5 * day),
      timeZone: "UTC",
      sectionIds: JSON.stringify([bank.sections[0]!.id]),
    },
  });
  const pastExam = await db.exam.create({
    data: { userId: b.id, at: new Date(Date.now() - day), timeZone: "UTC", sectionIds: "[]", status: "past" },
  });
  victim = { id: b.id, cardId: card.id, requestId, attemptId: attempt.id, examId: exam.id, pastExamId: pastExam.id };
});

describe(`malformed input to every action and route (${databaseKind()})`, () => {
  test.each(TARGETS.map((t) => ({ label: t.name, target: t })))(
    "$label: refused with a message, database unchanged",
    async ({ target }) => {
      // The acting student: signed in, with no progress of their own.
      const a = await createTestUser(db);
      session.user = { id: a.id, name: "A", email: a.email, isAnonymous: false };
      const { startAttempt } = await import("@/lib/quiz/mutations");
      acting.attemptId = (await startAttempt(db, a.id, { ...QUICK_QUIZ, timeLimitSeconds: null }, bank, new Date())).attemptId;
      const before = await checksum();
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(target.arbitrary(), async (input) => {
          runs++;
          const outcome = await target.call(input);
          expect(outcome.kind === "refused" || outcome.status < 500).toBe(true);
          expect(await checksum(), "the database changed").toBe(before);
          // Nothing leaked into every object's prototype.
          expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
          expect(({} as Record<string, unknown>).userId).toBeUndefined();
        }),
        { numRuns: NUM_RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000) },
      );
      tried.set(target.name, runs);
      console.log(`fuzz ${target.name}: ${runs} inputs`);
    },
    180_000,
  );

  test("the quiz list and start routes work as Next calls them, without params (they answered 500)", async () => {
    const a = await createTestUser(db);
    session.user = { id: a.id, name: "A", email: a.email, isAnonymous: false };
    const request = new Request("http://localhost/api/quiz/attempts", {
      method: "POST",
      body: JSON.stringify(QUICK_QUIZ),
      headers: { "Content-Type": "application/json" },
    });
    const started = await actions.attempts.POST(request, {});
    expect(started.status).toBe(201);
    const { attemptId } = (await started.json()) as { attemptId: string };
    const listed = await actions.attempts.GET(new Request("http://localhost/api/quiz/attempts"), {});
    expect(listed.status).toBe(200);
    expect(JSON.stringify(await listed.json())).toContain(attemptId);
  });

  test("a NUL byte in an id is refused with a message, not a database error (PostgreSQL rejects NUL)", async () => {
    const a = await createTestUser(db);
    session.user = { id: a.id, name: "A", email: a.email, isAnonymous: false };
    const before = await checksum();
    const nul = "card\u0000id";
    refusal(await actions.srs.unsuspendCardAction({ flashcardId: nul }));
    refusal(await actions.srs.resetCardAction({ flashcardId: nul }));
    refusal(await actions.srs.buryCardAction({ flashcardId: nul }));
    refusal(await actions.missed.practiseMissedAction({ fromAttemptId: nul }));
    refusal(await actions.missed.markMasteredAction({ questionId: nul }));
    refusal(await actions.missed.resetMissedAction({ questionId: nul }));
    refusal(await actions.quiz.retakeQuizAction(nul));
    expect(await checksum()).toBe(before);
  });

  test("without a session, every action refuses and the export answers 401 with a message", async () => {
    session.user = null;
    const before = await checksum();
    await expect(actions.srs.recordReviewAction({})).rejects.toThrow(/REDIRECT \/sign-in/);
    await expect(actions.srs.undoReviewAction()).rejects.toThrow(/REDIRECT \/sign-in/);
    await expect(actions.settings.saveStudySettingsAction(null, new FormData())).rejects.toThrow(/REDIRECT \/sign-in/);
    await expect(actions.accounts.deleteAccountAction(null, new FormData())).rejects.toThrow(/REDIRECT \/sign-in/);
    const response = await actions.exportRoute.GET();
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatch(/sign in/i);
    expect(await checksum()).toBe(before);
  });

  test("the 'database unchanged' check covers every table and sees a change to any column, row or table", async () => {
    const tables = await checksumTables(db, databaseKind());
    for (const table of [
      "user",
      "session",
      "rateLimit",
      "Throttle",
      "Card",
      "ReviewLog",
      "CramReview",
      "ProgressRollup",
      "AttemptAnswer",
      "ExamMock",
    ])
      expect(tables, table).toContain(table);
    const a = await createTestUser(db);
    session.user = { id: a.id, name: "A", email: a.email, isAnonymous: false };
    const first = await checksum();
    await db.user.update({ where: { id: victim.id }, data: { name: "Renamed" } }); // one column of the victim
    const renamed = await checksum();
    expect(renamed).not.toBe(first);
    const token = await db.verification.create({ data: { id: `fuzz-${a.id}`, identifier: "fuzz", value: "x", expiresAt: new Date() } });
    const verified = await checksum(); // a table with no owner
    expect(verified).not.toBe(renamed);
    await createTestUser(db); // a row of someone else: the count moves
    expect(await checksum()).not.toBe(verified);
    await db.verification.delete({ where: { id: token.id } });
  });
});
