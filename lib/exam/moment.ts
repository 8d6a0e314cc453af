import { timeZoneOffsetMinutes } from "@/lib/srs/day";

/**
 * The exam's moment between the form (a date and a time on the student's clock) and an instant.
 * Pure: every function takes the instant or the text it works on.
 */

const MINUTE_MS = 60_000;

/**
 * The instant at which the clock of `timeZone` reads `date` `time`, or null for a date that does
 * not exist (2026-02-30). A time skipped by daylight saving comes out an hour later, as clocks do.
 *
 * @example zonedInstant("2026-12-06", "09:30", "Asia/Kolkata") // 2026-12-06T04:00:00.000Z
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The offset at the wall time, then at the instant it gives (twice: the offset may change across it).
  let instant = wall - timeZoneOffsetMinutes(timeZone, new Date(wall)) * MINUTE_MS;
  instant = wall - timeZoneOffsetMinutes(timeZone, new Date(instant)) * MINUTE_MS;
  return new Date(instant);
}

/** The date ("2026-12-06") and time ("09:30") the clock of `timeZone` shows at `at`: the form's fields. */
export function toZonedFields(at: Date, timeZone: string): { date: string; time: string } {
  const local = new Date(at.getTime() + timeZoneOffsetMinutes(timeZone, at) * MINUTE_MS);
  const iso = local.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * How long until the exam, in words: "4 days 3 hours", "5 hours 20 minutes", "12 minutes".
 *
 * @example formatCountdown(new Date(0), new Date(26 * 3_600_000)) === "1 day 2 hours"
 */
export function formatCountdown(now: Date, at: Date): string {
  const minutes = Math.max(0, Math.floor((at.getTime() - now.getTime()) / MINUTE_MS));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (days > 0) return hours > 0 ? `${unit(days, "day")} ${unit(hours, "hour")}` : unit(days, "day");
  if (hours > 0) return rest > 0 ? `${unit(hours, "hour")} ${unit(rest, "minute")}` : unit(hours, "hour");
  return unit(rest, "minute");
}

/** The exam's moment as the student reads it, on the clock it was set in. */
export function formatExamMoment(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(at);
}
