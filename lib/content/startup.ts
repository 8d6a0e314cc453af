import path from "node:path";
import { ContentError, formatProblem, type Bank } from "./bank";
import { loadBank } from "./read";

/**
 * The bank validated when the server started, kept on `globalThis`: Next loads
 * instrumentation.ts and the routes as separate module graphs in one process,
 * so a module variable would not be shared between them.
 */
const globalForBank = globalThis as unknown as { factdeckStartupBank?: Bank };

/** The bank folder of this process: `contentDir` (CONTENT_DIR) or content/ of the working directory. */
export function resolveContentDir(contentDir: string | undefined): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), contentDir ?? "content");
}

/**
 * Validate the whole bank before the server takes any request. On a bad file it
 * returns the lines to print (file · id · field: message per problem) instead of
 * a bank, so the caller can refuse to start: no request ever sees part of a bank.
 *
 * @example const result = loadStartupBank(process.env.CONTENT_DIR); if (!result.ok) process.exit(1);
 */
export function loadStartupBank(contentDir: string | undefined): { ok: true; bank: Bank } | { ok: false; lines: string[] } {
  const dir = resolveContentDir(contentDir);
  try {
    const bank = loadBank(dir);
    globalForBank.factdeckStartupBank = bank;
    return { ok: true, bank };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return {
      ok: false,
      lines: [
        `Factdeck will not start: the question bank in ${dir} has ${error.problems.length} problem(s).`,
        ...error.problems.map(formatProblem),
        "Fix the files (npm run content:check lists the same problems) and start again.",
      ],
    };
  }
}

/**
 * For instrumentation.ts: validate the bank or end the process with a message
 * naming each bad file, item and field. Node.js runtime only.
 */
export function checkBankOrExit(contentDir: string | undefined): void {
  const result = loadStartupBank(contentDir);
  if (!result.ok) {
    // Refuse to start rather than serve a partial or empty bank.
    for (const line of result.lines) console.error(line);
    process.exit(1);
  }
  const { bank } = result;
  console.log(`Question bank loaded: ${bank.facts.size} facts, ${bank.flashcards.size} flashcards, ${bank.questions.size} questions.`);
}

/** The bank validated at start-up, if this process ran instrumentation.ts. */
export function getStartupBank(): Bank | undefined {
  return globalForBank.factdeckStartupBank;
}
