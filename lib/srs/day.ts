/** The hour (UTC for now) at which a new study day begins, as in Anki's "next day starts at". */
export const DAY_STARTS_AT_HOUR = 4;

/**
 * The start of the study day that contains `now`: daily limits and "done today"
 * count from here.
 *
 * @example startOfStudyDay(new Date("2026-01-02T03:00:00Z")) // 2026-01-01T04:00:00Z
 */
export function startOfStudyDay(now: Date, startsAtHour = DAY_STARTS_AT_HOUR): Date {
  const shifted = new Date(now.getTime() - startsAtHour * 3_600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate(), startsAtHour));
}
