/**
 * The bounds of offline sync, shared by the server (which enforces them) and the device (which
 * sends its queue in batches of this size and tells the student what the server will refuse).
 */

/** At most this many queued operations in one request: each batch is short, so other students are not held up. */
export const MAX_SYNC_BATCH = 200;

/** A rating made longer ago than this is refused (default 14 days): it is too late to schedule by it. */
export const DEFAULT_MAX_OFFLINE_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * A device's clock may run a little ahead of the server's: a rating up to this much "in the future"
 * is taken as made now-ish; later than that it is refused.
 */
export const CLOCK_SKEW_TOLERANCE_MS = 2 * 60 * 1000;
