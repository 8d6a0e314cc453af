/**
 * Zones whose current IANA name Node's ICU still lists under the old one (B10): a student looking
 * for Kolkata or Kyiv finds them, and a browser reporting Asia/Kolkata gets it pre-selected.
 */
const CURRENT_NAMES: Record<string, string> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Europe/Kiev": "Europe/Kyiv",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
};

/**
 * The settings form's zones: UTC first, then `supported` (from `Intl.supportedValuesOf`) with
 * current names, sorted; a saved zone under any other name stays selectable. Pure.
 *
 * @example
 * timeZoneOptions(["Asia/Calcutta", "UTC"], "UTC") // ["UTC", "Asia/Kolkata"]
 */
export function timeZoneOptions(supported: readonly string[], saved: string): string[] {
  const zones = [...new Set(supported.filter((z) => z !== "UTC").map((z) => CURRENT_NAMES[z] ?? z))].sort();
  const all = ["UTC", ...zones];
  return all.includes(saved) ? all : [saved, ...all];
}
