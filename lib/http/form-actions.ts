import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Server actions that take a form (`(previous, formData: FormData)`). React posts their arguments
 * as multipart/form-data; a request for one of them with any other body carries no FormData, and
 * the action would throw on `formData.get` (a 500). proxy.ts answers it with a 400 instead.
 * tests/unit/http/form-actions.test.ts fails when an action taking FormData is missing here.
 */
export const FORM_ACTION_NAMES = new Set([
  "startQuizAction",
  "saveStudySettingsAction",
  "saveColorSchemeAction",
  "deleteAccountAction",
  "setExamAction",
  "enterActualScoreAction",
]);

let formActionIds: Set<string> | null = null;

/** The ids the build gave those actions (the server-reference manifest maps id → exported name). */
function idsOfFormActions(): Set<string> {
  if (formActionIds) return formActionIds;
  try {
    const file = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");
    const manifest = JSON.parse(readFileSync(file, "utf8")) as { node?: Record<string, { exportedName?: string }> };
    formActionIds = new Set(
      Object.entries(manifest.node ?? {})
        .filter(([, entry]) => entry.exportedName !== undefined && FORM_ACTION_NAMES.has(entry.exportedName))
        .map(([id]) => id),
    );
  } catch {
    formActionIds = new Set(); // next dev builds the manifest as it goes: no refusal there
  }
  return formActionIds;
}

/** A call of a form action whose body is not a form. */
export function isFormActionWithoutForm(actionId: string | null, contentType: string | null): boolean {
  if (actionId === null || (contentType ?? "").toLowerCase().startsWith("multipart/form-data")) return false;
  return idsOfFormActions().has(actionId);
}
