import type { z } from "zod";

/**
 * A `String` column that holds JSON, read and written in one place: `parse` validates with the
 * column's zod schema (a bad value is a bug: it throws), `safeParse` gives null instead (for
 * lists that must not fail on one damaged row), `serialize` writes it.
 *
 * The columns stay `String` rather than Prisma `Json` so no migration is needed; a codec per
 * column is what keeps callers (and tests) off the storage format.
 *
 * @example
 * const questionIdsColumn = jsonColumn(z.array(z.string()));
 * questionIdsColumn.parse(attempt.questionIds); // string[]
 */
export function jsonColumn<S extends z.ZodType>(schema: S) {
  return {
    parse(text: string): z.output<S> {
      return schema.parse(JSON.parse(text));
    },
    safeParse(text: string): z.output<S> | null {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return null;
      }
      const parsed = schema.safeParse(json);
      return parsed.success ? parsed.data : null;
    },
    serialize(value: z.input<S>): string {
      return JSON.stringify(value);
    },
  };
}
