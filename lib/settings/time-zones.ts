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
 * A zone's current IANA name: Chromium's `resolvedOptions().timeZone` says Asia/Calcutta for a
 * student in India, which the form lists as Asia/Kolkata. Pure.
 *
 * @example
 * currentZoneName("Asia/Calcutta") // "Asia/Kolkata"
 */
export function currentZoneName(zone: string): string {
  return CURRENT_NAMES[zone] ?? zone;
}

/**
 * The settings form's zones: UTC first, then `supported` (from `Intl.supportedValuesOf`) with
 * current names, sorted; a saved zone under any other name stays selectable. Pure.
 *
 * @example
 * timeZoneOptions(["Asia/Calcutta", "UTC"], "UTC") // ["UTC", "Asia/Kolkata"]
 */
export function timeZoneOptions(supported: readonly string[], saved: string): string[] {
  const zones = [...new Set(supported.filter((z) => z !== "UTC").map(currentZoneName))].sort();
  const all = ["UTC", ...zones];
  return all.includes(saved) ? all : [saved, ...all];
}
