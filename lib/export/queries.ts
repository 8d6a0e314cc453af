import "server-only";
import { env } from "@/lib/env";
import { resolveContentDir } from "@/lib/content/startup";
import { readNoteStamps } from "./note-stamps-file";
import type { NoteStamps } from "./schemas";

let stamps: NoteStamps | undefined;

/** The notes' modification times (`content/anki-notes.lock.json`), read once per process like the bank. */
export function getNoteStamps(): NoteStamps {
  stamps ??= readNoteStamps(resolveContentDir(env.CONTENT_DIR));
  return stamps;
}
