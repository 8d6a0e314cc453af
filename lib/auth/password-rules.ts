import { COMMON_PASSWORDS } from "./common-passwords";
import { MIN_PASSWORD_LENGTH } from "./password";

// Server-side only by use (the list stays out of the browser bundle); pure.

const common = new Set(COMMON_PASSWORDS);

/** On the shipped list of common passwords, or one character over and over. Pure. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return common.has(lower) || /^(.)\1*$/su.test(password);
}

/** An existing password below today's rules: the student is asked to change it. */
export function passwordChangeDue(password: string): boolean {
  return password.length < MIN_PASSWORD_LENGTH || isCommonPassword(password);
}
