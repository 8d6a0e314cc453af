import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db/create-client";

/** The run's database (set by tests/setup/integration-global.ts). */
export function testDb(): Db {
  return createDb(inject("databaseUrl"));
}

export const databaseKind = () => (inject("databaseUrl").startsWith("file:") ? "sqlite" : "postgres");

/** A user row as better-auth would create it. */
export async function createTestUser(db: Db, overrides: { isAnonymous?: boolean; email?: string } = {}) {
  const id = randomUUID();
  return db.user.create({
    data: {
      id,
      name: "Test student",
      email: overrides.email ?? `${id}@example.test`,
      isAnonymous: overrides.isAnonymous ?? false,
    },
  });
}
