// npm run content:report [-- --json] [-- --limit N]
// Each item's attempts, wrong rate and "I was right" count from the database at DATABASE_URL, most overridden first.
import path from "node:path";
import { formatReport, rankItems } from "../lib/answers/report";
import { countItemAnswers } from "../lib/answers/report-queries";
import { loadBank } from "../lib/content/read";
import { createDb } from "../lib/db/create-client";
import { env } from "../lib/env";

const args = process.argv.slice(2);
const limitAt = args.indexOf("--limit");
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
if (limitAt >= 0 && !(limit > 0)) {
  console.error("Usage: npm run content:report [-- --json] [-- --limit N]   (reads the database at DATABASE_URL)");
  process.exit(2);
}
async function main() {
  const db = createDb(env.DATABASE_URL);
  try {
    const rows = rankItems(await countItemAnswers(db, loadBank(path.resolve(process.env.CONTENT_DIR ?? "content")))).slice(0, limit);
    process.stdout.write(args.includes("--json") ? `${JSON.stringify(rows, null, 2)}\n` : `${formatReport(rows)}\n`);
  } finally {
    await db.$disconnect();
  }
}

void main();
