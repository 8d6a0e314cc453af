import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/create-client";

// "The database did not change", cheaply enough to ask after every fuzzed input. Other test files
// leave thousands of rows in the shared database, so hashing every row is too slow: instead every
// table's row count and latest update (anything added, removed or updated anywhere), plus every
// column of every row of the students involved, and small tables with no owner in full. The
// tables and columns are read from the database itself, so a new table is covered the day its
// migration lands. One query per checksum: it was 42 Prisma queries, 22 ms each time on
// PostgreSQL and 88 of the fuzz test's 95 seconds.

/** Tables whose rows belong to a student through a parent row, not a userId column. */
const THROUGH_PARENT: Record<string, { column: string; parent: string }> = {
  AttemptAnswer: { column: "attemptId", parent: "QuizAttempt" },
  ExamMock: { column: "examId", parent: "Exam" },
};

type Tables = Map<string, string[]>;

async function readTables(db: Db, kind: "sqlite" | "postgres"): Promise<Tables> {
  const rows =
    kind === "sqlite"
      ? await db.$queryRawUnsafe<{ t: string; c: string }[]>(
          `SELECT m.name AS t, p.name AS c FROM sqlite_master m, pragma_table_info(m.name) p
           WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.name NOT LIKE '\\_prisma%' ESCAPE '\\'
           ORDER BY m.name, p.cid`,
        )
      : await db.$queryRawUnsafe<{ t: string; c: string }[]>(
          `SELECT table_name AS t, column_name AS c FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_prisma%'
           ORDER BY table_name, ordinal_position`,
        );
  const tables: Tables = new Map();
  for (const { t, c } of rows) tables.set(t, [...(tables.get(t) ?? []), c]);
  return tables;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

function checksumSql(tables: Tables, userIds: string[]): string {
  const ids = userIds.length > 0 ? userIds.map(literal).join(", ") : "NULL";
  const parts: string[] = [];
  for (const [table, columns] of tables) {
    const name = quote(table);
    const latest = columns.includes("updatedAt") ? `COALESCE(CAST(MAX("updatedAt") AS TEXT), '-')` : `'-'`;
    parts.push(`SELECT ${literal(`${table}#`)} AS k, CAST(COUNT(*) AS TEXT) || '|' || ${latest} AS v FROM ${name}`);
    const row = columns.map((c) => `COALESCE(CAST(${quote(c)} AS TEXT), '~')`).join(" || '|' || ");
    const parent = THROUGH_PARENT[table];
    const where =
      table === "user"
        ? `WHERE "id" IN (${ids})`
        : columns.includes("userId")
          ? `WHERE "userId" IN (${ids})`
          : parent
            ? `WHERE ${quote(parent.column)} IN (SELECT "id" FROM ${quote(parent.parent)} WHERE "userId" IN (${ids}))`
            : ""; // verification, rateLimit: small, so in full
    parts.push(`SELECT ${literal(table)} AS k, ${row} AS v FROM ${name} ${where}`);
  }
  return parts.join("\nUNION ALL\n");
}

/** A checksum of what a request could have changed, for the given students, but the `ignored` tables. */
export function databaseChecksum(db: Db, kind: "sqlite" | "postgres", ignored: string[] = []) {
  let tables: Promise<Tables> | null = null;
  return async (userIds: string[]): Promise<string> => {
    tables ??= readTables(db, kind).then((all) => new Map([...all].filter(([table]) => !ignored.includes(table))));
    const rows = await db.$queryRawUnsafe<{ k: string; v: string }[]>(checksumSql(await tables, userIds));
    const lines = rows.map((r) => `${r.k}:${r.v}`).sort();
    return createHash("sha256").update(lines.join("\n")).digest("hex");
  };
}

/** The tables a checksum covers (for a test that says so). */
export async function checksumTables(db: Db, kind: "sqlite" | "postgres"): Promise<string[]> {
  return [...(await readTables(db, kind)).keys()];
}
