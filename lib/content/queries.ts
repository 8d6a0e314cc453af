import "server-only";
import { loadBank } from "./read";
import type { Bank } from "./bank";

let cached: Bank | undefined;

/**
 * The validated bank, loaded once per server process. A bad bank throws a
 * ContentError naming file, item and field; the app never serves part of a bank.
 */
export function getBank(): Bank {
  cached ??= loadBank();
  return cached;
}
