/**
 * Reading numbers the way students type them: digits or words, thousands separators,
 * scales ("bn", "billion"), currency ("$", "US$", "dollars"), "%" / "percent" / "per cent",
 * ordinals, ranges ("15–20", "15 to 20", "between 15 and 20") and comparators
 * ("over", "more than", "about"). Pure.
 */

export interface NumericReading {
  min: number;
  max: number;
}

const UNITS_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};

/** Spelled-out numbers below a thousand ("twenty-third", "one hundred", "a hundred", "fifty point five") become digits. */
export function wordsToDigits(text: string): string {
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
  return text
    .replace(pattern, (_match, hundreds?: string, rest?: string, plain?: string) => {
      if (plain !== undefined) return String(value(plain));
      const h = hundreds === "a" ? 1 : value(hundreds ?? "");
      return String(h * 100 + (rest ? value(rest) : 0));
    })
    .replace(/(\d+) point (\d+)/g, "$1.$2");
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

/** Time units that convert into each other (the article's "two decades" is "20 years"). */
const TIME_UNITS: [RegExp, number][] = [
  [/^(?:years?|yrs?)$/, 1],
  [/^decades?$/, 10],
  [/^centur(?:y|ies)$/, 100],
];

function timeUnitOf(word: string | undefined): number | null {
  if (!word) return null;
  for (const [pattern, years] of TIME_UNITS) if (pattern.test(word)) return years;
  return null;
}

/** The typed text made easy to scan for numbers: dashes, spelled numbers, separators, ordinals, "per cent". */
export function prepareNumbers(text: string): string {
  let s = text.normalize("NFKC").toLowerCase();
  s = s.replace(/[\u2010-\u2015\u2212]/g, "-");
  s = wordsToDigits(s);
  s = s.replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
  s = s.replace(/(\d)(st|nd|rd|th)\b/g, "$1");
  s = s.replace(/\bper\s+cent\b|\bpercentage\b|\bpc\b/g, "percent");
  s = s.replace(/\bus\$|\busd\b/g, "$");
  return s;
}

export type Comparator = "over" | "under" | null;

const OVER = /\b(?:over|above|more than|greater than|in excess of|exceeding|upwards of|surpassing|beyond)\s*$|>\s*$/;
const UNDER = /\b(?:under|below|less than|fewer than|lower than)\s*$|<\s*$/;

/** "over" when the words before a number say it is exceeded, "under" when they say it is not reached. */
export function comparatorBefore(text: string): Comparator {
  if (OVER.test(text)) return "over";
  if (UNDER.test(text)) return "under";
  return null;
}

interface Found {
  raw: number;
  scale: number | null;
  years: number | null;
  start: number;
  end: number;
}

function scan(s: string): Found[] {
  const found: Found[] = [];
  for (const match of s.matchAll(/(\d+(?:\.\d+)?|\.\d+)\s*([a-z]+)?/g)) {
    const raw = Number(match[1]);
    if (!Number.isFinite(raw)) continue;
    const scale = scaleOf(match[2]);
    const years = timeUnitOf(match[2]);
    const withWord = scale !== null || years !== null;
    const end = match.index + (withWord ? match[0].length : (match[1] ?? "").length);
    found.push({ raw, scale, years, start: match.index, end });
  }
  return found;
}

/**
 * Read a typed number in the question's unit: "$100 billion", "100 bn", "US$100bn",
 * "100,000,000,000", "50%", "50 per cent", "fifty percent", "23rd", "15–20 billion",
 * "between 15 and 20", "20 years" for a unit of decades. Null when there is no number.
 */
export function readNumber(text: string, unit: string): NumericReading | null {
  const s = prepareNumbers(text);
  const target = unitScale(unit);
  const targetYears = timeUnitOf(
    unit
      .toLowerCase()
      .split(/\s+/)
      .find((word) => timeUnitOf(word) !== null),
  );
  const found = scan(s);
  /** In the question's unit: "100 bn" in billions is 100; so is a bare 100 or 100,000,000,000. */
  const inUnit = (raw: number, scale: number | null, years: number | null): number => {
    if (years !== null && targetYears !== null) return (raw * years) / targetYears;
    if (scale !== null) return (raw * scale) / target;
    return target > 1 && raw >= target ? raw / target : raw;
  };
  const [first, second] = found;
  if (!first) return null;
  if (second && /^\s*[$%a-z]*\s*(?:-|to|and)\s*[$a-z]*\s*$/.test(s.slice(first.end, second.start))) {
    // "15-20 billion": a scale written once, after the second number, applies to both ends.
    const low = inUnit(first.raw, first.scale ?? second.scale, first.years ?? second.years);
    const high = inUnit(second.raw, second.scale, second.years);
    return { min: Math.min(low, high), max: Math.max(low, high) };
  }
  const value = inUnit(first.raw, first.scale, first.years);
  return { min: value, max: value };
}

/** The comparator written before the first number of a typed answer ("more than 90%" → "over"). */
export function readComparator(text: string): Comparator {
  const s = prepareNumbers(text);
  const first = s.search(/\d/);
  return first < 0 ? null : comparatorBefore(s.slice(0, first));
}
