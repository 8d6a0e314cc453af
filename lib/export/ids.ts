import { createHash } from "node:crypto";

// Ids that other tools keep: derived from our content ids, never random, so a second export of an
// unchanged (or edited) bank names every item the same way and a re-import updates instead of adding.

const BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

function hash(value: string): Buffer {
  return createHash("sha256").update(`factdeck:${value}`, "utf8").digest();
}

/**
 * An Anki note GUID from a content id: the first 8 bytes of a SHA-256, written in the base-91
 * alphabet Anki's own GUIDs use (as genanki's guid_for does). Anki's importer matches notes by GUID.
 *
 * @example ankiGuid("in-23rd-summit-card-1") // the same string on every export
 */
export function ankiGuid(contentId: string): string {
  let n = hash(contentId).readBigUInt64BE(0);
  let out = "";
  while (n > 0n) {
    out = BASE91[Number(n % 91n)] + out;
    n /= 91n;
  }
  return out || "a";
}

/**
 * A stable integer id (notes, cards, decks, note types) in Anki's millisecond-timestamp range
 * (2001 to 2036), below 2^53 so JavaScript and SQLite agree on it. `kind` keeps a note's and
 * its card's ids apart.
 */
export function ankiId(kind: string, contentId: string): number {
  const n = hash(`${kind}:${contentId}`).readUIntBE(0, 6); // < 2^48 ≈ 2.8e14
  return 1_000_000_000_000 + (n % 1_000_000_000_000);
}

/** A seed for the stable shuffle of one question's options. */
export function seedOf(contentId: string): number {
  return hash(`seed:${contentId}`).readUInt32BE(0);
}

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the stripped sort field, as an integer. */
export function ankiChecksum(sortField: string): number {
  return parseInt(createHash("sha1").update(sortField, "utf8").digest("hex").slice(0, 8), 16);
}
