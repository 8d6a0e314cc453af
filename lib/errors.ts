/** Expected domain failures. Each maps to one user-facing message in `errorMessage`. */
export class UnknownFlashcardError extends Error {
  constructor(readonly flashcardId: string) {
    super(`No flashcard has id ${flashcardId}.`);
    this.name = "UnknownFlashcardError";
  }
}

export class NothingToUndoError extends Error {
  constructor() {
    super("There is no rating to undo.");
    this.name = "NothingToUndoError";
  }
}

export type DomainError = UnknownFlashcardError | NothingToUndoError;

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof UnknownFlashcardError || error instanceof NothingToUndoError;
}

/** What the student reads for a domain error. */
export function errorMessage(error: DomainError): string {
  if (error instanceof UnknownFlashcardError) return "That card is no longer in the deck. Reload to get the current queue.";
  return "There is no rating to undo.";
}
