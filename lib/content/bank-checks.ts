import type { Bank, BankFlashcard, BankQuestion, ContentProblem } from "./bank";
import { activeFlashcards, activeQuestions } from "./retire";
import { normalizeLoose, normalizeText } from "./source";

/**
 * Bank-level checks: cues a test-wise student could use without knowing the article, measured
 * over the whole bank (active items only), so that a later edit cannot bring them back. Run by
 * `npm run content:check` after the per-item checks of buildBank; each problem names the item to
 * fix, or the file and the figure when the problem is a share across the bank. Pure.
 */

export const CUE_THRESHOLDS = {
  /** True/false: the share of true statements (answering always "False" must not pay). */
  trueShare: { min: 0.45, max: 0.55 },
  /** True and false statements reuse the article's wording alike: mean 4-gram overlap at most this far apart. */
  verbatimGap: 0.1,
  /** False statements hinging on an absolute qualifier, beyond the number of true ones that carry one. */
  absoluteExcess: 3,
  /** An MCQ answer this many times as long as its longest distractor stands out. */
  longestRatio: 1.3,
  /** Share of MCQs whose answer is uniquely the longest option (chance is 25 %). */
  longestShare: 0.35,
  /** Share of MCQs whose answer is stored at any one position (chance is 25 %; exports keep stored order). */
  positionShare: 0.35,
  /** Below this many items of a kind, a share is not measured. */
  minSample: 8,
  /** Below this many true (or false) statements, their wording is not compared. */
  minGroup: 4,
} as const;

/** Words that may appear in a cloze hint: it says what kind of words are missing, never what they mean. */
export const HINT_WORDS = new Set(
  (
    "a an the one two three four five six word words term noun nouns adjective adjectives verb adverb phrase name names " +
    "person's people's person nationality country country's countries place city cities port ports region sea ocean body organisation " +
    "institution office post title rank number figure ordinal year date month day amount sum share percentage percent currency " +
    "unit units dollar dollars plural singular hyphenated compound of in and or with for from its their capitalised acronym abbreviation " +
    "letters initials range system weapon missile reactor agreement document programme bank platform group forum company companies " +
    "firm firms first last"
  ).split(" "),
);

const ABSOLUTE = /\b(only|exactly|merely|solely|a single|limited to|no longer|never|always|entirely)\b/i;

function ngrams(text: string, n = 4): Set<string> {
  const words = normalizeLoose(text).split(" ").filter(Boolean);
  const grams = new Set<string>();
  for (let i = 0; i + n <= words.length; i += 1) grams.add(words.slice(i, i + n).join(" "));
  return grams;
}

/** Share of a statement's 4-word runs found word for word in the article. */
export function verbatimShare(statement: string, articleGrams: Set<string>): number {
  const grams = ngrams(statement);
  if (grams.size === 0) return 0;
  return [...grams].filter((gram) => articleGrams.has(gram)).length / grams.size;
}

/** The numbers in a statement with "X … in total, including … Y": a total can't include a larger part. */
function selfContradiction(statement: string): string | null {
  const match = /(\d+(?:\.\d+)?)[^.]*?\b(?:in total|altogether|overall)\b[^.]*?\bincluding\b[^.]*?(\d+(?:\.\d+)?)/i.exec(statement);
  if (match && Number(match[2]) > Number(match[1])) return `a total of ${match[1]} cannot include ${match[2]}`;
  const part = /\bincluding (?:an additional |an extra )?(\d+(?:\.\d+)?)[^.]*?\bof (?:a |the )?(?:total of )?(\d+(?:\.\d+)?)/i.exec(
    statement,
  );
  if (part && Number(part[1]) > Number(part[2])) return `a part of ${part[1]} cannot exceed its whole of ${part[2]}`;
  return null;
}

/** Capital initials of an option, e.g. "Reciprocal Exchange of Logistics Support" → "RELS". */
function initials(option: string): string {
  return option
    .split(/[\s-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join("");
}

/** Words that say nothing about which option is right, however often they repeat. */
const COMMON = new Set([
  "accord",
  "articl",
  "summit",
  "india",
  "russia",
  "indian",
  "russia",
  "about",
  "their",
  "these",
  "there",
  "would",
  "betwee",
  "agains",
  "accordi",
]);

/** Stems (6 letters) of an option's or a prompt's longer words, for spotting an answer that echoes the prompt. */
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .split(/[^A-Za-z-]+/)
      .filter((word) => word.length >= 6)
      .map((word) =>
        word
          .toLowerCase()
          .replace(/[^a-z]/g, "")
          .slice(0, 6),
      )
      .filter((word) => !COMMON.has(word)),
  );
}

function stem(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .slice(0, 5);
}

export interface BankCheckOptions {
  /** The file a bank-wide problem is reported against (one per kind, usually the deck). */
  file: (item: BankFlashcard | BankQuestion) => string;
  deckFile: string;
}

export interface CueFigures {
  trueFalse: { total: number; true: number; trueShare: number; verbatimTrue: number; verbatimFalse: number };
  mcq: { total: number; longest: number; longestShare: number; positionShares: number[] };
  clozeHints: number;
}

/** The measured figures (also printed by content:check) and every cue problem found. */
export function checkCues(bank: Bank, options: BankCheckOptions): { figures: CueFigures; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const t = CUE_THRESHOLDS;
  const report = (item: BankFlashcard | BankQuestion, field: string, message: string) =>
    problems.push({ file: options.file(item), id: item.id, field, message });
  const bankWide = (field: string, message: string) => problems.push({ file: options.deckFile, id: null, field, message });
  const articleGrams = ngrams(bank.paragraphs.map((p) => normalizeText(p.text)).join(" "));
  const questions = activeQuestions(bank);

  // True/false: balance, wording, absolute qualifiers, self-contradiction.
  const tf = questions.filter((q): q is Extract<BankQuestion, { kind: "truefalse" }> => q.kind === "truefalse");
  const trues = tf.filter((q) => q.answer);
  const falses = tf.filter((q) => !q.answer);
  const trueShare = tf.length ? trues.length / tf.length : 0.5;
  if (tf.length >= t.minSample && (trueShare < t.trueShare.min || trueShare > t.trueShare.max)) {
    bankWide(
      "truefalse",
      `${trues.length} of ${tf.length} true/false statements are true (${pct(trueShare)}); keep it between ${pct(t.trueShare.min)} and ${pct(t.trueShare.max)} so that always answering "${trueShare < 0.5 ? "False" : "True"}" does not pay.`,
    );
  }
  const mean = (items: typeof tf) =>
    items.length ? items.reduce((sum, q) => sum + verbatimShare(q.statement, articleGrams), 0) / items.length : 0;
  const [verbatimTrue, verbatimFalse] = [mean(trues), mean(falses)];
  if (trues.length >= t.minGroup && falses.length >= t.minGroup && Math.abs(verbatimTrue - verbatimFalse) > t.verbatimGap) {
    const worst = [...trues]
      .sort((a, b) => verbatimShare(b.statement, articleGrams) - verbatimShare(a.statement, articleGrams))
      .slice(0, 5)
      .map((q) => q.id);
    const copier = verbatimTrue > verbatimFalse ? "true" : "false";
    bankWide(
      "truefalse",
      `True statements copy ${pct(verbatimTrue)} of their 4-word runs from the article and false ones ${pct(verbatimFalse)}, so wording alone says "${copier}"; paraphrase the ${copier} ones${copier === "true" ? `, e.g. ${worst.join(", ")}` : ""}.`,
    );
  }
  const absolute = (items: typeof tf) => items.filter((q) => ABSOLUTE.test(q.statement));
  if (absolute(falses).length - absolute(trues).length > t.absoluteExcess) {
    for (const q of absolute(falses))
      report(
        q,
        "statement",
        `The false statement hinges on "${ABSOLUTE.exec(q.statement)?.[0]}" and ${absolute(falses).length} false against ${absolute(trues).length} true statements carry such a word: make it false by a fact, not an absolute.`,
      );
  }
  for (const q of falses) {
    const contradiction = selfContradiction(q.statement);
    if (contradiction)
      report(q, "statement", `The statement contradicts itself (${contradiction}), so it is false without reading the article.`);
  }

  // MCQ: length, stored position, initials.
  const mcqs = questions.filter((q): q is Extract<BankQuestion, { kind: "mcq" }> => q.kind === "mcq");
  let longest = 0;
  const positions = [0, 0, 0, 0];
  for (const q of mcqs) {
    const distractors = q.options.filter((option) => option !== q.answer);
    const maxOther = Math.max(...distractors.map((option) => option.length));
    if (q.answer.length > maxOther) longest += 1;
    if (q.answer.length >= t.longestRatio * maxOther && q.answer.length - maxOther >= 8) {
      report(
        q,
        "options",
        `The answer (${q.answer.length} characters) is ${(q.answer.length / maxOther).toFixed(2)}× the longest distractor (${maxOther}): even out the options' length and detail.`,
      );
    }
    const index = q.options.indexOf(q.answer);
    if (index >= 0) positions[index] = (positions[index] ?? 0) + 1;
    const promptWords = contentWords(q.prompt);
    const echoed = [...contentWords(q.answer)].filter(
      (word) => promptWords.has(word) && distractors.every((option) => !contentWords(option).has(word)),
    );
    if (echoed.length > 0) {
      const words = echoed.map((prefix) => q.answer.split(/[^A-Za-z-]+/).find((word) => word.toLowerCase().startsWith(prefix)) ?? prefix);
      report(q, "options", `Only the answer repeats the prompt's word "${words.join('", "')}": word it into every option or none.`);
    }
    const acronyms = q.prompt.match(/\b[A-Z]{3,}\b/g) ?? [];
    for (const acronym of acronyms) {
      const spelling = q.options.filter(
        (option) => initials(option) === acronym || initials(option).replace(/O/g, "") === acronym.replace(/O/g, ""),
      );
      if (spelling.length === 1 && spelling[0] === q.answer)
        report(q, "options", `Only the answer's initials spell "${acronym}": the prompt gives it away.`);
    }
  }
  const longestShare = mcqs.length ? longest / mcqs.length : 0;
  if (mcqs.length >= t.minSample && longestShare > t.longestShare) {
    bankWide(
      "mcq",
      `The answer is the longest option in ${longest} of ${mcqs.length} MCQs (${pct(longestShare)}); keep it under ${pct(t.longestShare)} (chance is 25 %).`,
    );
  }
  const positionShares = positions.map((n) => (mcqs.length ? n / mcqs.length : 0));
  if (mcqs.length >= t.minSample) {
    for (const [index, share] of positionShares.entries()) {
      if (share > t.positionShare)
        bankWide(
          "mcq",
          `The answer is stored as option ${index + 1} in ${positions[index]} of ${mcqs.length} MCQs (${pct(share)}); exports keep stored order, so store it at a random position (at most ${pct(t.positionShare)} at any one).`,
        );
    }
  }

  // Cloze hints say what kind of words are missing, never what they mean.
  const clozes = activeFlashcards(bank).filter(
    (c): c is Extract<BankFlashcard, { kind: "cloze" }> => c.kind === "cloze" && c.hint !== undefined,
  );
  for (const card of clozes) {
    const deletion = /\{\{([^{}]+)\}\}/.exec(card.text)?.[1] ?? "";
    const hintWords = card
      .hint!.toLowerCase()
      .replace(/[(),;:.!?"“”]/g, " ")
      .split(/\s+/)
      .filter(Boolean);
    const deletionStems = new Set(
      deletion
        .split(/[\s-]+/)
        .map(stem)
        .filter((s) => s.length >= 4),
    );
    const shared = hintWords.filter((word) => !HINT_WORDS.has(word) && deletionStems.has(stem(word)));
    const defining = hintWords.filter((word) => !HINT_WORDS.has(word.replace(/[’']s$/, "")) && !/^\d+$/.test(word));
    if (shared.length > 0) report(card, "hint", `The hint repeats the answer ("${shared.join(", ")}").`);
    else if (defining.length > 0)
      report(
        card,
        "hint",
        `The hint may define the answer ("${defining.join(" ")}"): say what kind of words are missing ("two words", "a year", "a country"), not what they mean.`,
      );
  }

  return {
    figures: {
      trueFalse: { total: tf.length, true: trues.length, trueShare, verbatimTrue, verbatimFalse },
      mcq: { total: mcqs.length, longest, longestShare, positionShares },
      clozeHints: clozes.length,
    },
    problems,
  };
}

function pct(share: number): string {
  return `${Math.round(share * 100)} %`;
}
