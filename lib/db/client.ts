import "server-only";
import { env } from "@/lib/env";
import { createDb, type Db } from "./create-client";

// One client per server process; kept on globalThis so dev hot reloads don't open more.
const globalForDb = globalThis as unknown as { factdeckDb?: Db };

export const db: Db = globalForDb.factdeckDb ?? createDb(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.factdeckDb = db;
