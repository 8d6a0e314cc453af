import { normalizeAnswer } from "@/lib/answers/match";
import type { BankQuestion } from "@/lib/content/bank";
import type { Question } from "@/lib/content/schemas";
import type { QuizAnswer } from "./schemas";

/**
 * Quiz grading: pure, no I/O. Written and numeric answers are matched the way
 * a fair marker would: case, punctuation, accents and articles don't matter;
 * one slip of the keyboard in a long word is forgiven; numbers may carry units,
 * currency, thousands separators, "bn", "%" or "per cent", or be spelled out.
 */

export interface QuestionGrade {
  questionId: string;
  answered: boolean;
  correct: boolean;
  /** For matching questions: whether each left side (in content order) was matched right. */
  pairs?: boolean[];
  /** Why a lenient match was accepted, shown on the results page. */
  note?: string;
}

export function gradeAnswer(question: Question, answer: QuizAnswer | null): QuestionGrade {
  const base = { questionId: question.id };
  if (!answer || !isAnswered(answer)) {
    return { ...base, answered: false, correct: false, ...(question.kind === "matching" ? { pairs: question.pairs.map(() => false) } : {}) };
  }
  if (answer.kind !== question.kind) return { ...base, answered: true, correct: false };
  switch (question.kind) {
    case "mcq":
      return { ...base, answered: true, correct: answer.kind === "mcq" && answer.choice === question.answer };
    case "truefalse":
      return { ...base, answered: true, correct: answer.kind === "truefalse" && answer.value === question.answer };
    case "written": {
      const result = matchWritten(answer.kind === "written" ? answer.text : "", [question.answer, ...question.accepted]);
      return { ...base, answered: true, correct: result !== "wrong", ...(result === "close" ? { note: "Accepted: one letter off." } : {}) };
    }
    case "numeric": {
      const correct = answer.kind === "numeric" && matchNumeric(answer.text, question);
      return { ...base, answered: true, correct };
    }
    case "matching": {
      const matches = answer.kind === "matching" ? answer.matches : [];
      const pairs = question.pairs.map((pair, index) => matches[index] === pair.right);
      return { ...base, answered: true, correct: pairs.every(Boolean), pairs };
    }
  }
}

/** True when the student actually gave something (an empty text box or an untouched matching is no answer). */
export function isAnswered(answer: QuizAnswer): boolean {
  switch (answer.kind) {
    case "written":
    case "numeric":
      return answer.text.trim().length > 0;
    case "matching":
      return answer.matches.some((match) => match !== null);
    default:
      return true;
  }
}

export interface SectionScore {
  sectionId: string;
  correct: number;
  total: number;
}

export interface AttemptScore {
  score: number;
  total: number;
  grades: QuestionGrade[];
  bySection: SectionScore[];
}

/** Score an attempt: one point per question answered correctly; unanswered questions score zero. */
export function scoreAttempt(questions: readonly BankQuestion[], answers: ReadonlyMap<string, QuizAnswer | null>): AttemptScore {
  const grades: QuestionGrade[] = [];
  const sections = new Map<string, SectionScore>();
  for (const question of questions) {
    const grade = gradeAnswer(question, answers.get(question.id) ?? null);
    grades.push(grade);
    const section = sections.get(question.sectionId) ?? { sectionId: question.sectionId, correct: 0, total: 0 };
    section.total += 1;
    if (grade.correct) section.correct += 1;
    sections.set(question.sectionId, section);
  }
  return { score: grades.filter((grade) => grade.correct).length, total: questions.length, grades, bySection: [...sections.values()] };
}

// ── Written answers ─────────────────────────────────────────────────────────

const LEADING_ARTICLE = /^(?:the|a|an) /;

function comparable(value: string): string {
  return normalizeAnswer(value).replace(LEADING_ARTICLE, "");
}

/**
 * "exact" when the answer equals an accepted one after normalisation; "close"
 * when it is one edit (a typo, a missing or swapped letter) from an accepted
 * answer of 8+ letters with no digits; otherwise "wrong".
 */
export function matchWritten(given: string, accepted: readonly string[]): "exact" | "close" | "wrong" {
  const answer = comparable(given);
  if (answer.length === 0) return "wrong";
  const targets = accepted.map(comparable);
  if (targets.includes(answer)) return "exact";
  const close = targets.some((target) => target.length >= 8 && !/\d/.test(target) && editDistanceAtMostOne(answer, target));
  return close ? "close" : "wrong";
}

/** Optimal string alignment distance ≤ 1: one insertion, deletion, substitution or swap of neighbours. */
function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

// ── Numeric answers ─────────────────────────────────────────────────────────

export interface NumericReading {
  min: number;
  max: number;
}

const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
};
const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};

/** Spelled-out numbers below a thousand ("twenty-third", "one hundred", "a hundred") become digits. */
function wordsToDigits(text: string): string {
  const units = Object.keys(UNITS_WORDS).join("|");
  const tens = Object.keys(TENS_WORDS).join("|");
  const small = `(?:(?:${tens})(?:[- ](?:${units}))?|${units})`;
  const pattern = new RegExp(`\\b(?:(${small}|a)\\s+hundred(?:\\s+(?:and\\s+)?(${small}))?|(${small}))\\b`, "g");
  const value = (words: string): number => {
    const [first, second] = words.split(/[- ]/);
    if (first === undefined) return 0;
    if (first in TENS_WORDS) return (TENS_WORDS[first] ?? 0) + (second ? (UNITS_WORDS[second] ?? 0) : 0);
    return UNITS_WORDS[first] ?? 0;
  };
  return text.replace(pattern, (_match, hundreds?: string, rest?: string, plain?: string) => {
    if (plain !== undefined) return String(value(plain));
    const h = hundreds === "a" ? 1 : value(hundreds ?? "");
    return String(h * 100 + (rest ? value(rest) : 0));
  });
}

const SCALES: [RegExp, number][] = [
  [/^(?:trillion|tn|t)$/, 1e12],
  [/^(?:billion|bn|b|bln)$/, 1e9],
  [/^(?:million|mn|m|mln)$/, 1e6],
  [/^(?:crore|cr)$/, 1e7],
  [/^(?:lakh|lakhs|lac)$/, 1e5],
  [/^(?:thousand|k)$/, 1e3],
];

function scaleOf(word: string | undefined): number | null {
  if (!word) return null;
  for (const [pattern, scale] of SCALES) if (pattern.test(word)) return scale;
  return null;
}

/** The scale a question's unit is counted in: "billion US dollars" → 1e9, "percent" → 1. */
export function unitScale(unit: string): number {
  for (const word of unit.toLowerCase().split(/\s+/)) {
    const scale = scaleOf(word);
    if (scale !== null && word.length > 1) return scale;
  }
  return 1;
}

/**
 * Read a typed number in the question's unit: "$100 billion", "100 bn", "US$100bn",
 * "100,000,000,000", "50%", "50 per cent", "fifty percent", "23rd", "15–20 billion",
 * "between 15 and 20". Null when there is no number.
 */
export function readNumber(text: string, unit: string): NumericReading | null {
  let s = text.normalize("NFKC").toLowerCase();
  s = s.replace(/[\u2010-\u2015\u2212]/g, "-"); // dashes
  s = wordsToDigits(s);
  s = s.replace(/(\d),(?=\d{3}(?!\d))/g, "$1"); // thousands separators
  s = s.replace(/(\d)(st|nd|rd|th)\b/g, "$1"); // ordinals
  const pattern = /(\d+(?:\.\d+)?|\.\d+)\s*([a-z]+)?/g;
  const target = unitScale(unit);
  const found: { raw: number; scale: number | null; start: number; end: number }[] = [];
  for (const match of s.matchAll(pattern)) {
    const raw = Number(match[1]);
    if (!Number.isFinite(raw)) continue;
    const scale = scaleOf(match[2]);
    const end = match.index + (scale !== null ? match[0].length : (match[1] ?? "").length);
    found.push({ raw, scale, start: match.index, end });
  }
  /** In the question's unit: "100 bn" in billions is 100; so is a bare 100 or 100,000,000,000. */
  const inUnit = (raw: number, scale: number | null): number => {
    if (scale !== null) return (raw * scale) / target;
    return target > 1 && raw >= target ? raw / target : raw;
  };
  const [first, second] = found;
  if (!first) return null;
  if (second && /^\s*[$%a-z]*\s*(?:-|to|and)\s*[$a-z]*\s*$/.test(s.slice(first.end, second.start))) {
    // "15-20 billion": a scale written once, after the second number, applies to both ends.
    const low = inUnit(first.raw, first.scale ?? second.scale);
    const high = inUnit(second.raw, second.scale);
    return { min: Math.min(low, high), max: Math.max(low, high) };
  }
  const value = inUnit(first.raw, first.scale);
  return { min: value, max: value };
}

const EPSILON = 1e-9;

/** A single number within tolerance of the value, or inside the article's range; a typed range must match the article's. */
export function matchNumeric(text: string, question: Extract<Question, { kind: "numeric" }>): boolean {
  const reading = readNumber(text, question.unit);
  if (!reading) return false;
  const tolerance = question.tolerance + EPSILON;
  if (question.range) {
    const { min, max } = question.range;
    if (reading.min === reading.max) return reading.min >= min - tolerance && reading.min <= max + tolerance;
    return Math.abs(reading.min - min) <= tolerance && Math.abs(reading.max - max) <= tolerance;
  }
  const value = question.value ?? Number.NaN;
  return reading.min === reading.max && Math.abs(reading.min - value) <= tolerance;
}
