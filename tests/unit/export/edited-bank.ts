import path from "node:path";
import { buildBank, type Bank } from "@/lib/content/bank";
import { readRawBank } from "@/lib/content/read";

export const contentDir = path.join(process.cwd(), "content");

interface Edit {
  /** A basic or type-in flashcard whose question (`front`, `prompt`) gets words added. */
  editId?: string;
  /** A basic or type-in flashcard copied under a new id (`<id>-copy`, a new card of the same fact). */
  addId?: string;
}

type RawCard = { id: string; front?: string; prompt?: string };

/** The repo's bank with one card edited and/or one added, as an author would between two exports. */
export function editedBank({ editId, addId }: Edit): Bank {
  const raw = readRawBank(contentDir);
  const question = (card: RawCard) => (card.front !== undefined ? "front" : "prompt");
  const sectionFiles = raw.sectionFiles.map((file) => {
    if (!file.path.endsWith("flashcards.json")) return file;
    const json = JSON.parse(file.text) as { flashcards: RawCard[] };
    const added = json.flashcards.find((c) => c.id === addId);
    const edited = json.flashcards.find((c) => c.id === editId);
    if (!added && !edited) return file;
    if (added) json.flashcards.push({ ...added, id: `${added.id}-copy`, [question(added)]: `${added[question(added)]} (again)` });
    if (edited) edited[question(edited)] = `${edited[question(edited)]} (revised)`;
    return { ...file, text: JSON.stringify(json) };
  });
  return buildBank({ ...raw, sectionFiles });
}
