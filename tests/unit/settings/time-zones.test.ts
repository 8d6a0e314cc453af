import { describe, expect, test } from "vitest";
import { currentZoneName, timeZoneOptions } from "@/lib/settings/time-zones";

describe("timeZoneOptions", () => {
  test("lists current names, UTC first", () => {
    const zones = timeZoneOptions(["Europe/Kiev", "UTC", "Asia/Calcutta", "Europe/Berlin"], "UTC");
    expect(zones).toEqual(["UTC", "Asia/Kolkata", "Europe/Berlin", "Europe/Kyiv"]);
  });
  test("a zone saved under an old name stays selectable", () => {
    expect(timeZoneOptions(["Asia/Calcutta"], "Asia/Calcutta")).toEqual(["Asia/Calcutta", "UTC", "Asia/Kolkata"]);
  });
  test("Node's own list yields Asia/Kolkata, not Asia/Calcutta", () => {
    const zones = timeZoneOptions(Intl.supportedValuesOf("timeZone"), "UTC");
    expect(zones).toContain("Asia/Kolkata");
    expect(zones).not.toContain("Asia/Calcutta");
  });
});

describe("currentZoneName", () => {
  test.each([
    { label: "an old name", zone: "Asia/Calcutta", current: "Asia/Kolkata" },
    { label: "a current name", zone: "Europe/Berlin", current: "Europe/Berlin" },
    { label: "UTC", zone: "UTC", current: "UTC" },
  ])("$label", ({ zone, current }) => expect(currentZoneName(zone)).toBe(current));
});
