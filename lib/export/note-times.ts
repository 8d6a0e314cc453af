import { createHash } from "node:crypto";
import type { NoteStamp } from "./schemas";

// Anki's .apkg importer updates a note it already has (same GUID) only when the incoming note's
// modification time is newer than its own, whatever the fields say; an equal or older time is
// "already in the collection" (rslib/src/import_export/package/apkg/import/notes.rs,
// maybe_update_existing_note and should_update with the default "if newer"; note types alike).
// An update keeps the incoming time. So a note's time must stay the same while what we write for
// it stays the same, and go up when that changes: it is the time its content was first locked.

/**
 * A time as Anki stores it (notes' and cards' `mod`, the collection's `crt`): whole unix seconds.
 *
 * @example secondsOf(new Date(1767225600999)) // 1767225600
 */
export const secondsOf = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * A short hash of the exact strings an export writes for one note (or note type).
 *
 * @example contentHash(["basic", "Front\x1fBack", " tag "]) // 16 hex digits, the same on every run
 */
export function contentHash(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\x1e"), "utf8").digest("hex").slice(0, 16);
}

/**
 * The modification time (unix seconds) to write for `key`, whose content now hashes to `hash`:
 * the locked time while the hash is the locked one. A change not locked yet counts as made `now`
 * (and at least a second after the locked time), so it is never older than the version before it.
 *
 * @param stamps the lock's entries (notes by flashcard id, or note types by kind)
 * @param now the export's time, used only for content the lock does not know yet
 * @example stampedTime({ c1: { hash, since: 1767225600 } }, "c1", hash, now) === 1767225600
 */
export function stampedTime(stamps: Readonly<Record<string, NoteStamp>>, key: string, hash: string, now: Date): number {
  const stamp = stamps[key];
  if (stamp?.hash === hash) return stamp.since;
  return Math.max(secondsOf(now), (stamp?.since ?? 0) + 1);
}

/**
 * The lock's entries after locking at `now`: an unchanged entry keeps its time; a changed or new
 * one gets `now`. Entries no longer exported (a retired card) are kept, so that a card coming back
 * changed still gets a later time than the one students have. Sorted by key, for a stable file.
 *
 * @param hashes every exported key with its current hash
 */
export function restamp(
  stamps: Readonly<Record<string, NoteStamp>>,
  hashes: ReadonlyMap<string, string>,
  now: Date,
): Record<string, NoteStamp> {
  const next: Record<string, NoteStamp> = { ...stamps };
  for (const [key, hash] of hashes) next[key] = { hash, since: stampedTime(stamps, key, hash, now) };
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
