import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EMPTY_NOTE_STAMPS, noteStampsSchema, type NoteStamps } from "./schemas";

// `content/anki-notes.lock.json` on disk: read by the export route and `content:export`, written by
// `content:lock`. A missing file is an empty lock (every note's time is then the export's).

export const NOTE_STAMPS_FILE = "anki-notes.lock.json";

/** The lock in `contentDir`, checked with zod (a damaged file is a bug in the repo: it throws). */
export function readNoteStamps(contentDir: string): NoteStamps {
  const file = path.join(contentDir, NOTE_STAMPS_FILE);
  if (!existsSync(/*turbopackIgnore: true*/ file)) return EMPTY_NOTE_STAMPS;
  return noteStampsSchema.parse(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")));
}

export function writeNoteStamps(contentDir: string, stamps: NoteStamps): void {
  writeFileSync(path.join(contentDir, NOTE_STAMPS_FILE), `${JSON.stringify(stamps, null, 2)}\n`);
}
