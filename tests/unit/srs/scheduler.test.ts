import { describe, expect, test } from "vitest";
import { fsrs, generatorParameters, Rating, State } from "ts-fsrs";
import { gradeTyped } from "@/lib/answers/grade";
import { startOfStudyDay } from "@/lib/srs/day";
import { parsePrevious, serializePrevious, toCardColumns, toFsrsCard } from "@/lib/srs/mapping";
import { createScheduler, formatInterval, GRADES, newCard, previewDue, rateCard } from "@/lib/srs/scheduler";

const NOW = new Date(Date.UTC(2026, 0, 5, 9, 0));
const options = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };

describe("interval previews", () => {
  const reference = fsrs(generatorParameters({ request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false }));

  test.each([
    { label: "a new card", card: () => newCard(NOW) },
    { label: "a card in learning", card: () => rateCard(createScheduler(options), newCard(NOW), Rating.Good, NOW).card },
    {
      label: "a card in review",
      card: () => {
        const f = createScheduler(options);
        let card = rateCard(f, newCard(NOW), Rating.Good, NOW).card;
        card = rateCard(f, card, Rating.Good, card.due).card;
        return rateCard(f, card, Rating.Good, card.due).card;
      },
    },
  ])("the buttons of $label show what ts-fsrs schedules for its stored state", ({ card }) => {
    const stored = toCardColumns(card());
    const at = new Date(Math.max(NOW.getTime(), stored.due.getTime()));
    const shown = previewDue(createScheduler(options), toFsrsCard(stored), at);
    const expected = reference.repeat(toFsrsCard(stored), at);
    for (const grade of GRADES) expect(shown[grade]).toEqual(expected[grade].card.due);
  });

  test("a higher desired retention gives shorter intervals", () => {
    const f = createScheduler(options);
    const card = rateCard(f, rateCard(f, newCard(NOW), Rating.Good, NOW).card, Rating.Good, NOW).card;
    const loose = previewDue(createScheduler({ ...options, desiredRetention: 0.8 }), card, card.due)[Rating.Good];
    const strict = previewDue(createScheduler({ ...options, desiredRetention: 0.97 }), card, card.due)[Rating.Good];
    expect(strict.getTime()).toBeLessThan(loose.getTime());
  });

  test("the maximum interval caps Hard; ts-fsrs keeps Hard < Good < Easy just above it", () => {
    const f = createScheduler({ ...options, maximumInterval: 30 });
    let card = newCard(NOW);
    for (let i = 0; i < 8; i++) {
      const preview = f.fsrs.repeat(card, card.due);
      expect(preview[Rating.Hard].card.scheduled_days).toBeLessThanOrEqual(30);
      expect(preview[Rating.Good].card.scheduled_days).toBeLessThanOrEqual(31);
      expect(preview[Rating.Easy].card.scheduled_days).toBeLessThanOrEqual(32);
      card = preview[Rating.Easy].card;
    }
    expect(card.scheduled_days).toBe(32);
  });

  test.each([
    { label: "seconds", minutes: 0.5, text: "<1m" },
    { label: "one minute", minutes: 1, text: "1m" },
    { label: "ten minutes", minutes: 10, text: "10m" },
    { label: "hours", minutes: 5 * 60, text: "5h" },
    { label: "one day", minutes: 24 * 60, text: "1d" },
    { label: "days", minutes: 4 * 24 * 60, text: "4d" },
    { label: "months", minutes: 76 * 24 * 60, text: "2.5mo" },
    { label: "years", minutes: 2 * 365.25 * 24 * 60, text: "2y" },
  ])("$label read as $text", ({ minutes, text }) => {
    expect(formatInterval(NOW, new Date(NOW.getTime() + minutes * 60_000))).toBe(text);
  });
});

describe("stored state", () => {
  test("a card survives the trip to the database columns and back", () => {
    const f = createScheduler(options);
    const card = rateCard(f, rateCard(f, newCard(NOW), Rating.Hard, NOW).card, Rating.Again, NOW).card;
    expect(toFsrsCard(toCardColumns(card))).toEqual(card);
  });

  test("the state before a rating is serialised exactly, for undo", () => {
    const columns = toCardColumns(rateCard(createScheduler(options), newCard(NOW), Rating.Good, NOW).card);
    expect(parsePrevious(serializePrevious(columns))).toEqual(columns);
    expect(parsePrevious(serializePrevious(null))).toBeNull();
  });

  test("a card reviewed with Again goes back to learning or relearning", () => {
    const f = createScheduler(options);
    let card = newCard(NOW);
    for (let i = 0; i < 3; i++) card = rateCard(f, card, Rating.Good, card.due).card;
    expect(card.state).toBe(State.Review);
    const lapsed = rateCard(f, card, Rating.Again, card.due).card;
    expect(lapsed.state).toBe(State.Relearning);
    expect(lapsed.lapses).toBe(1);
  });
});

describe("study day", () => {
  test.each([
    { label: "after 4 am", now: "2026-01-02T10:00:00Z", start: "2026-01-02T04:00:00.000Z" },
    { label: "before 4 am belongs to the day before", now: "2026-01-02T03:59:00Z", start: "2026-01-01T04:00:00.000Z" },
    { label: "exactly 4 am starts a day", now: "2026-01-02T04:00:00Z", start: "2026-01-02T04:00:00.000Z" },
  ])("$label", ({ now, start }) => {
    expect(startOfStudyDay(new Date(now)).toISOString()).toBe(start);
  });
});

describe("type-in answers", () => {
  test.each([
    { label: "exact", given: "Murmansk", accepted: ["Murmansk"], ok: true },
    { label: "case and spaces", given: "  murmansk ", accepted: ["Murmansk"], ok: true },
    { label: "hyphen vs space", given: "petropavlovsk kamchatsky", accepted: ["Petropavlovsk-Kamchatsky"], ok: true },
    { label: "an accepted alternative", given: "twenty-third", accepted: ["23rd", "twenty-third"], ok: true },
    { label: "accents", given: "defense", accepted: ["Défense"], ok: true },
    { label: "a decimal point is kept", given: "685", accepted: ["68.5"], ok: false },
    { label: "a wrong answer", given: "Vladivostok", accepted: ["Murmansk"], ok: false },
    { label: "an empty answer", given: "   ", accepted: ["Murmansk"], ok: false },
  ])("$label", ({ given, accepted, ok }) => {
    expect(gradeTyped(given, { accepted, prompt: "" }).correct).toBe(ok);
  });
});
