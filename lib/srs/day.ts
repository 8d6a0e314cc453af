/**
 * Study days, as in Anki: a day runs from the student's "next day starts at" hour
 * to the same hour the next day, on the clock of the student's time zone. Daily
 * limits, "done today", due counts, burying and FSRS's elapsed days all count
 * days this way. Pure: every function takes the instant it works on.
 */

/** Where and when a student's study day begins. */
export interface StudyDay {
  /** An IANA time zone, e.g. "Europe/Berlin" or "America/Los_Angeles". */
  timeZone: string;
  /** The local hour (0–23) at which a new study day begins. */
  dayStartsAtHour: number;
}

/** Anki's default: a new day starts at 4 am, so a late session still counts for the evening. */
export const DAY_STARTS_AT_HOUR = 4;
export const DEFAULT_STUDY_DAY: StudyDay = { timeZone: "UTC", dayStartsAtHour: DAY_STARTS_AT_HOUR };

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a time zone name this runtime knows (Intl throws a RangeError for others). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * How far the time zone's clock is ahead of UTC at `date`, in minutes (negative
 * west of Greenwich). Follows daylight saving time.
 *
 * @example timeZoneOffsetMinutes("Asia/Kolkata", new Date()) === 330
 */
export function timeZoneOffsetMinutes(timeZone: string, date: Date): number {
  // UTC never moves (and is every guest's default): skip Intl, which costs microseconds a call.
  if (timeZone === "UTC") return 0;
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(date)
      .filter((p) => p.type !== "literal")
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const whole = Math.floor(date.getTime() / 1000) * 1000;
  return Math.round((wall - whole) / 60_000);
}

/**
 * The study day that contains `date`, as a day count (days since 1970-01-01 on
 * the student's clock, shifted by the start hour). Two instants are on the same
 * study day when their numbers are equal; FSRS's elapsed days are differences.
 *
 * @example studyDayNumber(new Date("2026-01-02T03:00:00Z"), DEFAULT_STUDY_DAY) === studyDayNumber(new Date("2026-01-01T20:00:00Z"), DEFAULT_STUDY_DAY)
 */
export function studyDayNumber(date: Date, day: StudyDay): number {
  const local = date.getTime() + timeZoneOffsetMinutes(day.timeZone, date) * 60_000;
  return Math.floor((local - day.dayStartsAtHour * HOUR_MS) / DAY_MS);
}

/** Whole study days from `from` to `to` (0 on the same study day). */
export function studyDaysBetween(from: Date, to: Date, day: StudyDay): number {
  return studyDayNumber(to, day) - studyDayNumber(from, day);
}

/** The instant at which study day number `n` begins. */
export function startOfStudyDayNumber(n: number, day: StudyDay): Date {
  // The wall-clock start, then the zone's offset at that instant (twice: the offset may change across it).
  const wall = n * DAY_MS + day.dayStartsAtHour * HOUR_MS;
  let instant = wall - timeZoneOffsetMinutes(day.timeZone, new Date(wall)) * 60_000;
  instant = wall - timeZoneOffsetMinutes(day.timeZone, new Date(instant)) * 60_000;
  return new Date(instant);
}

/**
 * The start of the study day that contains `now`: daily limits and "done today"
 * count from here.
 *
 * @example startOfStudyDay(new Date("2026-01-02T03:00:00Z"), DEFAULT_STUDY_DAY) // 2026-01-01T04:00:00Z
 */
export function startOfStudyDay(now: Date, day: StudyDay = DEFAULT_STUDY_DAY): Date {
  return startOfStudyDayNumber(studyDayNumber(now, day), day);
}

/** When the next study day begins after `now` (a buried card comes back then). */
export function startOfNextStudyDay(now: Date, day: StudyDay = DEFAULT_STUDY_DAY): Date {
  return startOfStudyDayNumber(studyDayNumber(now, day) + 1, day);
}

/**
 * `date` moved so that its UTC calendar date is its study date. ts-fsrs counts
 * elapsed days between UTC calendar dates; handing it shifted instants makes it
 * count the student's study days instead.
 */
export function toStudyClock(date: Date, day: StudyDay): Date {
  return new Date(date.getTime() + timeZoneOffsetMinutes(day.timeZone, date) * 60_000 - day.dayStartsAtHour * HOUR_MS);
}

/** How far `toStudyClock` moves `date`, in milliseconds. */
export function studyClockShiftMs(date: Date, day: StudyDay): number {
  return toStudyClock(date, day).getTime() - date.getTime();
}

/**
 * `studyDayNumber` for many instants of one student (a year of hourly buckets):
 * the time zone's offset is looked up once per UTC day instead of once per
 * instant, and exactly (per instant) only on a day whose offset changes.
 */
export function studyDayCounter(day: StudyDay): (at: number) => number {
  const offsets = new Map<number, number>();
  const offsetAt = (utcDay: number) => {
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      offset = timeZoneOffsetMinutes(day.timeZone, new Date(utcDay * DAY_MS));
      offsets.set(utcDay, offset);
    }
    return offset;
  };
  return (at) => {
    const utcDay = Math.floor(at / DAY_MS);
    const offset = offsetAt(utcDay);
    if (offset !== offsetAt(utcDay + 1)) return studyDayNumber(new Date(at), day);
    return Math.floor((at + offset * 60_000 - day.dayStartsAtHour * HOUR_MS) / DAY_MS);
  };
}
