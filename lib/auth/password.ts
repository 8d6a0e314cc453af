/**
 * The one minimum length for a new password (ASVS 2.1.1): better-auth's config, the forms' checks
 * and their messages all read it. Sign-in checks no length, so an older 8-character password still
 * works; the student is asked to choose a new one (User.passwordChangeDue).
 */
export const MIN_PASSWORD_LENGTH = 12;
