/**
 * Lenient comparison of short typed answers: case, accents, punctuation and
 * whitespace don't matter ("Petropavlovsk-Kamchatsky" = "petropavlovsk kamchatsky").
 * Pure; shared by the study screen (type-in cards) and quiz grading.
 */
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

/** True when `given` matches any of `accepted` after {@link normalizeAnswer}. */
export function matchesAny(given: string, accepted: readonly string[]): boolean {
  const normalized = normalizeAnswer(given);
  return normalized.length > 0 && accepted.some((answer) => normalizeAnswer(answer) === normalized);
}
