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

// ── Quizzes ─────────────────────────────────────────────────────────────────

/** No attempt with that id belongs to the student (it may exist for someone else: same answer, 404). */
export class NewerRatingError extends Error {
  constructor() {
    super("Another rating came after that one (perhaps in another tab). Undo goes back one rating at a time, from the latest.");
    this.name = "NewerRatingError";
  }
}

export class AttemptNotFoundError extends Error {
  constructor(readonly attemptId: string) {
    super("That quiz doesn't exist, or it isn't yours.");
    this.name = "AttemptNotFoundError";
  }
}

/** The attempt was already submitted: its answers and score are final. */
export class AttemptSubmittedError extends Error {
  constructor() {
    super("This quiz has already been submitted; its answers can't change.");
    this.name = "AttemptSubmittedError";
  }
}

/** The deadline (plus grace) has passed: later answers are not stored or counted. */
export class TimeUpError extends Error {
  constructor() {
    super("Time is up: answers after the deadline aren't counted.");
    this.name = "TimeUpError";
  }
}

/** An answer that can't belong to the question it names (wrong kind, unknown option, question not in the quiz). */
export class InvalidAnswerError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "InvalidAnswerError";
  }
}

/** The builder's settings match no question. */
export class NoQuestionsError extends Error {
  constructor() {
    super("No questions match those choices. Pick more sections, kinds or difficulties.");
    this.name = "NoQuestionsError";
  }
}

export type QuizError = AttemptNotFoundError | AttemptSubmittedError | TimeUpError | InvalidAnswerError | NoQuestionsError;

export function isQuizError(error: unknown): error is QuizError {
  return (
    error instanceof AttemptNotFoundError ||
    error instanceof AttemptSubmittedError ||
    error instanceof TimeUpError ||
    error instanceof InvalidAnswerError ||
    error instanceof NoQuestionsError
  );
}

/** The HTTP status of a quiz error for route handlers. */
export function quizErrorStatus(error: QuizError): 400 | 404 | 409 | 422 {
  if (error instanceof AttemptNotFoundError) return 404;
  if (error instanceof AttemptSubmittedError || error instanceof TimeUpError) return 409;
  if (error instanceof NoQuestionsError) return 422;
  return 400;
}
