import { z } from "zod";

/** One exported note's (or note type's) content hash and the time it was first locked with it. */
export const noteStampSchema = z.object({
  /** `contentHash` of what the export writes for it (fields, tags, note type; a note type's JSON). */
  hash: z.string().regex(/^[0-9a-f]{16}$/, "A hash is 16 hex digits."),
  /** Unix seconds: the note's modification time in every export while the hash stays the same. */
  since: z.number().int().positive(),
});

/**
 * `content/anki-notes.lock.json`, written by `npm run content:lock`: notes by flashcard id and
 * note types by kind. Kept apart from `ids.lock.json` because the hashes are of the export's
 * output (lib/export), which lib/content must not import.
 */
export const noteStampsSchema = z.object({
  notes: z.record(z.string(), noteStampSchema),
  notetypes: z.record(z.string(), noteStampSchema),
});

export type NoteStamp = z.infer<typeof noteStampSchema>;
export type NoteStamps = z.infer<typeof noteStampsSchema>;

export const EMPTY_NOTE_STAMPS: NoteStamps = { notes: {}, notetypes: {} };
