// What Anki's .apkg importer does with each note of a new export over a collection that holds an
// earlier one, by its rules with the default options (update notes and note types "if newer",
// merge note types off): rslib/src/import_export/package/apkg/import/notes.rs.
//   - a GUID the collection lacks: the note is added;
//   - a GUID it has, with another note type (or ours was re-made because its fields or templates
//     changed: update_or_duplicate_notetype): conflicting, skipped;
//   - a GUID it has and an older modification time there: updated (keeping the incoming time);
//   - otherwise: left as it is ("already in the collection"), whatever the fields say.
// Notes of the collection that are not in the file stay (a re-import never deletes).

export interface NoteRecord {
  guid: string;
  mid: number;
  mtime: number;
  flds: string;
  tags: string;
}

export interface NotetypeRecord {
  id: number;
  fields: string[];
  templates: string[];
}

export interface CollectionRecords {
  notes: NoteRecord[];
  notetypes: NotetypeRecord[];
}

export interface ReimportCounts {
  added: number;
  updated: number;
  unchanged: number;
  conflicting: number;
  /** In the collection, not in the file: kept by Anki. */
  missing: number;
  /** Of `updated`: notes whose fields and tags are the same as before (only the time moved). */
  updatedWithoutChange: number;
}

/** Anki's equal_schema: the same fields and templates, by name, in order (ids aside). */
const sameSchema = (a: NotetypeRecord, b: NotetypeRecord) =>
  a.fields.join("\x1f") === b.fields.join("\x1f") && a.templates.join("\x1f") === b.templates.join("\x1f");

/**
 * The counts of a re-import of `incoming` into a collection holding `existing` (an earlier export,
 * imported as it was and not edited since).
 *
 * @example reimportCounts(readApkgRecords(old), readApkgRecords(latest)) // { added: 1, updated: 1, unchanged: 216, … }
 */
export function reimportCounts(existing: CollectionRecords, incoming: CollectionRecords): ReimportCounts {
  const existingTypes = new Map(existing.notetypes.map((nt) => [nt.id, nt]));
  // A note type the collection has with another schema is added as a copy with a new id.
  const remapped = new Set(
    incoming.notetypes.filter((nt) => existingTypes.has(nt.id) && !sameSchema(existingTypes.get(nt.id)!, nt)).map((nt) => nt.id),
  );
  const byGuid = new Map(existing.notes.map((note) => [note.guid, note]));
  const counts: ReimportCounts = { added: 0, updated: 0, unchanged: 0, conflicting: 0, missing: 0, updatedWithoutChange: 0 };
  const seen = new Set<string>();
  for (const note of incoming.notes) {
    seen.add(note.guid);
    const old = byGuid.get(note.guid);
    if (!old) counts.added += 1;
    else if (remapped.has(note.mid) || old.mid !== note.mid) counts.conflicting += 1;
    else if (old.mtime < note.mtime) {
      counts.updated += 1;
      if (old.flds === note.flds && old.tags === note.tags) counts.updatedWithoutChange += 1;
    } else counts.unchanged += 1;
  }
  counts.missing = existing.notes.filter((note) => !seen.has(note.guid)).length;
  return counts;
}
