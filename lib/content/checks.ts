import { parseCloze } from "./format";
import type { BankFact, BankFlashcard, BankQuestion, ContentProblem, RawFile } from "./bank";
import { checkFormula } from "./formula";
import { parseLock } from "./lock-file";
import { resolveRetirement, type Retirement } from "./retire";
import { normalizeLoose, normalizeText, numbersIn, type ParsedSource } from "./source";

// The cross-file rules of the bank (buildBank's phases 3 to 7): each check reports every
// problem it finds and stops nothing, so an author sees all of them at once.

export type Report = (file: string, id: string | null, field: string, message: string) => void;
/** The file an item came from, for its problem lines. */
export type FileOf = (id: string) => string;

/** Facts: the quote is the article's own words, in the fact's own section. */
export function checkFactQuotes(
  facts: Map<string, BankFact>,
  parsed: ParsedSource,
  sourcePath: string,
  fileOf: FileOf,
  report: Report,
): void {
  for (const fact of facts.values()) {
    const quote = normalizeText(fact.quote);
    const own = parsed.sectionText.get(fact.sectionId) ?? "";
    if (own.includes(quote)) continue;
    const elsewhere = [...parsed.sectionText.entries()].find(([, text]) => text.includes(quote));
    report(
      fileOf(fact.id),
      fact.id,
      "quote",
      elsewhere
        ? `The quote is in section "${elsewhere[0]}", not in "${fact.sectionId}".`
        : `The quote does not occur verbatim in ${sourcePath} (only whitespace and typographic quotes are normalised).`,
    );
  }
}

/** Flashcards: they point at a fact, and their answers come from its quote. */
export function checkFlashcards(
  flashcards: Map<string, BankFlashcard>,
  facts: Map<string, BankFact>,
  parsed: ParsedSource,
  fileOf: FileOf,
  report: Report,
): void {
  for (const card of flashcards.values()) {
    const fact = facts.get(card.factId);
    if (!fact) {
      report(fileOf(card.id), card.id, "factId", `No fact has id "${card.factId}".`);
      continue;
    }
    if (card.kind === "typein") {
      if (!normalizeLoose(fact.quote).includes(normalizeLoose(card.answer))) {
        report(fileOf(card.id), card.id, "answer", `The answer "${card.answer}" does not appear in the quote of fact ${fact.id}.`);
      }
    } else if (card.kind === "cloze") {
      const cloze = parseCloze(card.text);
      const deletion = cloze?.answer ?? "";
      const plain = normalizeText(cloze ? cloze.before + cloze.answer + cloze.after : card.text);
      const sectionText = parsed.sectionText.get(fact.sectionId) ?? "";
      if (!sectionText.includes(plain)) {
        report(fileOf(card.id), card.id, "text", "Without its {{ }} marks, the cloze text must be the article's own words.");
      } else if (!normalizeText(fact.quote).includes(normalizeText(deletion))) {
        report(fileOf(card.id), card.id, "text", `The deletion "${deletion}" does not appear in the quote of fact ${fact.id}.`);
      }
    }
  }
}

/** Questions: references, answers among options, numbers from the quote. */
export function checkQuestions(questions: Map<string, BankQuestion>, facts: Map<string, BankFact>, fileOf: FileOf, report: Report): void {
  for (const question of questions.values()) {
    const file = fileOf(question.id);
    const fact = facts.get(question.factId);
    if (!fact) report(file, question.id, "factId", `No fact has id "${question.factId}".`);
    for (const [index, related] of question.relatedFactIds.entries()) {
      if (!facts.has(related)) report(file, question.id, `relatedFactIds.${index}`, `No fact has id "${related}".`);
    }
    switch (question.kind) {
      case "mcq": {
        const seen = new Set<string>();
        for (const [index, option] of question.options.entries()) {
          const key = normalizeLoose(option);
          if (seen.has(key)) report(file, question.id, `options.${index}`, `Option "${option}" is listed twice; options must be distinct.`);
          seen.add(key);
        }
        if (!question.options.includes(question.answer)) {
          report(file, question.id, "answer", `The answer "${question.answer}" is not one of the options.`);
        }
        if (!question.options.includes(question.tempting.option)) {
          report(file, question.id, "tempting.option", `"${question.tempting.option}" is not one of the options.`);
        } else if (question.tempting.option === question.answer) {
          report(file, question.id, "tempting.option", "The tempting option must be a wrong one, not the answer.");
        }
        break;
      }
      case "numeric": {
        if (!fact) break;
        const passages = [fact, ...question.relatedFactIds.map((id) => facts.get(id))]
          .filter((f): f is BankFact => Boolean(f))
          .map((f) => f.quote)
          .join(" ");
        const available = numbersIn(passages);
        if (question.formula !== undefined) {
          checkFormula(question, available, fact.id, (field, message) => report(file, question.id, field, message));
          break;
        }
        const wanted = question.range ? [question.range.min, question.range.max] : [question.value ?? Number.NaN];
        for (const number of wanted) {
          if (!available.some((candidate) => Math.abs(candidate - number) < 1e-9)) {
            report(file, question.id, question.range ? "range" : "value", `${number} does not appear in the quote of fact ${fact.id}.`);
          }
        }
        break;
      }
      case "matching": {
        for (const side of ["left", "right"] as const) {
          const seen = new Set<string>();
          for (const [index, pair] of question.pairs.entries()) {
            const key = normalizeLoose(pair[side]);
            if (seen.has(key)) report(file, question.id, `pairs.${index}.${side}`, `"${pair[side]}" appears twice on the ${side}.`);
            seen.add(key);
          }
        }
        break;
      }
      case "written": {
        if (question.accepted.some((alt) => normalizeLoose(alt) === normalizeLoose(question.answer))) {
          report(file, question.id, "accepted", "An accepted alternative repeats the answer.");
        }
        break;
      }
      case "truefalse":
        break;
    }
  }
}

/** Every active fact is studied: at least one active flashcard and two active questions; no active item stands on a retired fact. */
export function checkCoverage(
  facts: Map<string, BankFact>,
  flashcards: Map<string, BankFlashcard>,
  questions: Map<string, BankQuestion>,
  active: (id: string) => boolean,
  fileOf: FileOf,
  report: Report,
): void {
  const cardsPerFact = countBy(
    [...flashcards.values()].filter((card) => active(card.id)),
    (card) => card.factId,
  );
  const questionsPerFact = countBy(
    [...questions.values()].filter((question) => active(question.id)),
    (question) => question.factId,
  );
  for (const item of [...flashcards.values(), ...questions.values()]) {
    if (active(item.id) && !active(item.factId))
      report(fileOf(item.id), item.id, "factId", `Fact ${item.factId} is retired; move the item to an active fact or retire it.`);
  }
  for (const fact of facts.values()) {
    if (!active(fact.id)) continue;
    if ((cardsPerFact.get(fact.id) ?? 0) < 1) {
      report(fileOf(fact.id), fact.id, "id", "No flashcard tests this fact; add at least one.");
    }
    if ((questionsPerFact.get(fact.id) ?? 0) < 2) {
      report(fileOf(fact.id), fact.id, "id", `Only ${questionsPerFact.get(fact.id) ?? 0} question(s) test this fact; add at least two.`);
    }
  }
}

/** Stable ids: anything published once stays, because progress is stored under it; then the retired list is resolved. */
export function checkLock(
  lockFile: RawFile,
  idOwner: Map<string, string>,
  items: Parameters<typeof resolveRetirement>[2],
  problems: ContentProblem[],
  report: Report,
): Retirement {
  const lock = parseLock(lockFile, problems);
  for (const id of lock.ids) {
    if (!idOwner.has(id)) {
      report(
        lockFile.path,
        id,
        "id",
        "This id was published and is gone: students' progress is stored under it. Restore it, or keep the item under the same id.",
      );
    }
  }
  return resolveRetirement(lock.retired, new Set(lock.ids), items, (id, field, message) => report(lockFile.path, id, field, message));
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
