import path from "node:path";
import { searchBank } from "../../lib/browse/search";
import { buildBank } from "../../lib/content/bank";
import { loadBank } from "../../lib/content/read";
import { repetitions } from "../config";
import type { BenchContext } from "../context";
import { latencyRow, type BenchRow } from "../result";
import { measure } from "../stats";
import { syntheticRawBank } from "../synthetic-bank";

/** (6)'s targets, p95 in ms. */
export const REAL_BANK_LIMIT_MS = 300;
export const SYNTHETIC_BANK_LIMIT_MS = 3_000;
export const SEARCH_LIMIT_MS = 50;

/** Queries a student types on /browse: one word, a prefix while typing, two words, a typo, no hit. */
const SEARCH_QUERIES = ["harbour", "refin", "railway projects", "satelite", "district 1234", "nothing-like-this"];

/**
 * (6) the real bank read from content/ and validated (loadBank, as the app
 * does at start), and a synthetic bank of 10,000 items made in memory and
 * validated through the same buildBank; and /browse's search over that bank.
 */
export async function measureContent(ctx: BenchContext): Promise<BenchRow[]> {
  const contentDir = path.join(ctx.config.root, "content");
  const real = loadBank(contentDir);
  const realItems = real.facts.size + real.flashcards.size + real.questions.size;
  const realTiming = await measure(() => loadBank(contentDir), { iterations: repetitions(ctx.config.scale, 30), warmup: 2 });

  const raw = syntheticRawBank(ctx.sizes.syntheticBankItems);
  const synthetic = buildBank(raw);
  const items = synthetic.facts.size + synthetic.flashcards.size + synthetic.questions.size;
  const syntheticTiming = await measure(() => buildBank(raw), {
    iterations: repetitions(ctx.config.scale, 8),
    warmup: 1,
    budgetMs: 30_000,
    minIterations: 3,
  });
  // The index is built once per process (the first search); the row times searches after that.
  searchBank(synthetic, "warm-up");
  let next = 0;
  const searchTiming = await measure(() => searchBank(synthetic, SEARCH_QUERIES[next++ % SEARCH_QUERIES.length]!), {
    iterations: repetitions(ctx.config.scale, 300),
    warmup: 10,
  });
  return [
    latencyRow("6a", `content: load + validate the real bank (${realItems} items)`, realTiming, REAL_BANK_LIMIT_MS),
    latencyRow(
      "6b",
      `content: validate a synthetic bank (${items.toLocaleString("en-US")} items)`,
      syntheticTiming,
      SYNTHETIC_BANK_LIMIT_MS,
    ),
    latencyRow("6c", `browse: search the synthetic bank (${items.toLocaleString("en-US")} items)`, searchTiming, SEARCH_LIMIT_MS),
  ];
}
