/**
 * Leeches, as in Anki: a card that keeps lapsing (forgotten after it had been
 * learned) costs more reviews than it is worth, so it is tagged and suspended
 * until the student rewrites or resets it. Pure.
 */

export const DEFAULT_LEECH_THRESHOLD = 8;

/**
 * Whether a card that now has `lapses` lapses is a leech at this lapse: at the
 * threshold, and then again every half threshold (Anki's rule: 8, 12, 16, …),
 * so an unsuspended leech that keeps failing is caught again.
 *
 * @example isLeechLapse(8, 8) === true; isLeechLapse(9, 8) === false; isLeechLapse(12, 8) === true
 */
export function isLeechLapse(lapses: number, threshold: number): boolean {
  if (threshold < 1 || lapses < threshold) return false;
  const every = Math.max(1, Math.ceil(threshold / 2));
  return (lapses - threshold) % every === 0;
}

/** Whether a rating that took the card from `lapsesBefore` to `lapsesAfter` lapses makes it a leech. */
export function becomesLeech(lapsesBefore: number, lapsesAfter: number, threshold: number): boolean {
  return lapsesAfter > lapsesBefore && isLeechLapse(lapsesAfter, threshold);
}
