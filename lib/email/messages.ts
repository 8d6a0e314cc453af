/** The emails the app sends, as plain text (no HTML: nothing in them needs it). Pure. */

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** How long a password-reset link works (better-auth's `resetPasswordTokenExpiresIn`). */
export const RESET_LINK_LIFETIME_SECONDS = 60 * 60;

export function passwordResetEmail(to: string, url: string): EmailMessage {
  return {
    to,
    subject: "Reset your Factdeck password",
    text: [
      "Someone (we hope you) asked to reset the password of your Factdeck account.",
      "",
      "Choose a new password here:",
      url,
      "",
      `The link works once, for ${RESET_LINK_LIFETIME_SECONDS / 60} minutes. If you did not ask for it, ignore this email: your password stays as it is.`,
    ].join("\n"),
  };
}
