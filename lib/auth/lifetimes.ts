/** A session this young may delete the account without the password (ASVS: re-authentication). */
export const FRESH_SESSION_SECONDS = 10 * 60;

/**
 * However active, a session with a password behind it ends this long after its sign-in (better-auth
 * only slides `expiresAt`). A guest's session keeps sliding: the cookie is a guest's only way in.
 */
export const SESSION_ABSOLUTE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
