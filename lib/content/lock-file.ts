import type { ContentProblem, RawFile } from "./bank";
import { lockFileSchema, type LockFile } from "./schemas";

/** `content/ids.lock.json`, parsed with zod; each problem names the file and the field. */
export function parseLock(file: RawFile, problems: ContentProblem[]): LockFile {
  const empty = { ids: [], retired: [] };
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    problems.push({ file: file.path, id: null, field: "", message: `Not valid JSON: ${(error as Error).message}` });
    return empty;
  }
  const result = lockFileSchema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({
      file: file.path,
      id: null,
      field: issue.path.map(String).join(".") || "ids",
      message: `${issue.message} (expected { "ids": ["…"], "retired": [{ "id", "duplicateOf"?, "why" }] })`,
    });
  }
  return empty;
}

/** Ids the lock file retires directly (for checks that run before the lock is fully resolved). */
export function retiredInLock(lock: RawFile | undefined): (id: string) => boolean {
  if (!lock) return () => false;
  try {
    const parsed = lockFileSchema.safeParse(JSON.parse(lock.text));
    const ids = new Set(parsed.success ? parsed.data.retired.map((entry) => entry.id) : []);
    return (id) => ids.has(id);
  } catch {
    return () => false;
  }
}
