import { comparatorBefore, prepareNumbers, type Comparator } from "./numbers";

/**
 * The figures of a short answer that contains numbers ("$68.7 billion", "over 90%",
 * "4th December 2025", "$15–20 billion"), so that answers written differently can be
 * compared figure by figure, and the words left over. Pure.
 */

export type Figure =
  | { kind: "date"; day: number | null; month: number; year: number | null }
  | { kind: "amount"; min: number; max: number; scale: number | null; unit: "percent" | "usd" | null; comparator: Comparator };

export interface Figures {
  figures: Figure[];
  /** The text with every figure (and its currency, scale and range words) taken out. */
  rest: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const monthOf = (word: string): number => MONTHS.indexOf(word.slice(0, 3)) + 1;
const DATE_PATTERNS: [RegExp, (m: RegExpMatchArray) => Figure][] = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (m) => ({ kind: "date", year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })],
  [
    new RegExp(`\\b(\\d{1,2})\\s+(?:of\\s+)?${MONTH}(?:\\s*,?\\s*(\\d{4}))?\\b`, "g"),
    (m) => ({ kind: "date", day: Number(m[1]), month: monthOf(m[2] ?? ""), year: m[3] ? Number(m[3]) : null }),
  ],
  [
    new RegExp(`\\b${MONTH}\\s+(?:the\\s+)?(\\d{1,2})(?!\\d)(?:\\s*,?\\s*(\\d{4}))?\\b`, "g"),
    (m) => ({ kind: "date", month: monthOf(m[1] ?? ""), day: Number(m[2]), year: m[3] ? Number(m[3]) : null }),
  ],
  [
    new RegExp(`\\b${MONTH}\\s*,?\\s*(\\d{4})\\b`, "g"),
    (m) => ({ kind: "date", month: monthOf(m[1] ?? ""), day: null, year: Number(m[2]) }),
  ],
];

const SCALE_WORDS: [RegExp, number][] = [
  [/^(?:trillion|tn)$/, 1e12],
  [/^(?:billion|bn|b|bln)$/, 1e9],
  [/^(?:million|mn|m|mln)$/, 1e6],
  [/^(?:thousand|k)$/, 1e3],
];
const scaleOf = (word: string | undefined) => SCALE_WORDS.find(([pattern]) => word !== undefined && pattern.test(word))?.[1] ?? null;

/** Split a typed answer into its figures and the words around them. */
export function readFigures(text: string): Figures {
  let s = ` ${prepareNumbers(text)} `;
  const dated: { at: number; figure: Figure }[] = [];
  for (const [pattern, make] of DATE_PATTERNS) {
    s = s.replace(pattern, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpMatchArray;
      const at = args.at(-2) as number;
      dated.push({ at, figure: make(match) });
      return " ".repeat(String(args[0]).length);
    });
  }
  const amounts: { at: number; figure: Figure }[] = [];
  // A number with its currency, scale, unit; optionally a second one making a range.
  const one = String.raw`(\$\s*)?(\d+(?:\.\d+)?|\.\d+)\s*(?:(bn|b|bln|billion|mn|m|mln|million|k|thousand|tn|trillion)\b)?\s*(%|percent\b)?\s*(?:(?:us\s+)?dollars?\b)?`;
  const pattern = new RegExp(`(between\\s+)?${one}(?:\\s*(?:-|to|and)\\s*${one})?`, "g");
  s = s.replace(pattern, (whole: string, ...groups: unknown[]) => {
    const g = groups as (string | undefined)[];
    const at = groups.at(-2) as number;
    const [, cur1, n1, sc1, pc1, cur2, n2, sc2, pc2] = g;
    const isRange = n2 !== undefined;
    const scale = scaleOf(sc1) ?? (isRange ? scaleOf(sc2) : null);
    const unit = cur1 || cur2 || /dollar/.test(whole) ? "usd" : pc1 || pc2 ? "percent" : null;
    const low = Number(n1);
    const high = isRange ? Number(n2) : low;
    amounts.push({
      at,
      figure: {
        kind: "amount",
        min: Math.min(low, high),
        max: Math.max(low, high),
        scale,
        unit,
        comparator: comparatorBefore(s.slice(0, at)),
      },
    });
    return " ".repeat(whole.length);
  });
  const figures = [...dated, ...amounts].sort((a, b) => a.at - b.at).map((entry) => entry.figure);
  const rest = s.replace(
    /\b(?:over|above|more than|greater than|in excess of|exceeding|upwards of|under|below|less than|fewer than)\b/g,
    " ",
  );
  return { figures, rest: rest.replace(/[<>]/g, " ").replace(/\s+/g, " ").trim() };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether a typed figure says what the key's figure says (same value, date, unit and comparator). */
export function sameFigure(typed: Figure, key: Figure): boolean {
  if (typed.kind === "date" || key.kind === "date") {
    return typed.kind === "date" && key.kind === "date" && typed.day === key.day && typed.month === key.month && typed.year === key.year;
  }
  if (typed.unit !== null && key.unit !== null && typed.unit !== key.unit) return false;
  // A share is never an amount: "15-20 percent" is not "15-20 billion".
  if ((typed.unit === "percent") !== (key.unit === "percent") && (typed.unit !== null || key.scale !== null)) return false;
  if (typed.comparator !== null && typed.comparator !== key.comparator) return false;
  const keyScale = key.scale ?? 1;
  // A bare "68.7" is read in the key's scale; "68,700,000,000" or "68.7 bn" as written.
  const readings = typed.scale !== null ? [typed.scale] : [keyScale, 1];
  return readings.some((scale) => close(typed.min * scale, key.min * keyScale) && close(typed.max * scale, key.max * keyScale));
}
