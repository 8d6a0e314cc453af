import { afterAll, describe, expect, test } from "vitest";
import { dialectOf } from "@/lib/db/create-client";
import { databaseKind, testDb } from "./helpers";

// Raw SQL picks its dialect from the client it runs on; inside a transaction that is the `tx`.

const db = testDb();
afterAll(() => db.$disconnect());

describe(`the SQL dialect travels with the client (${databaseKind()})`, () => {
  test("a client and the transaction client inside it both say which database they talk to", async () => {
    expect(dialectOf(db)).toBe(databaseKind());
    expect(await db.$transaction(async (tx) => dialectOf(tx))).toBe(databaseKind());
  });

  test("something that isn't a Prisma client is refused, not taken for SQLite", () => {
    expect(() => dialectOf({} as never)).toThrow(/not a client made by createDb/);
  });
});
