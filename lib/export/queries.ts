import "server-only";
import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import { resolveContentDir } from "@/lib/content/startup";
import { getStudySettings } from "@/lib/settings/queries";
import type { StudentScheduling } from "./apkg-progress";
import { readNoteStamps } from "./note-stamps-file";
import type { NoteStamps } from "./schemas";

let stamps: NoteStamps | undefined;

/** The notes' modification times (`content/anki-notes.lock.json`), read once per process like the bank. */
export function getNoteStamps(): NoteStamps {
  stamps ??= readNoteStamps(resolveContentDir(env.CONTENT_DIR));
  return stamps;
}

/**
 * What an .apkg with scheduling needs of one student: their study options, every card state and
 * every review (`ReviewLog`; cram ratings that did not count are in `CramReview` and stay out).
 * Only rows of `userId`.
 */
export async function getAnkiScheduling(db: Db, userId: string): Promise<StudentScheduling> {
  const [settings, cards, reviews] = await Promise.all([
    getStudySettings(db, userId),
    db.card.findMany({
      where: { userId },
      select: {
        flashcardId: true,
        due: true,
        stability: true,
        difficulty: true,
        scheduledDays: true,
        learningSteps: true,
        reps: true,
        lapses: true,
        state: true,
        lastReview: true,
        isSuspended: true,
        resetAt: true,
        updatedAt: true,
      },
      orderBy: { flashcardId: "asc" },
    }),
    db.reviewLog.findMany({
      where: { userId },
      select: { rating: true, reviewedAt: true, durationMs: true, state: true, previous: true, card: { select: { flashcardId: true } } },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return {
    settings: { ...settings, fsrsParameters: settings.fsrsParameters ?? null },
    cards,
    reviews: reviews.map(({ card, ...review }) => ({ ...review, flashcardId: card.flashcardId })),
  };
}
