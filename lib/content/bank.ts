import type { z } from "zod";
import {
  deckFileSchema,
  factsFileSchema,
  flashcardsFileSchema,
  questionsFileSchema,
  type DeckFile,
  type Fact,
  type Flashcard,
  type Question,
  type Section,
} from "./schemas";
import { checkCoverage, checkFactQuotes, checkFlashcards, checkLock, checkQuestions } from "./checks";
import { retiredInLock } from "./lock-file";
import { checkPullQuotes } from "./pull-quotes";
import type { Retirement } from "./retire";
import { parseSource, type SourceParagraph } from "./source";

/** One problem in one content file, precise enough to fix without searching. */
export interface ContentProblem {
  /** Path of the file, relative to the repository (e.g. `content/sections/relos/facts.json`). */
  file: string;
  /** The item's id, or null when the problem is not inside an item. */
  id: string | null;
  /** The field, as a dotted path inside the item (`options`, `tempting.option`, `pairs.2.left`). */
  field: string;
  message: string;
}

/** Thrown when any content file is invalid; the bank is never returned half-built. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `The question bank has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map(formatProblem).join("\n")}`,
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file} · id ${problem.id ?? "-"} · field ${problem.field || "-"}: ${problem.message}`;
}

export type SectionId = string;
export type BankFact = Fact & { sectionId: SectionId };
export type BankFlashcard = Flashcard & { sectionId: SectionId };
export type BankQuestion = Question & { sectionId: SectionId };

export interface BankSection extends Section {
  order: number;
  paragraphs: SourceParagraph[];
  /** The section's active (not retired) facts, flashcards and questions. */
  factIds: string[];
  flashcardIds: string[];
  questionIds: string[];
}

/** The whole validated deck, as the app, the CLI and the tests see it. */
export interface Bank {
  deck: Omit<DeckFile, "sections">;
  sections: BankSection[];
  facts: Map<string, BankFact>;
  flashcards: Map<string, BankFlashcard>;
  questions: Map<string, BankQuestion>;
  paragraphs: SourceParagraph[];
  /**
   * Retired items (ids.lock.json): still in the maps above, so history resolves, but never
   * studied, drawn or counted as due. Use activeFlashcards / activeQuestions (./retire) to list what is studied.
   */
  retired: Retirement;
}

/** A content file as read from disk or made in memory. */
export interface RawFile {
  path: string;
  text: string;
}

export interface RawBank {
  deck: RawFile;
  source: RawFile;
  /** Every file under `content/sections/`. */
  sectionFiles: RawFile[];
  /** `content/ids.lock.json`: ids once published, which must never disappear, and the retired ones. */
  lock?: RawFile;
}

export interface BuildOptions {
  /** Check only these sections' files for presence (for authors working on a few sections at a time). */
  onlySections?: string[];
}

const SECTION_FILE = /(?:^|\/)sections\/([^/]+)\/(facts|flashcards|questions)\.json$/;

/**
 * Validate every file and cross-check them against each other and the source.
 * Returns the bank only when there is no problem at all.
 *
 * @throws {ContentError} listing every problem found, each with file, id and field.
 * @example const bank = buildBank(readRawBank("content"));
 */
export function buildBank(raw: RawBank, options: BuildOptions = {}): Bank {
  const problems: ContentProblem[] = [];
  const report = (file: string, id: string | null, field: string, message: string) => problems.push({ file, id, field, message });

  // 1. The deck manifest and the source text.
  const deck = parseFile(raw.deck, deckFileSchema, "sections", problems);
  if (!deck) throw new ContentError(problems);
  const sectionIds = new Set<string>();
  for (const [index, section] of deck.sections.entries()) {
    if (sectionIds.has(section.id)) report(raw.deck.path, section.id, `sections.${index}.id`, "Section id is used twice.");
    sectionIds.add(section.id);
  }
  const parsed = parseSource(raw.source.text, deck.sections);
  for (const id of parsed.missingStarts) {
    report(raw.deck.path, id, "start", `The section's start line was not found in ${raw.source.path} (after the previous section).`);
  }

  // 2. Each section file, by kind.
  const facts = new Map<string, BankFact>();
  const flashcards = new Map<string, BankFlashcard>();
  const questions = new Map<string, BankQuestion>();
  const idOwner = new Map<string, string>();
  const claimId = (id: string, file: string, field: string) => {
    const owner = idOwner.get(id);
    if (owner) {
      report(file, id, field, `Id is already used in ${owner}; ids must be unique across facts, flashcards and questions.`);
      return false;
    }
    idOwner.set(id, file);
    return true;
  };
  const itemFile = new Map<string, string>();
  const seenKinds = new Map<string, Set<string>>();

  // Article order: sections as the deck lists them, then facts → flashcards → questions.
  const sectionOrder = new Map(deck.sections.map((section, index) => [section.id, index]));
  const fileRank = (file: RawFile) => {
    const [, folder = "", kind = ""] = SECTION_FILE.exec(file.path) ?? [];
    return [sectionOrder.get(folder) ?? Number.MAX_SAFE_INTEGER, ["facts", "flashcards", "questions"].indexOf(kind)] as const;
  };
  const ordered = [...raw.sectionFiles].sort((a, b) => {
    const [sa, ka] = fileRank(a);
    const [sb, kb] = fileRank(b);
    return sa - sb || ka - kb || a.path.localeCompare(b.path);
  });
  for (const file of ordered) {
    const match = SECTION_FILE.exec(file.path);
    if (!match) {
      report(file.path, null, "", "Unexpected file: section folders hold facts.json, flashcards.json and questions.json only.");
      continue;
    }
    const [, folder = "", kind = ""] = match;
    if (!sectionIds.has(folder)) {
      report(file.path, null, "section", `Folder "${folder}" is not a section of ${raw.deck.path}.`);
      continue;
    }
    const kinds = seenKinds.get(folder) ?? new Set<string>();
    kinds.add(kind);
    seenKinds.set(folder, kinds);

    if (kind === "facts") {
      const data = parseFile(file, factsFileSchema, "facts", problems);
      if (!data || !checkSectionField(file, data.section, folder, report)) continue;
      for (const fact of data.facts) {
        if (!claimId(fact.id, file.path, "id")) continue;
        facts.set(fact.id, { ...fact, sectionId: folder });
        itemFile.set(fact.id, file.path);
      }
    } else if (kind === "flashcards") {
      const data = parseFile(file, flashcardsFileSchema, "flashcards", problems);
      if (!data || !checkSectionField(file, data.section, folder, report)) continue;
      for (const card of data.flashcards) {
        if (!claimId(card.id, file.path, "id")) continue;
        flashcards.set(card.id, { ...card, sectionId: folder });
        itemFile.set(card.id, file.path);
      }
    } else {
      const data = parseFile(file, questionsFileSchema, "questions", problems);
      if (!data || !checkSectionField(file, data.section, folder, report)) continue;
      for (const question of data.questions) {
        if (!claimId(question.id, file.path, "id")) continue;
        questions.set(question.id, { ...question, sectionId: folder });
        itemFile.set(question.id, file.path);
      }
    }
  }
  for (const section of deck.sections) {
    if (options.onlySections && !options.onlySections.includes(section.id)) continue;
    const kinds = seenKinds.get(section.id) ?? new Set<string>();
    for (const kind of ["facts", "flashcards", "questions"]) {
      if (!kinds.has(kind)) {
        report(
          `content/sections/${section.id}/${kind}.json`,
          null,
          "",
          "File is missing: every section has facts, flashcards and questions.",
        );
      }
    }
  }

  // 3–6. Cross-checks between files and against the source (lib/content/checks.ts).
  const fileOf = (id: string) => itemFile.get(id) ?? "?";
  checkFactQuotes(facts, parsed, raw.source.path, fileOf, report);
  // Pull-quotes restate the body: an active fact quotes the body, not the box (retired facts may).
  const isRetiredByLock = retiredInLock(raw.lock);
  checkPullQuotes(
    deck.pullQuotes,
    parsed.paragraphs,
    [...facts.values()].filter((fact) => !isRetiredByLock(fact.id)),
    {
      start: (index, start) =>
        report(raw.deck.path, null, `pullQuotes.${index}`, `No paragraph of ${raw.source.path} starts with "${start}".`),
      fact: (id) =>
        report(
          fileOf(id),
          id,
          "quote",
          "The quote is only in a pull-quote, which restates body text: quote the body's words in the section they belong to, or retire the fact (ids.lock.json).",
        ),
    },
  );
  checkFlashcards(flashcards, facts, parsed, fileOf, report);
  checkQuestions(questions, facts, fileOf, report);

  // 7. Stable ids: anything published once stays, because progress is stored under it; retired ids stay too.
  const retired: Retirement = raw.lock
    ? checkLock(raw.lock, idOwner, { facts, flashcards, questions }, problems, report)
    : { ids: new Set(), duplicateOf: new Map() };
  const active = (id: string) => !retired.ids.has(id);
  checkCoverage(facts, flashcards, questions, active, fileOf, report);

  if (problems.length > 0) throw new ContentError(problems);

  const sections: BankSection[] = deck.sections.map((section, order) => ({
    ...section,
    order,
    paragraphs: parsed.paragraphs.filter((p) => p.sectionId === section.id),
    factIds: [...facts.values()].filter((f) => f.sectionId === section.id && active(f.id)).map((f) => f.id),
    flashcardIds: [...flashcards.values()].filter((c) => c.sectionId === section.id && active(c.id)).map((c) => c.id),
    questionIds: [...questions.values()].filter((q) => q.sectionId === section.id && active(q.id)).map((q) => q.id),
  }));
  const { sections: _omit, ...deckMeta } = deck;
  return { deck: deckMeta, sections, facts, flashcards, questions, paragraphs: parsed.paragraphs, retired };
}

function parseFile<T extends z.ZodType>(file: RawFile, schema: T, itemsKey: string, problems: ContentProblem[]): z.infer<T> | null {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    problems.push({ file: file.path, id: null, field: "", message: `Not valid JSON: ${(error as Error).message}` });
    return null;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    let id: string | null = null;
    let field = path.join(".");
    // Inside an item of the file's list: name the item by its id and the field within it.
    if (path[0] === itemsKey && path.length >= 2) {
      const item = (json as Record<string, unknown[]>)[itemsKey]?.[Number(path[1])];
      const rawId = item && typeof item === "object" ? (item as { id?: unknown }).id : undefined;
      id = typeof rawId === "string" ? rawId : `#${path[1]} (no id)`;
      field = path.slice(2).join(".") || "(item)";
    }
    problems.push({ file: file.path, id, field, message: issue.message });
  }
  return null;
}

function checkSectionField(
  file: RawFile,
  declared: string,
  folder: string,
  report: (file: string, id: string | null, field: string, message: string) => void,
): boolean {
  if (declared === folder) return true;
  report(file.path, null, "section", `The file says section "${declared}" but lives in folder "${folder}".`);
  return false;
}
