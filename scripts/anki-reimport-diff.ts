// npm run anki:reimport-diff -- OLD.apkg NEW.apkg: what re-importing NEW into a collection holding OLD does, by Anki's rules
import { readFileSync } from "node:fs";
import { readApkgRecords } from "../lib/export/apkg-read";
import { reimportCounts } from "../lib/export/reimport-diff";

const [oldFile, newFile] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
if (!oldFile || !newFile) {
  console.error("Usage: npm run anki:reimport-diff -- OLD.apkg NEW.apkg");
  process.exit(2);
}
const counts = reimportCounts(readApkgRecords(readFileSync(oldFile)), readApkgRecords(readFileSync(newFile)));
console.log(
  `added ${counts.added}, updated ${counts.updated} (of which ${counts.updatedWithoutChange} with the same fields and tags), ` +
    `unchanged ${counts.unchanged}, conflicting ${counts.conflicting}; ${counts.missing} in the old file only (Anki keeps them).`,
);
if (process.argv.includes("--json")) console.log(JSON.stringify(counts));
