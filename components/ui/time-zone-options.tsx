/** The `<option>`s of a time-zone select: IANA names, read with spaces ("America/Los Angeles"). */
export function TimeZoneOptions({ zones }: { zones: string[] }) {
  return zones.map((zone) => (
    <option key={zone} value={zone}>
      {zone.replaceAll("_", " ")}
    </option>
  ));
}
