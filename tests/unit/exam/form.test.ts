import { describe, expect, test } from "vitest";
import { formatCountdown, toZonedFields, zonedInstant } from "@/lib/exam/moment";
import { examFormSchema, type ExamFormValues } from "@/lib/exam/schemas";

const now = new Date("2026-12-01T09:00:00Z");
const context = { now, studyTimeZone: "Asia/Kolkata", sectionIds: ["relos", "bottom-line"] };
const good: ExamFormValues = {
  date: "2026-12-06",
  time: "09:30",
  timeZone: "Asia/Kolkata",
  sectionIds: ["relos"],
  targetPercent: "",
  dailyMinutes: "",
};

describe("the exam's moment", () => {
  test.each([
    { label: "India (no DST)", date: "2026-12-06", time: "09:30", zone: "Asia/Kolkata", iso: "2026-12-06T04:00:00.000Z" },
    { label: "Berlin in winter", date: "2026-12-06", time: "09:30", zone: "Europe/Berlin", iso: "2026-12-06T08:30:00.000Z" },
    { label: "Berlin in summer", date: "2026-07-06", time: "09:30", zone: "Europe/Berlin", iso: "2026-07-06T07:30:00.000Z" },
    { label: "Los Angeles, the evening", date: "2026-12-06", time: "23:00", zone: "America/Los_Angeles", iso: "2026-12-07T07:00:00.000Z" },
  ])("$label: a date and time on the clock of the zone is one instant", ({ date, time, zone, iso }) => {
    const at = zonedInstant(date, time, zone)!;
    expect(at.toISOString()).toBe(iso);
    expect(toZonedFields(at, zone)).toEqual({ date, time });
  });

  test("a date that doesn't exist is no instant", () => {
    expect(zonedInstant("2026-02-30", "09:00", "UTC")).toBeNull();
    expect(zonedInstant("2026-12-06", "25:00", "UTC")).toBeNull();
  });

  test.each([
    { label: "days and hours", minutes: 26 * 60 + 5, text: "1 day 2 hours" },
    { label: "whole days", minutes: 5 * 1440, text: "5 days" },
    { label: "hours and minutes", minutes: 5 * 60 + 20, text: "5 hours 20 minutes" },
    { label: "minutes", minutes: 1, text: "1 minute" },
    { label: "passed", minutes: -5, text: "0 minutes" },
  ])("countdown: $label", ({ minutes, text }) => {
    expect(formatCountdown(new Date(0), new Date(minutes * 60_000))).toBe(text);
  });
});

describe("the exam form", () => {
  const parse = (values: Partial<ExamFormValues>) => examFormSchema(context).safeParse({ ...good, ...values });
  const messageOf = (values: Partial<ExamFormValues>) => {
    const result = parse(values);
    expect(result.success).toBe(false);
    return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
  };

  test("a good form gives the instant, sections and optional numbers", () => {
    const result = parse({ targetPercent: "80", dailyMinutes: "45", sectionIds: ["relos", "relos", "bottom-line"] });
    expect(result.data).toEqual({
      at: new Date("2026-12-06T04:00:00Z"),
      timeZone: "Asia/Kolkata",
      sectionIds: ["relos", "bottom-line"],
      targetPercent: 80,
      dailyMinutes: 45,
    });
    expect(parse({}).data).toMatchObject({ targetPercent: null, dailyMinutes: null });
  });

  test.each([
    { label: "a date in the past", values: { date: "2026-11-30" }, field: "date", message: /has passed/ },
    { label: "earlier today", values: { date: "2026-12-01", time: "14:00" }, field: "date", message: /has passed/ },
    { label: "no date", values: { date: "" }, field: "date", message: /Pick the date/ },
    { label: "more than a year ahead", values: { date: "2028-01-01" }, field: "date", message: /at most a year/ },
    {
      label: "a time zone that isn't the study time zone",
      values: { timeZone: "Europe/Berlin" },
      field: "timeZone",
      message: /Your study days follow Asia\/Kolkata/,
    },
    { label: "an unknown time zone", values: { timeZone: "Mars/Olympus" }, field: "timeZone", message: /from the list/ },
    { label: "a budget of 0 minutes", values: { dailyMinutes: "0" }, field: "dailyMinutes", message: /from 5 to 720 minutes/ },
    { label: "a budget of 10,000 minutes", values: { dailyMinutes: "10000" }, field: "dailyMinutes", message: /from 5 to 720 minutes/ },
    { label: "a budget that isn't a number", values: { dailyMinutes: "lots" }, field: "dailyMinutes", message: /whole number of minutes/ },
    { label: "no sections", values: { sectionIds: [] }, field: "sectionIds", message: /at least one section/ },
    { label: "a section not in the deck", values: { sectionIds: ["nope"] }, field: "sectionIds", message: /from the list/ },
    { label: "a target of 120 %", values: { targetPercent: "120" }, field: "targetPercent", message: /from 1 to 100/ },
  ])("$label is refused next to its field", ({ values, field, message }) => {
    expect(messageOf(values)[field]).toMatch(message);
  });
});
