// npm run content:grade -- <item-id> "<answer>"  |  npm run --silent content:grade -- --batch FILE.json
// Grades answers with the app's own grader (lib/answers). Exit 0 graded, 1 bad input file, 2 usage or unknown id.
import { readFileSync } from "node:fs";
import path from "node:path";
import { batchFileSchema, gradeBatch, gradeItem } from "../lib/answers/grade-item";
import { loadBank } from "../lib/content/read";

const USAGE =
  'Usage: npm run content:grade -- <item-id> "<answer>"\n       npm run --silent content:grade -- --batch FILE.json   (FILE: [{"id": "...", "answer": "..."}])';
const args = process.argv.slice(2);
const bank = loadBank(path.resolve(process.env.CONTENT_DIR ?? "content"));

if (args[0] === "--batch") {
  const file = args[1];
  if (!file || args.length > 2) {
    console.error(USAGE);
    process.exit(2);
  }
  let rows;
  try {
    rows = batchFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    console.error(`Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (!rows.success) {
    console.error(
      `${file} must be a JSON array of {"id": "...", "answer": "..."}: ${rows.error.issues[0]?.message ?? "wrong shape"} at ${rows.error.issues[0]?.path.join(".") ?? "?"}.`,
    );
    process.exit(1);
  }
  const { results, unknown } = gradeBatch(bank, rows.data);
  if (unknown.length > 0) {
    for (const error of unknown) console.error(error);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  const [id, answer, ...rest] = args;
  if (!id || answer === undefined || rest.length > 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const verdict = gradeItem(bank, id, answer);
  if (!verdict.ok) {
    console.error(verdict.error);
    process.exit(2);
  }
  const accepted = verdict.accepted.map((entry) => `"${entry}"`).join(", ");
  console.log(
    verdict.correct ? `correct: matched "${verdict.matched}" (${verdict.reason})` : `incorrect: ${verdict.reason} (accepted: ${accepted})`,
  );
}
