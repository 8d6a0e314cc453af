/**
 * Every expected failure, in one table: its code, the HTTP status a route handler answers with,
 * and what the student reads. Domain code throws `new AppError(code)`; actions turn it into an
 * `ActionResult` (`failure`, `lib/action-result.ts`) and route handlers into a JSON reply
 * (`errorResponse`, `lib/http/route.ts`), both through this table, so a code can't be shown with
 * another code's message. Unexpected failures are plain `Error`s: logged, and a generic 500 or
 * `error.tsx`.
 *
 * Status rule (README, "Contributing"): 400 for input that can't be read or fails its schema
 * (validation errors, an answer that doesn't fit its question); 401 signed out; 403 cross-site;
 * 404 missing or someone else's; 409 a state that forbids the change; 413 too large; 422 a
 * well-formed request the content can't satisfy (no question matches the quiz's settings).
 */
export const ERRORS = {
  invalid_input: { status: 400, message: "Some fields need fixing." },
  signed_out: { status: 401, message: "Sign in (or start as a guest) to continue." },
  cross_site: { status: 403, message: "Cross-site requests are not allowed." },
  too_large: { status: 413, message: "That request is too large." },
  reauth_required: { status: 403, message: "Enter your current password to continue." },
  rate_limited: { status: 429, message: "You are doing that too often. Wait a little and try again." },
  internal: { status: 500, message: "Something went wrong on our side. Try again." },
  // Said by the page itself (no request got through): starting a quiz needs the server's clock and questions.
  needs_network: {
    status: 503,
    message: "Starting a quiz needs the network, and this device is offline. Your studying is kept; try again once you're back online.",
  },

  // Flashcards
  unknown_card: { status: 404, message: "That card is no longer in the deck. Reload to get the current queue." },
  no_such_card: { status: 404, message: "You have no such card. Reload the page." },
  nothing_to_undo: { status: 409, message: "There is no rating to undo." },
  newer_rating: {
    status: 409,
    message: "Another rating came after that one (perhaps in another tab). Undo goes back one rating at a time, from the latest.",
  },
  too_few_reviews_to_train: { status: 409, message: "Training needs more reviews. Keep studying and try again." },
  no_trained_parameters: { status: 409, message: "There are no new parameters to keep. Optimize first." },
  nothing_to_discard: { status: 409, message: "There are no new parameters to discard." },

  // Quizzes
  attempt_not_found: { status: 404, message: "That quiz doesn't exist, or it isn't yours." },
  attempt_submitted: { status: 409, message: "This quiz has already been submitted; its answers can't change." },
  time_up: { status: 409, message: "Time is up: answers after the deadline aren't counted." },
  /** An answer that can't belong to the question it names (wrong kind, unknown option, question not in the quiz). */
  invalid_answer: { status: 400, message: "That answer doesn't fit the question." },
  /** Starting a quiz while another is still open: the student chooses to resume it or abandon it. */
  quiz_open: { status: 409, message: "You have a quiz in progress. Resume it, or abandon it to start a new one." },
  no_questions: { status: 422, message: "No questions match those choices. Pick more sections, kinds or difficulties." },
  unknown_section: { status: 400, message: "Pick sections from the list." },
  /** "I was right" on an answer that isn't a typed answer marked wrong (or an attempt still open). */
  not_overridable: { status: 409, message: "Only a typed answer that was marked wrong can be claimed right, once the quiz is submitted." },

  // Missed questions
  not_missed: { status: 404, message: "That question isn't on your Missed list." },
  nothing_to_practise: { status: 409, message: "Nothing to practise: you have no missed questions left here." },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/**
 * An expected failure. `message` overrides the table's text where it needs details (which
 * field, how many); `field` names the input it is about, for field errors.
 *
 * @example
 * throw new AppError("attempt_not_found");
 * throw new AppError("invalid_answer", { field: "answer.choice", message: "That choice is not one of the question's options." });
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(code: ErrorCode, options: { message?: string; field?: string } = {}) {
    super(options.message ?? ERRORS[code].message);
    this.name = "AppError";
    this.code = code;
    this.field = options.field;
  }

  get status(): number {
    return ERRORS[this.code].status;
  }
}

/** Is `error` an expected failure (of one of `codes`, when given)? */
export function isAppError(error: unknown, ...codes: ErrorCode[]): error is AppError {
  return error instanceof AppError && (codes.length === 0 || codes.includes(error.code));
}
