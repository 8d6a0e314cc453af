// Common passwords of 12 characters or more, most common first: the entries of that length in the
// passwords list of @zxcvbn-ts/language-common 4.1.3 (MIT; (c) 2012-2016 Dan Wheeler and Dropbox, Inc.,
// (c) 2021 @zxcvbn-ts), lower-cased. Shorter ones need no list: a new password is at least 12 long.
// Shipped with the app as data (no download); regenerate from that package to update it.
import COMMON_PASSWORDS from "@/vendor/common-passwords.json";
import { MIN_PASSWORD_LENGTH } from "./password";

// Server-side only by use (the list stays out of the browser bundle); pure.

const common: ReadonlySet<string> = new Set<string>(COMMON_PASSWORDS);

/** On the shipped list of common passwords, or one character over and over. Pure. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return common.has(lower) || /^(.)\1*$/su.test(password);
}

/** An existing password below today's rules: the student is asked to change it. */
export function passwordChangeDue(password: string): boolean {
  return password.length < MIN_PASSWORD_LENGTH || isCommonPassword(password);
}
