/**
 * What a student types to confirm deleting their account. In its own module,
 * not schemas.ts: the delete form needs only this text, and importing it from
 * schemas.ts shipped all of zod (~31 kB gzip) to the browser with /account.
 */
export const DELETE_CONFIRMATION = "delete my account";
