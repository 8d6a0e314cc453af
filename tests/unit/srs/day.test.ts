import { describe, expect, test } from "vitest";
import { Rating } from "ts-fsrs";
import {
  startOfNextStudyDay,
  startOfStudyDay,
  studyDayCounter,
  studyDayNumber,
  studyDaysBetween,
  timeZoneOffsetMinutes,
} from "@/lib/srs/day";
import { createScheduler, newCard, rateCard } from "@/lib/srs/scheduler";

const tokyo = { timeZone: "Asia/Tokyo", dayStartsAtHour: 4 }; // UTC+9, east of UTC
const losAngeles = { timeZone: "America/Los_Angeles", dayStartsAtHour: 4 }; // UTC-8 in winter, west of UTC
const at = (iso: string) => new Date(iso);

describe("a student east of UTC (Tokyo, day starts 4 am)", () => {
  test.each([
    { label: "23:30 local, Jan 5", now: "2026-01-05T14:30:00Z", start: "2026-01-04T19:00:00.000Z" },
    { label: "00:30 local, Jan 6: still Jan 5's study day", now: "2026-01-05T15:30:00Z", start: "2026-01-04T19:00:00.000Z" },
    { label: "03:59 local, Jan 6: still Jan 5's study day", now: "2026-01-05T18:59:00Z", start: "2026-01-04T19:00:00.000Z" },
    { label: "04:00 local, Jan 6: a new study day", now: "2026-01-05T19:00:00Z", start: "2026-01-05T19:00:00.000Z" },
  ])("$label", ({ now, start }) => {
    expect(startOfStudyDay(at(now), tokyo).toISOString()).toBe(start);
  });

  test("with the day starting at midnight, 23:59 and 00:00 local are different days", () => {
    const midnight = { timeZone: "Asia/Tokyo", dayStartsAtHour: 0 };
    expect(studyDaysBetween(at("2026-01-05T14:59:00Z"), at("2026-01-05T15:00:00Z"), midnight)).toBe(1);
    expect(startOfStudyDay(at("2026-01-05T15:00:00Z"), midnight).toISOString()).toBe("2026-01-05T15:00:00.000Z");
  });

  test("the same instants are one study day apart in UTC but the same day in Tokyo", () => {
    // 03:00Z and 05:00Z: across UTC's 4 am, but 12:00 and 14:00 in Tokyo.
    const [a, b] = [at("2026-01-05T03:00:00Z"), at("2026-01-05T05:00:00Z")];
    expect(studyDaysBetween(a, b, { timeZone: "UTC", dayStartsAtHour: 4 })).toBe(1);
    expect(studyDaysBetween(a, b, tokyo)).toBe(0);
  });
});

describe("a student west of UTC (Los Angeles, day starts 4 am)", () => {
  test.each([
    { label: "23:30 local, Jan 5", now: "2026-01-06T07:30:00Z", start: "2026-01-05T12:00:00.000Z" },
    { label: "00:30 local, Jan 6: still Jan 5's study day", now: "2026-01-06T08:30:00Z", start: "2026-01-05T12:00:00.000Z" },
    { label: "04:00 local, Jan 6: a new study day", now: "2026-01-06T12:00:00Z", start: "2026-01-06T12:00:00.000Z" },
  ])("$label", ({ now, start }) => {
    expect(startOfStudyDay(at(now), losAngeles).toISOString()).toBe(start);
  });

  test("a late-evening session after UTC's midnight still counts for the student's day", () => {
    // 21:00 and 23:30 local on Jan 5 fall on both sides of UTC midnight.
    expect(studyDaysBetween(at("2026-01-06T05:00:00Z"), at("2026-01-06T07:30:00Z"), losAngeles)).toBe(0);
  });

  test("daylight saving time: the day after the clocks go forward starts at 4 am PDT (11:00Z)", () => {
    expect(timeZoneOffsetMinutes("America/Los_Angeles", at("2026-03-08T12:00:00Z"))).toBe(-420);
    expect(startOfStudyDay(at("2026-03-08T18:00:00Z"), losAngeles).toISOString()).toBe("2026-03-08T11:00:00.000Z");
    expect(startOfNextStudyDay(at("2026-03-07T18:00:00Z"), losAngeles).toISOString()).toBe("2026-03-08T11:00:00.000Z");
  });
});

test("a buried card comes back when the student's next day starts", () => {
  expect(startOfNextStudyDay(at("2026-01-05T14:30:00Z"), tokyo).toISOString()).toBe("2026-01-05T19:00:00.000Z");
  expect(startOfNextStudyDay(at("2026-01-06T07:30:00Z"), losAngeles).toISOString()).toBe("2026-01-06T12:00:00.000Z");
});

test("half-hour zones count days too (India, UTC+5:30)", () => {
  const kolkata = { timeZone: "Asia/Kolkata", dayStartsAtHour: 4 };
  expect(startOfStudyDay(at("2026-01-05T22:29:00Z"), kolkata).toISOString()).toBe("2026-01-04T22:30:00.000Z");
  expect(startOfStudyDay(at("2026-01-05T22:30:00Z"), kolkata).toISOString()).toBe("2026-01-05T22:30:00.000Z");
  expect(studyDayNumber(at("2026-01-05T22:30:00Z"), kolkata) - studyDayNumber(at("2026-01-05T22:29:00Z"), kolkata)).toBe(1);
});

describe("FSRS elapsed days are study days", () => {
  const options = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
  // A card in review, last reviewed 23:00 local on Jan 5 (Los Angeles): 07:00Z Jan 6.
  function reviewCardLastSeen(lastReview: Date, day: typeof losAngeles) {
    const f = createScheduler({ ...options, ...day });
    let card = rateCard(f, newCard(lastReview), Rating.Good, lastReview).card;
    card = rateCard(f, card, Rating.Good, new Date(lastReview.getTime() + 10 * 60_000)).card;
    return { f, card };
  }

  test.each([
    {
      label: "Los Angeles: 23:10 → 09:00 next morning is 1 day",
      day: losAngeles,
      last: "2026-01-06T07:00:00Z",
      now: "2026-01-06T17:00:00Z",
      elapsed: 1,
    },
    {
      label: "Los Angeles: 23:10 → 02:00 the same night is 0 days",
      day: losAngeles,
      last: "2026-01-06T07:00:00Z",
      now: "2026-01-06T10:00:00Z",
      elapsed: 0,
    },
    {
      label: "Tokyo: 20:10 → 05:00 next morning is 1 day",
      day: tokyo,
      last: "2026-01-05T11:00:00Z",
      now: "2026-01-05T20:00:00Z",
      elapsed: 1,
    },
    {
      label: "Tokyo: 20:10 → 01:00 the same night is 0 days",
      day: tokyo,
      last: "2026-01-05T11:00:00Z",
      now: "2026-01-05T16:00:00Z",
      elapsed: 0,
    },
  ])("$label", ({ day, last, now, elapsed }) => {
    const { f, card } = reviewCardLastSeen(at(last), day);
    const { log, card: next } = rateCard(f, card, Rating.Good, at(now));
    expect(log.elapsed_days).toBe(elapsed);
    // The schedule is still in real time: due is after now, last review is now.
    expect(next.last_review).toEqual(at(now));
    expect(next.due.getTime()).toBeGreaterThan(at(now).getTime());
  });
});

// 5 zones × 8,760 hours of Intl offset lookups took 12–19 s on the shared 2-core machine under load, so
// vitest's 5 s default failed npm test there. It checks agreement, not speed (that is npm run bench's).
test(
  "studyDayCounter agrees with studyDayNumber hour by hour through a year, daylight saving changes included",
  { timeout: 120_000 },
  () => {
    for (const timeZone of ["Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"]) {
      const day = { timeZone, dayStartsAtHour: 4 };
      const count = studyDayCounter(day);
      for (let at = Date.parse("2026-01-01T00:00:00Z"); at < Date.parse("2027-01-01T00:00:00Z"); at += 3_600_000) {
        expect(count(at), `${timeZone} ${new Date(at).toISOString()}`).toBe(studyDayNumber(new Date(at), day));
      }
    }
  },
);
