import "server-only";
import { env } from "@/lib/env";
import { loadBank } from "./read";
import { getStartupBank, resolveContentDir } from "./startup";
import type { Bank } from "./bank";

let cached: Bank | undefined;

/**
 * The validated bank, loaded once per server process: the one instrumentation.ts
 * checked at start-up (so a file broken later changes nothing), else loaded here.
 * A bad bank throws a ContentError naming file, item and field; the app never
 * serves part of a bank.
 */
export function getBank(): Bank {
  cached ??= getStartupBank() ?? loadBank(resolveContentDir(env.CONTENT_DIR));
  return cached;
}
