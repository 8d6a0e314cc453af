import { z } from "zod";
import type { Bank } from "@/lib/content/bank";
import { ankiQuestionsText, ankiText } from "./anki-text";
import { buildApkg } from "./apkg";
import { exportRows } from "./rows";
import { EMPTY_NOTE_STAMPS, type NoteStamps } from "./schemas";
import { csvFile, quizletFile } from "./tabular";

// The one place each export format is built: the Account page's downloads (app/api/export) and the
// authors' `npm run content:export` both call exportBank.

export const exportFormatSchema = z.enum(["apkg", "anki", "anki-questions", "csv", "quizlet", "json"]);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

interface FormatInfo {
  /** The download's file name (without the date). */
  fileName: string;
  contentType: string;
  build: (bank: Bank, now: Date, stamps: NoteStamps) => string | Uint8Array;
}

export const EXPORT_FORMATS: Record<ExportFormat, FormatInfo> = {
  apkg: {
    fileName: "factdeck.apkg",
    contentType: "application/octet-stream",
    build: (bank, now, stamps) => buildApkg(bank, now, { stamps }),
  },
  anki: { fileName: "factdeck-anki.txt", contentType: "text/plain; charset=utf-8", build: ankiText },
  "anki-questions": { fileName: "factdeck-anki-questions.txt", contentType: "text/plain; charset=utf-8", build: ankiQuestionsText },
  csv: { fileName: "factdeck.csv", contentType: "text/csv; charset=utf-8", build: csvFile },
  quizlet: { fileName: "factdeck-quizlet.txt", contentType: "text/plain; charset=utf-8", build: quizletFile },
  json: {
    fileName: "factdeck.json",
    contentType: "application/json; charset=utf-8",
    build: (bank) => `${JSON.stringify(exportRows(bank), null, 2)}\n`,
  },
};

/**
 * The bank's studied content in one format (no student's progress: every export is the same for
 * every student; the .apkg with scheduling is app/api/export/apkg-progress). Text formats are
 * strings; the Anki package is bytes.
 *
 * @param stamps the notes' modification times (`content/anki-notes.lock.json`), for the .apkg
 */
export function exportBank(
  bank: Bank,
  format: ExportFormat,
  now: Date = new Date(),
  stamps: NoteStamps = EMPTY_NOTE_STAMPS,
): string | Uint8Array {
  return EXPORT_FORMATS[format].build(bank, now, stamps);
}
