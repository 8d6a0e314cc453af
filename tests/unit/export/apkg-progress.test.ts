import { describe, expect, test } from "vitest";
import { loadBank } from "@/lib/content/read";
import { activeFlashcards } from "@/lib/content/retire";
import { buildApkg } from "@/lib/export/apkg";
import { PRESET_ID } from "@/lib/export/apkg-collection";
import { ankiProgress, type SchedulingCard, type SchedulingReview, type StudentScheduling } from "@/lib/export/apkg-progress";
import { openApkg } from "@/lib/export/apkg-read";
import { ankiId } from "@/lib/export/ids";
import { readNoteStamps } from "@/lib/export/note-stamps-file";
import { studyDayNumber } from "@/lib/srs/day";
import { serializePrevious, toCardColumns, type CardColumns } from "@/lib/srs/mapping";
import { createScheduler, newCard, rateCard, Rating, type Card, type Grade } from "@/lib/srs/scheduler";
import { contentDir } from "./edited-bank";

const bank = loadBank(contentDir);
const [idA, idB, idC, idD, idE] = activeFlashcards(bank).map((c) => c.id);
const studyDay = { timeZone: "Europe/Berlin", dayStartsAtHour: 4 };
const settings = {
  desiredRetention: 0.9,
  maximumInterval: 36500,
  newCardsPerDay: 20,
  dailyReviewLimit: 200,
  leechThreshold: 8,
  fsrsParameters: null,
  ...studyDay,
};
const scheduler = createScheduler({ ...settings, enableFuzz: false });
const at = (iso: string) => new Date(iso);

/** A card rated at the given times, as the app stores it: its Card row and its ReviewLog rows. */
function studied(flashcardId: string, ratings: [Grade, string][], extra: Partial<SchedulingCard> = {}) {
  let card: Card | null = null;
  const reviews: SchedulingReview[] = [];
  for (const [grade, time] of ratings) {
    const before: CardColumns | null = card && toCardColumns(card);
    const result = rateCard(scheduler, card ?? newCard(at(time)), grade, at(time));
    reviews.push({
      flashcardId,
      rating: grade,
      reviewedAt: at(time),
      durationMs: 4200,
      state: result.log.state,
      previous: serializePrevious(before),
    });
    card = result.card;
  }
  const row: SchedulingCard = {
    ...toCardColumns(card!),
    flashcardId,
    isSuspended: false,
    resetAt: null,
    updatedAt: at(ratings.at(-1)![1]),
    ...extra,
  };
  return { row, reviews };
}

const now = at("2027-01-20T12:00:00Z");
const a = studied(idA!, [
  [Rating.Good, "2027-01-10T09:00:00Z"],
  [Rating.Good, "2027-01-10T09:10:00Z"],
]);
const b = studied(idB!, [[Rating.Again, "2027-01-20T11:59:30Z"]]);
const c = studied(idC!, [[Rating.Easy, "2027-01-10T09:00:00Z"]], { isSuspended: true });
// D was reviewed, then reset to new (as Forget in Anki); E was rated at the same millisecond as A's first.
const dRated = studied(idD!, [[Rating.Good, "2027-01-12T10:00:00Z"]]);
const d = { ...dRated, row: { ...dRated.row, ...toCardColumns(newCard(at("2027-01-13T10:00:00Z"))), resetAt: at("2027-01-13T10:00:00Z") } };
const e = studied(idE!, [[Rating.Hard, "2027-01-10T09:00:00Z"]]);
const scheduling: StudentScheduling = {
  settings,
  cards: [a, b, c, d, e].map((s) => s.row),
  reviews: [a, b, c, d, e].flatMap((s) => s.reviews),
};
const progress = ankiProgress(scheduling, now);
const dayOf = (date: Date) => studyDayNumber(date, studyDay) - studyDayNumber(at("2027-01-10T09:00:00Z"), studyDay);

describe("the student's scheduling in Anki's columns (pure)", () => {
  test("day 0 is the study day of the first review, at the hour the day starts in the student's zone", () => {
    // 2027-01-10 04:00 in Berlin (UTC+1): 03:00 UTC; 60 minutes east of UTC is -60 west.
    expect(progress.day).toEqual({ crt: at("2027-01-10T03:00:00Z").getTime() / 1000, rollover: 4, minutesWest: -60 });
  });

  test.each([
    { label: "a review card: type/queue 2, due in days from day 0, interval in days", id: idA!, row: a.row, type: 2, queue: 2 },
    { label: "a learning card due today: type/queue 1, due in unix seconds", id: idB!, row: b.row, type: 1, queue: 1 },
    { label: "a suspended review card: queue -1", id: idC!, row: c.row, type: 2, queue: -1 },
  ])("$label", ({ id, row, type, queue }) => {
    const columns = progress.cards.get(id)!;
    expect(columns).toMatchObject({ type, queue, reps: row.reps, lapses: row.lapses });
    if (type === 2) expect(columns).toMatchObject({ due: dayOf(row.due), ivl: row.scheduledDays, factor: 2500, left: 0 });
    else expect(columns).toMatchObject({ due: Math.floor(row.due.getTime() / 1000), ivl: 0, factor: 0, left: 2 });
    // FSRS memory state as Anki 23.10+ keeps it in cards.data (rslib/src/storage/card/data.rs).
    const data = JSON.parse(columns.data) as Record<string, number>;
    expect(Object.keys(data)).toEqual(["s", "d", "dr", "decay", "lrt"]);
    expect(data.s).toBeCloseTo(row.stability, 4);
    expect(data.d).toBeCloseTo(row.difficulty, 3);
    expect(data).toMatchObject({ dr: 0.9, decay: 0.154, lrt: Math.floor(row.lastReview!.getTime() / 1000) });
  });

  test("a card reset to new is new in Anki; cards never studied have no row", () => {
    expect(progress.cards.has(idD!)).toBe(false);
    expect(progress.cards.size).toBe(4);
  });

  test("the revlog: one row per rating, id = its time in ms (unique), ease = rating, intervals and type as Anki writes them", () => {
    const rows = progress.revlog.filter((r) => r.cid === ankiId("card", idA!));
    const [first, second] = rows;
    expect(rows).toHaveLength(2);
    expect(first).toMatchObject({ id: at("2027-01-10T09:00:00Z").getTime(), ease: 3, lastIvl: 0, ivl: -600, type: 0, time: 4200 });
    expect(second).toMatchObject({ id: at("2027-01-10T09:10:00Z").getTime(), ease: 3, lastIvl: -600, ivl: a.row.scheduledDays, type: 0 });
    expect(second!.factor).toBe(Math.round(((a.row.difficulty - 1) / 9 + 0.1) * 1000));
    const sameMs = progress.revlog.filter(
      (r) => r.id - at("2027-01-10T09:00:00Z").getTime() < 3 && r.id >= at("2027-01-10T09:00:00Z").getTime(),
    );
    expect(sameMs.map((r) => r.id)).toEqual([0, 1, 2].map((n) => at("2027-01-10T09:00:00Z").getTime() + n));
    expect(new Set(progress.revlog.map((r) => r.id)).size).toBe(progress.revlog.length);
  });

  test("a reset leaves the review and adds Anki's Forget entry (manual, ease 0) at the reset's time", () => {
    const rows = progress.revlog.filter((r) => r.cid === ankiId("card", idD!));
    expect(rows).toEqual([
      expect.objectContaining({ id: at("2027-01-12T10:00:00Z").getTime(), ease: 3, ivl: 0, type: 0 }),
      { id: at("2027-01-13T10:00:00Z").getTime(), cid: ankiId("card", idD!), ease: 0, ivl: 0, lastIvl: 0, factor: 0, time: 0, type: 4 },
    ]);
  });
});

describe("the .apkg with scheduling", () => {
  const db = openApkg(buildApkg(bank, now, { stamps: readNoteStamps(contentDir), progress }));
  const cardRow = (id: string) =>
    db.prepare("SELECT type, queue, due, ivl, factor, reps, lapses, left, data FROM cards WHERE id = ?").get(ankiId("card", id));

  test("holds the cards' scheduling columns and every revlog row (usn -1)", () => {
    const { mod: _mod, ...a2 } = progress.cards.get(idA!)!;
    expect(cardRow(idA!)).toEqual(a2);
    expect(cardRow(idD!)).toMatchObject({ type: 0, queue: 0, ivl: 0, data: "" });
    const revlog = db.prepare("SELECT * FROM revlog ORDER BY id").all();
    expect(revlog).toEqual(progress.revlog.map((r) => ({ ...r, usn: -1 })));
    expect((db.prepare("SELECT count(*) AS n FROM graves").get() as { n: number }).n).toBe(0);
  });

  test("col: day 0 and the V2 timing keys; decks use the Factdeck preset with the student's options", () => {
    const col = db.prepare("SELECT crt, conf, decks, dconf FROM col").get() as { crt: number; conf: string; decks: string; dconf: string };
    expect(col.crt).toBe(progress.day.crt);
    expect(JSON.parse(col.conf)).toMatchObject({ schedVer: 2, rollover: 4, creationOffset: -60 });
    const decks = Object.values(JSON.parse(col.decks) as Record<string, { name: string; conf: number }>);
    for (const deck of decks.filter((dk) => dk.name !== "Default")) expect(deck.conf).toBe(PRESET_ID);
    expect(JSON.parse(col.dconf)[String(PRESET_ID)]).toMatchObject({ desiredRetention: 0.9, fsrsParams6: [], lapse: { leechFails: 8 } });
  });
});
