import type { Bank } from "../lib/content/bank";
import type { Db } from "../lib/db/create-client";
import type { BenchConfig, BenchSizes } from "./config";
import type { BenchDatabase } from "./database";
import type { SeededData } from "./seed";

/** What every measurement gets: the seeded database, its client, the real bank. */
export interface BenchContext {
  config: BenchConfig;
  sizes: BenchSizes;
  database: BenchDatabase;
  /** The app's own Prisma client for this database (lib/db/create-client). */
  db: Db;
  seeded: SeededData;
  /** The real question bank (content/), as the app loads it. */
  bank: Bank;
  log: (message: string) => void;
}
