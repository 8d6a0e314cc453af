import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import type { CollectionRecords } from "./reimport-diff";

/**
 * The collection of an .apkg, opened read-only with the SQLite driver, as Anki reads it. Throws
 * when the zip has no `collection.anki2`. Close it when done.
 */
export function openApkg(bytes: Uint8Array): Database.Database {
  const collection = unzipSync(bytes)["collection.anki2"];
  if (!collection) throw new Error("Not an Anki package: no collection.anki2 in the zip.");
  return new Database(Buffer.from(collection), { readonly: true });
}

interface LegacyModel {
  id: number;
  flds: { name: string }[];
  tmpls: { name: string }[];
}

/** The notes and note types of an .apkg, for {@link reimportCounts}. */
export function readApkgRecords(bytes: Uint8Array): CollectionRecords {
  const db = openApkg(bytes);
  try {
    const notes = db.prepare("SELECT guid, mid, mod AS mtime, flds, tags FROM notes").all() as CollectionRecords["notes"];
    const { models } = db.prepare("SELECT models FROM col").get() as { models: string };
    const notetypes = Object.values(JSON.parse(models) as Record<string, LegacyModel>).map((m) => ({
      id: m.id,
      fields: m.flds.map((f) => f.name),
      templates: m.tmpls.map((t) => t.name),
    }));
    return { notes, notetypes };
  } finally {
    db.close();
  }
}
