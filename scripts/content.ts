// npm run content:check | content:coverage | content:export -- --format apkg|anki|anki-questions|csv|quizlet|json | content:lock
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ContentError, formatProblem, type Bank } from "../lib/content/bank";
import { checkCues } from "../lib/content/bank-checks";
import { coverageReport } from "../lib/content/coverage";
import { lockNoteStamps, unlockedNotes } from "../lib/export/apkg-notes";
import { exportBank, exportFormatSchema } from "../lib/export/formats";
import { NOTE_STAMPS_FILE, readNoteStamps, writeNoteStamps } from "../lib/export/note-stamps-file";
import { loadBank } from "../lib/content/read";
import { activeFlashcards, activeQuestions } from "../lib/content/retire";
import { lockFileSchema } from "../lib/content/schemas";

const contentDir = path.resolve(process.env.CONTENT_DIR ?? "content");

function load(): Bank {
  try {
    // CONTENT_ONLY=a,b checks only those sections for missing files (while a bank is being written).
    const only = process.env.CONTENT_ONLY?.split(",").filter(Boolean);
    return loadBank(contentDir, only ? { onlySections: only } : {});
  } catch (error) {
    if (error instanceof ContentError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error(`\ncontent:check failed: ${error.problems.length} problem(s) in ${path.relative(process.cwd(), contentDir) || "."}`);
      process.exit(1);
    }
    throw error;
  }
}

function pct(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** The file an item lives in, as content:check names it. */
function itemFile(bank: Bank) {
  const dir = path.relative(process.cwd(), contentDir) || ".";
  return (item: { id: string; sectionId: string }) =>
    `${dir}/sections/${item.sectionId}/${bank.flashcards.has(item.id) ? "flashcards" : "questions"}.json`;
}

function countKinds(items: Iterable<{ kind: string }>): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return [...counts.entries()].map(([kind, n]) => `${kind} ${n}`).join(", ");
}

const [command, ...args] = process.argv.slice(2);
switch (command) {
  case "check": {
    const started = performance.now();
    const bank = load();
    // Bank-level cue checks (lib/content/bank-checks.ts): shares across the bank, so they run here, not at start-up.
    const cues = checkCues(bank, { file: itemFile(bank), deckFile: path.join(path.relative(process.cwd(), contentDir), "deck.json") });
    const ms = performance.now() - started;
    const { trueFalse: tf, mcq } = cues.figures;
    const figures =
      `true/false ${tf.true}/${tf.total} true (${pct(tf.trueShare)}), 4-gram overlap with the article ${pct(tf.verbatimTrue)} true vs ${pct(tf.verbatimFalse)} false; ` +
      `MCQ answer longest in ${mcq.longest}/${mcq.total} (${pct(mcq.longestShare)}), stored at positions 1–4: ${mcq.positionShares.map(pct).join(" / ")}.`;
    if (cues.problems.length > 0) {
      for (const problem of cues.problems) console.error(formatProblem(problem));
      console.error(`\ncontent:check failed: ${cues.problems.length} cue problem(s). ${figures}`);
      process.exit(1);
    }
    const active = activeFlashcards(bank).length + activeQuestions(bank).length;
    console.log(
      `content:check passed in ${ms.toFixed(0)} ms: ${bank.sections.length} sections, ${bank.facts.size} facts, ` +
        `${bank.flashcards.size} flashcards (${countKinds(bank.flashcards.values())}), ` +
        `${bank.questions.size} questions (${countKinds(bank.questions.values())}); ` +
        `${bank.retired.ids.size} ids retired, ${active} cards and questions studied.\n${figures}`,
    );
    // Not a failure (the unit tests hold the lock to the bank): an unlocked note gets the export's
    // time. A bank without the lock file (a test fixture, a new bank) has not started one: no warning.
    const unlocked = existsSync(path.join(contentDir, NOTE_STAMPS_FILE)) ? unlockedNotes(bank, readNoteStamps(contentDir)) : [];
    if (unlocked.length > 0) {
      const named = `${unlocked.slice(0, 3).join(", ")}${unlocked.length > 3 ? ", …" : ""}`;
      console.warn(`${unlocked.length} Anki note(s) changed or new since the last lock (${named}): run npm run content:lock.`);
    }
    break;
  }
  case "coverage": {
    const report = coverageReport(load());
    console.log(report.text);
    process.exit(report.uncovered.length > 0 && args.includes("--strict") ? 1 : 0);
    break;
  }
  case "export": {
    const formatIndex = args.indexOf("--format");
    const format = exportFormatSchema.safeParse(formatIndex >= 0 ? args[formatIndex + 1] : "json");
    if (!format.success) {
      console.error(`Usage: npm run content:export -- --format ${exportFormatSchema.options.join("|")} > file`);
      process.exit(2);
    }
    process.stdout.write(exportBank(load(), format.data, new Date(), readNoteStamps(contentDir)));
    break;
  }
  case "lock": {
    const bank = load();
    const ids = [...bank.facts.keys(), ...bank.flashcards.keys(), ...bank.questions.keys()].sort();
    // Retired entries are kept as written: retiring is an author's decision, never a side effect of locking.
    const lockFile = path.join(contentDir, "ids.lock.json");
    const retired = existsSync(lockFile) ? lockFileSchema.parse(JSON.parse(readFileSync(lockFile, "utf8"))).retired : [];
    writeFileSync(lockFile, `${JSON.stringify({ ids, retired }, null, 2)}\n`);
    console.log(`Locked ${ids.length} ids in ${path.join(path.relative(process.cwd(), contentDir), "ids.lock.json")}.`);
    // The .apkg notes' modification times: a note whose exported content changed gets now.
    const stamps = readNoteStamps(contentDir);
    const changed = unlockedNotes(bank, stamps);
    writeNoteStamps(contentDir, lockNoteStamps(bank, stamps, new Date()));
    console.log(`Locked the Anki notes' times in ${NOTE_STAMPS_FILE}: ${changed.length} new or changed.`);
    break;
  }
  default:
    console.error("Usage: tsx scripts/content.ts check|coverage|export|lock");
    process.exit(2);
}
