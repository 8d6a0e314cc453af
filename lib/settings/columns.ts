import { jsonColumn } from "@/lib/db/json-column";
import { storedSectionIdsSchema } from "./schemas";

/** StudySettings.sectionIds: the sections a student studies (empty: all); a damaged value reads as all. */
export const sectionIdsColumn = jsonColumn(storedSectionIdsSchema);
