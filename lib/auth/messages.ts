import { MIN_PASSWORD_LENGTH } from "./password";

/**
 * better-auth error codes → what a student should read. One place, so every
 * form says the same thing for the same failure.
 */
const MESSAGES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "That email and password don't match. Check both and try again.",
  USER_ALREADY_EXISTS: "An account with this email already exists. Sign in instead.",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "An account with this email already exists. Sign in instead.",
  PASSWORD_TOO_SHORT: `Use a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
  FIELD_TOO_LONG: "That is too long: keep the name under 100 characters and the email under 254.",
  PASSWORD_TOO_COMMON: "That password is too common. Choose one that is harder to guess.",
  PASSWORD_TOO_LONG: "Use a password of at most 128 characters.",
  INVALID_EMAIL: "Enter a valid email address.",
  // better-auth's request validation: on our forms only the email can fail it (B5).
  VALIDATION_ERROR: "Enter a valid email address, like name@example.com.",
  INVALID_PASSWORD: "Your current password is not right.",
  SESSION_EXPIRED: "Your session has expired. Sign in again to continue.",
  TOO_MANY_REQUESTS: "Too many attempts. Wait a minute and try again.",
  // A sign-in from an address this server was not told about (a proxy's name, say): not the network (B6).
  INVALID_ORIGIN:
    "This server doesn't accept sign-ins at this address. Open Factdeck at the address it was set up with, or ask whoever runs it to add this one to AUTH_TRUSTED_HOSTS.",
  INVALID_TOKEN: "This reset link has expired or was already used. Ask for a new one below.",
};

/** A plausible address: something@something.something, no spaces (the server checks it properly). */
export function looksLikeEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

export function authErrorMessage(error: { code?: string; status?: number; message?: string } | null | undefined): string {
  if (!error) return "Something went wrong. Try again.";
  // The per-account throttle (lib/auth/handler.ts) says how long to wait; better-auth's own 429 doesn't.
  if ((error.code === "ACCOUNT_SIGN_IN_THROTTLED" || error.code === "PASSWORD_RESET_THROTTLED") && error.message) return error.message;
  if (error.status === 429) return MESSAGES.TOO_MANY_REQUESTS!;
  if (error.code && MESSAGES[error.code]) return MESSAGES[error.code]!;
  return "Something went wrong. Check your connection and try again.";
}
