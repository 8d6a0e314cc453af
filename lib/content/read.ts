import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildBank, type Bank, type BuildOptions, type RawBank, type RawFile } from "./bank";

/**
 * Read every content file under `contentDir` without validating it.
 * Paths in the result are relative to the working directory (`content/...`)
 * so problems name the file a person would open.
 */
// The content folder is read at run time from the working directory (turbopackIgnore:
// it is not part of the server bundle's trace).
export function readRawBank(contentDir: string): RawBank {
  const root = path.resolve(contentDir);
  const label = (file: string) => path.relative(process.cwd(), file).split(path.sep).join("/");
  const read = (file: string): RawFile => ({ path: label(file), text: readFileSync(/*turbopackIgnore: true*/ file, "utf8") });

  const deck = read(path.join(root, "deck.json"));
  let sourcePath = path.join(root, "sources", "missing.txt");
  try {
    const declared = (JSON.parse(deck.text) as { source?: unknown }).source;
    if (typeof declared === "string") sourcePath = path.join(root, declared);
  } catch {
    // buildBank reports the invalid deck file.
  }
  const source: RawFile = existsSync(/*turbopackIgnore: true*/ sourcePath) ? read(sourcePath) : { path: label(sourcePath), text: "" };

  const sectionsDir = path.join(root, "sections");
  const sectionFiles: RawFile[] = [];
  if (existsSync(/*turbopackIgnore: true*/ sectionsDir)) {
    for (const folder of readdirSync(/*turbopackIgnore: true*/ sectionsDir, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      for (const file of readdirSync(/*turbopackIgnore: true*/ path.join(sectionsDir, folder.name))) {
        sectionFiles.push(read(path.join(sectionsDir, folder.name, file)));
      }
    }
  }
  const lockPath = path.join(root, "ids.lock.json");
  return { deck, source, sectionFiles, lock: existsSync(/*turbopackIgnore: true*/ lockPath) ? read(lockPath) : undefined };
}

/**
 * Load and validate the bank in `contentDir` (default: `content/` of the
 * working directory). The one loader used by the app, the CLI and the tests.
 *
 * @throws {ContentError} when any file is invalid; nothing is half-loaded.
 */
export function loadBank(contentDir = path.join(process.cwd(), "content"), options: BuildOptions = {}): Bank {
  return buildBank(readRawBank(contentDir), options);
}
