/** The one minimum password length: better-auth's config, the forms' checks and their messages all read it. */
export const MIN_PASSWORD_LENGTH = 8;
