import { readFigures, sameFigure } from "./figures";
import { prepareNumbers, readComparator, readNumber } from "./numbers";
import { canonicalWords, editDistanceAtMostOne, expandAbbreviations, splitParts, wordSet, type WordContext } from "./text";

/**
 * The one grader of typed answers: type-in flashcards, written and numeric quiz
 * questions, missed-question practice and the authors' `content:grade`. Pure.
 * It accepts what a student who knows the fact types (any order of a multi-part
 * answer, articles, hedges, titles, abbreviations, every common way of writing a
 * number, money or a date, singular or plural) and refuses a wrong figure, name or date.
 */

export interface NumericKey {
  value?: number;
  range?: { min: number; max: number };
  tolerance: number;
  unit: string;
}

export interface AnswerKey {
  /** The key first, then the other accepted answers. */
  accepted: readonly string[];
  /** The question as the student saw it: its words may be repeated in an answer. */
  prompt: string;
  /** Numeric questions: the value or range, tolerance and unit. */
  numeric?: NumericKey;
  /** Words that allow "over"/"under" in a numeric answer (the explanation quoting the article). */
  context?: string;
}

export interface TypedVerdict {
  correct: boolean;
  /** The accepted answer the typed one matched, or null. */
  matched: string | null;
  /** Why, for authors (`content:grade`) and tests. */
  reason: string;
  /** Shown to the student when a lenient rule accepted the answer. */
  note?: string;
}

const wrong = (reason: string): TypedVerdict => ({ correct: false, matched: null, reason });

/**
 * Grade one typed answer against its key.
 * @example gradeTyped("Rosneft & Lukoil", { accepted: ["Lukoil and Rosneft"], prompt: "Name the two firms." }).correct // true
 */
export function gradeTyped(given: string, key: AnswerKey): TypedVerdict {
  if (given.trim().length === 0) return wrong("no answer");
  if (key.numeric) return gradeNumeric(given, key.numeric, key.accepted[0] ?? "", `${key.prompt} ${key.context ?? ""}`);
  const prompt = wordSet(key.prompt);
  for (const accepted of key.accepted) {
    const rule = compareText(given, accepted, prompt);
    if (rule) return { correct: true, matched: accepted, reason: rule };
  }
  // One slip of the keyboard in a long word-only answer is forgiven.
  const typed = canonicalWords(given).join(" ");
  for (const accepted of key.accepted) {
    const target = canonicalWords(accepted).join(" ");
    if (target.length >= 8 && !/\d/.test(target) && editDistanceAtMostOne(typed, target)) {
      return { correct: true, matched: accepted, reason: "one letter off", note: "Accepted: one letter off." };
    }
  }
  return wrong("matches no accepted answer");
}

/** Which rule makes `given` the same answer as `accepted`, or null. */
function compareText(given: string, accepted: string, prompt: ReadonlySet<string>): string | null {
  const keyWords = canonicalWords(accepted);
  const context: WordContext = { prompt, key: new Set(keyWords) };
  if (/\d/.test(accepted)) return compareFigures(given, accepted, context);
  const typedWords = canonicalWords(expandAbbreviations(withoutAbbreviationInBrackets(given), accepted), context);
  if (typedWords.length === 0) return null;
  if (typedWords.join(" ") === keyWords.join(" ")) return "same words";
  const typedParts = splitParts(withoutAbbreviationInBrackets(given));
  const keyParts = splitParts(accepted);
  if (typedParts.length > 1 || keyParts.length > 1) {
    if (sameParts(typedParts, keyParts, context, accepted)) return "same parts, any order";
  }
  if (isSameBag(typedWords, keyWords)) return "same words, another order";
  return null;
}

/** "Ministry of External Affairs (MEA)": the bracketed abbreviation adds nothing. */
function withoutAbbreviationInBrackets(text: string): string {
  return text.replace(/\s*\(\s*[A-Za-z.]{2,8}\s*\)\s*/g, " ").trim() || text;
}

/** Multi-part answers: the same parts in any order; "the US/NATO bloc" shares "bloc" between its parts. */
function sameParts(typed: string[], key: string[], context: WordContext, accepted: string): boolean {
  const canon = (parts: string[]) =>
    parts.map((part) => canonicalWords(expandAbbreviations(part, accepted), context).join(" ")).filter(Boolean);
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join("|") === [...b].sort().join("|");
  const typedParts = canon(typed);
  const keyParts = canon(key);
  if (same(typedParts, keyParts)) return true;
  const last = keyParts.at(-1)?.split(" ") ?? [];
  if (keyParts.length < 2 || last.length < 2) return false;
  const head = last.at(-1)!;
  const dropHead = (parts: string[]) => parts.map((part) => part.replace(new RegExp(`(?:^| )${head}$`), "").trim()).filter(Boolean);
  return same(dropHead(typedParts), dropHead(keyParts));
}

/** Words whose order carries meaning ("from India to Russia"): then the order must match. */
const ORDER_WORDS = new Set([
  "to",
  "from",
  "than",
  "into",
  "versus",
  "vs",
  "before",
  "after",
  "over",
  "under",
  "against",
  "toward",
  "towards",
  "not",
]);

function isSameBag(typed: readonly string[], key: readonly string[]): boolean {
  if (typed.length < 2 || typed.length !== key.length) return false;
  if ([...typed, ...key].some((word) => /\d/.test(word) || ORDER_WORDS.has(word))) return false;
  return [...typed].sort().join(" ") === [...key].sort().join(" ");
}

/** Words that may stand next to a figure without changing it. */
const FIGURE_WORDS = new Set([
  "us",
  "dollar",
  "usd",
  "stake",
  "share",
  "per",
  "year",
  "annually",
  "annual",
  "a",
  "the",
  "on",
  "of",
  "around",
  "about",
  "approximately",
  "nearly",
  "roughly",
  "some",
  "an",
  "estimated",
  "between",
]);

/** Answers with figures: the same figures (value, unit, comparator, date) and no other words than the key's. */
function compareFigures(given: string, accepted: string, context: WordContext): string | null {
  const typed = readFigures(given);
  const key = readFigures(accepted);
  if (typed.figures.length === 0 || typed.figures.length !== key.figures.length) return null;
  if (!typed.figures.every((figure, i) => sameFigure(figure, key.figures[i]!))) return null;
  const keyRest = new Set(canonicalWords(key.rest));
  const extra = canonicalWords(typed.rest, context).filter(
    (word) => !keyRest.has(word) && !FIGURE_WORDS.has(word) && !context.prompt.has(word),
  );
  return extra.length === 0 ? "same figures" : null;
}

const OVER_WORDS = /\b(?:over|above|more than|greater than|exceed|exceeds|exceeded|exceeding|surpass|surpassed|surpassing|in excess of)\b/i;
const UNDER_WORDS = /\b(?:under|below|less than|fewer than|lower than)\b/i;

const NUMBER_WORDS =
  /^(?:bn|b|bln|billion|mn|m|mln|million|k|thousand|tn|trillion|crore|cr|lakhs?|years?|yrs?|decades?|centur(?:y|ies)|percent|dollars?|usd|us|and|to|or|in|by|of|per|a|an|the|over|around|about|approximately)$/;

/** The word after the number when it names another unit ("100 GW" for billions of dollars, "5 squadrons" for a share). */
function foreignUnit(given: string, unit: string, context: string): string | null {
  const s = prepareNumbers(given);
  const allowed = new Set([...canonicalWords(unit), ...canonicalWords(context)]);
  if (/%|\bpercent\b/.test(s) && !/percent|%/i.test(unit)) return "a percentage";
  if (/\$|\bdollars?\b/.test(s) && !/dollar|\$/i.test(unit)) return "dollars";
  const years = /\b(?:years?|decades?|centur(?:y|ies))\b/.test(s);
  if (years && !/\b(?:years?|decades?|centur(?:y|ies))\b/i.test(unit) && !/\byear/i.test(context)) return "years";
  const after = /\d(?:\.\d+)?\s*(?:(?:bn|billion|million|mn|thousand|k|trillion)\b)?\s*([a-z]+)/.exec(s)?.[1];
  if (!after || NUMBER_WORDS.test(after)) return null;
  const word = canonicalWords(after)[0] ?? after;
  return allowed.has(word) ? null : `“${after}”`;
}

/** A single number within tolerance of the value, or inside the article's range; a typed range must match the article's. */
function gradeNumeric(given: string, key: NumericKey, shown: string, context: string): TypedVerdict {
  const reading = readNumber(given, key.unit);
  if (!reading) return wrong("no number in the answer");
  const foreign = foreignUnit(given, key.unit, context);
  if (foreign) return wrong(`counts ${foreign}, not ${key.unit}`);
  const comparator = readComparator(given);
  if (comparator === "over" && !OVER_WORDS.test(context)) return wrong('says "more than" where the article gives the figure itself');
  if (comparator === "under" && !UNDER_WORDS.test(context)) return wrong('says "less than" where the article gives the figure itself');
  const tolerance = key.tolerance + 1e-9;
  const ok = key.range
    ? reading.min === reading.max
      ? reading.min >= key.range.min - tolerance && reading.min <= key.range.max + tolerance
      : Math.abs(reading.min - key.range.min) <= tolerance && Math.abs(reading.max - key.range.max) <= tolerance
    : reading.min === reading.max && Math.abs(reading.min - (key.value ?? Number.NaN)) <= tolerance;
  const read = reading.min === reading.max ? `${reading.min}` : `${reading.min}–${reading.max}`;
  return ok ? { correct: true, matched: shown, reason: `reads as ${read} ${key.unit}` } : wrong(`reads as ${read} ${key.unit}`);
}
