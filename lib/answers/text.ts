/**
 * Words of a typed answer in a canonical form, so that what a fair marker would call
 * "the same answer" compares equal: case, accents, punctuation, a leading article or
 * qualifier, a title before a name, possessives, plural/singular, British/American
 * spelling, a country or its adjective ("India"/"Indian"), "X of Y" for "Y X",
 * dotted abbreviations ("U.S.", "Ph.D."). Pure.
 */

/** Case, accents, quotes, punctuation and spacing don't matter ("Petropavlovsk-Kamchatsky" = "petropavlovsk kamchatsky"). */
export function normalizeAnswer(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D'"`]/g, "")
    .replace(/[^\p{L}\p{N}%$.]+/gu, " ")
    .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words that may open an answer without changing it: articles, hedges, titles before a name. */
const LEADING = new Set([
  "the",
  "a",
  "an",
  "about",
  "approximately",
  "approx",
  "around",
  "roughly",
  "nearly",
  "almost",
  "some",
  "circa",
  "ca",
  "estimated",
  "latest",
  "pm",
  "president",
  "mr",
  "mrs",
  "ms",
  "dr",
  "shri",
  "sri",
  "prime minister",
  "his excellency",
  "indian prime minister",
]);
const LEADING_PHRASES = [...LEADING].filter((entry) => entry.includes(" ")).map((entry) => entry.split(" "));

/** Phrases with one accepted short form, applied before the words are compared. */
const PHRASES: [RegExp, string][] = [
  [/\bunited states(?: of america)?\b/g, "us"],
  [/\bunited kingdom\b/g, "uk"],
  [/\bdoctor of philosophy\b/g, "phd"],
  [/\bper\s+cent\b/g, "percent"],
  [/%/g, " percent"],
  [/&/g, " and "],
];

/** A country and its adjective are one word here: "Indian oil purchases" = "India oil purchases". */
const SAME_WORD: Record<string, string> = {
  indian: "india",
  russian: "russia",
  american: "us",
  america: "us",
  usa: "us",
  british: "uk",
  britain: "uk",
  chinese: "china",
  defence: "defense",
  offence: "offense",
  labour: "labor",
  programme: "program",
  centre: "center",
  percentage: "percent",
};

/** Plural to singular and British to American endings, on both sides alike: only equality matters. */
function canonicalWord(word: string): string {
  let w = SAME_WORD[word] ?? word;
  if (/\d/.test(w) || w.length <= 3) return w;
  w = w.replace(/([aeiou])ll(ing|ed|er)$/, "$1l$2").replace(/is(ation|e|ed|es|ing)$/, "iz$1");
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:x|ch|sh|ss)es$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Letters-and-dots abbreviations lose their dots ("U.S." → "US", "Ph.D." → "PhD"); possessive 's goes. */
function preclean(text: string): string {
  return text
    .replace(/\b([A-Za-z]{1,2})\.(?=[A-Za-z]{1,2}\b)/g, "$1")
    .replace(/\b([A-Za-z]{1,2})\.(?=[A-Za-z]{1,2}\b)/g, "$1")
    .replace(/(\p{L})['\u2019]s\b/gu, "$1");
}

export interface WordContext {
  /** Words of the question: an answer may repeat them ("the pharmaceutical sector" for "which sector?"). */
  prompt: ReadonlySet<string>;
  /** Words of the accepted answer: never dropped as an echo of the prompt. */
  key: ReadonlySet<string>;
}

/** The canonical words of a typed answer (see the module comment). */
export function canonicalWords(text: string, context?: WordContext): string[] {
  let lowered = preclean(text).normalize("NFKD").toLowerCase();
  for (const [pattern, replacement] of PHRASES) lowered = lowered.replace(pattern, replacement);
  let words = normalizeAnswer(lowered)
    .split(" ")
    .filter((word) => word.length > 0 && word !== "and")
    .map(canonicalWord);
  // Leading articles, hedges and titles ("the", "about", "PM", "Prime Minister").
  for (;;) {
    const phrase =
      LEADING_PHRASES.find((p) => p.every((word, i) => words[i] === word)) ?? (LEADING.has(words[0] ?? "") ? [words[0]] : null);
    if (!phrase || words.length <= phrase.length) break;
    words = words.slice(phrase.length);
  }
  if (context) {
    const isEcho = (word: string | undefined) => word !== undefined && context.prompt.has(word) && !context.key.has(word);
    while (words.length > 1 && isEcho(words[0])) words = words.slice(1);
    while (words.length > 1 && isEcho(words.at(-1))) words = words.slice(0, -1);
    if (words.length === 1 && isEcho(words[0])) words = [];
  }
  // "members of NATO" is "NATO members"; "volatility in oil prices" is "oil price volatility".
  const of = words.findIndex((word) => word === "of" || word === "in");
  if (of > 0 && of < words.length - 1 && words.filter((word) => word === "of" || word === "in").length === 1) {
    words = [...words.slice(of + 1), ...words.slice(0, of)];
  }
  return words;
}

/** A set of canonical words, for prompts and keys. */
export function wordSet(text: string): Set<string> {
  return new Set(canonicalWords(text));
}

const SEPARATORS = /\s*(?:,|;|\/|&|\+|\band\b|\bas well as\b)\s*/i;

/** The parts of a multi-part answer: "Lukoil, Rosneft", "Rosneft & Lukoil", "refuelling/repairs". */
export function splitParts(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Optimal string alignment distance ≤ 1: one insertion, deletion, substitution or swap of neighbours. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

const MINOR = new Set(["of", "and", "the", "for", "in", "on"]);
const plainWords = (text: string) => normalizeAnswer(preclean(text).replace(/&/g, " and ")).split(" ").filter(Boolean);

/**
 * An abbreviation typed for a run of the key's words is written out as those words
 * ("FSSA agreement" → "food safety standards authority agreement", "CBDCs" → "central
 * bank digital currency"), and typed words whose initials spell an abbreviation of the
 * key become it ("Ministry of External Affairs" → "mea"). Returns the typed text to compare.
 */
export function expandAbbreviations(typed: string, accepted: string): string {
  const key = plainWords(accepted);
  const majorAt = key.flatMap((word, i) => (MINOR.has(word) ? [] : [i]));
  const initials = (indices: number[]) => indices.map((i) => key[i]![0]).join("");
  const expand = (letters: string): string | null => {
    if (!/^[a-z]{3,6}$/.test(letters)) return null;
    for (let start = 0; start + letters.length <= majorAt.length; start += 1) {
      const run = majorAt.slice(start, start + letters.length);
      if (initials(run) === letters) return key.slice(run[0], run.at(-1)! + 1).join(" ");
    }
    return null;
  };
  // "CBDCs" is the plural of "CBDC"; "NSS" ends in S of its own.
  const words = plainWords(typed).map((word) => (key.includes(word) ? word : (expand(word) ?? expand(word.replace(/s$/, "")) ?? word)));
  const typedMajor = words
    .join(" ")
    .split(" ")
    .filter((word) => !MINOR.has(word));
  const abbreviation = key.find(
    (word) => /^[a-z]{3,6}$/.test(word) && typedMajor.length === word.length && typedMajor.map((w) => w[0]).join("") === word,
  );
  return abbreviation ?? words.join(" ");
}
