import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { ankiId } from "@/lib/export/ids";
import { createTestUser, databaseKind, testDb } from "./helpers";
import { as, requestId, signedOut } from "./harness";

// GET /api/export/apkg-progress through the real query: the signed-in student's own cards and
// reviews, and nothing of anyone else's; cram ratings that did not count are not in the revlog.

const db = testDb();
let srs: typeof import("@/lib/srs/actions");
let GET: typeof import("@/app/api/export/apkg-progress/route").GET;
beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  srs = await import("@/lib/srs/actions");
  GET = (await import("@/app/api/export/apkg-progress/route")).GET;
});
afterAll(() => db.$disconnect());

const [first, second, other] = ["in-modi-embrace-airport-card-1", "in-23rd-summit-card-1", "in-embrace-date-card-1"];

async function download() {
  const response = await GET();
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="factdeck-with-progress.apkg"');
  expect(response.headers.get("Cache-Control")).toBe("no-store");
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return new Database(Buffer.from(files["collection.anki2"]!), { readonly: true });
}

describe(`the .apkg with progress (${databaseKind()})`, () => {
  test("holds the student's reviews and card states only; another student's and cram practice stay out", async () => {
    const someoneElse = await createTestUser(db);
    as(someoneElse);
    expect((await srs.recordReviewAction({ flashcardId: other!, rating: 3, requestId: requestId() })).ok).toBe(true);

    const student = await createTestUser(db);
    as(student);
    for (const [flashcardId, rating] of [
      [first, 3],
      [first, 3],
      [second, 1],
    ] as const) {
      expect((await srs.recordReviewAction({ flashcardId: flashcardId!, rating, requestId: requestId(), durationMs: 2500 })).ok).toBe(true);
    }
    // A cram session (of a section) whose ratings don't count: a CramReview row, not a review.
    const sectionId = (await import("@/lib/content/queries")).getBank().flashcards.get(other!)!.sectionId;
    const cram = { reschedule: false, since: new Date(Date.now() - 1000).toISOString() };
    expect((await srs.recordReviewAction({ flashcardId: other!, rating: 4, requestId: requestId(), sectionId, cram })).ok).toBe(true);
    expect(await db.cramReview.count({ where: { userId: student.id } })).toBe(1);

    const apkg = await download();
    try {
      const revlog = apkg.prepare("SELECT cid, ease, time FROM revlog ORDER BY id").all();
      expect(revlog).toEqual([
        { cid: ankiId("card", first!), ease: 3, time: 2500 },
        { cid: ankiId("card", first!), ease: 3, time: 2500 },
        { cid: ankiId("card", second!), ease: 1, time: 2500 },
      ]);
      const card = (id: string) => apkg.prepare("SELECT type, queue, reps FROM cards WHERE id = ?").get(ankiId("card", id));
      expect(card(second!)).toEqual({ type: 1, queue: 1, reps: 1 });
      expect(card(other!)).toEqual({ type: 0, queue: 0, reps: 0 });
      expect((card(first!) as { reps: number }).reps).toBe(2);
    } finally {
      apkg.close();
    }
  });

  test("a visitor who is not signed in gets 401", async () => {
    signedOut();
    expect((await GET()).status).toBe(401);
  });
});
