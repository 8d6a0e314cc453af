import Database from "better-sqlite3";
import { unzipSync } from "fflate";

/**
 * The collection of an .apkg, opened read-only with the SQLite driver, as Anki reads it. Throws
 * when the zip has no `collection.anki2`. Close it when done.
 */
export function openApkg(bytes: Uint8Array): Database.Database {
  const collection = unzipSync(bytes)["collection.anki2"];
  if (!collection) throw new Error("Not an Anki package: no collection.anki2 in the zip.");
  return new Database(Buffer.from(collection), { readonly: true });
}
