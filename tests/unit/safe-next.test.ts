import { describe, expect, test } from "vitest";
import { safeNextPath } from "@/lib/safe-next";

describe("safeNextPath", () => {
  test.each([
    "/%09/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/./\\evil.example",
    "/.//evil.example",
    "/%2e//evil.example",
    "/ /evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "/javascript:alert(1)//",
    "data:text/html,hi",
    "evil.example",
    "",
    "/" + "a".repeat(2001),
  ])("%j goes nowhere off-site", (hostile) => {
    const result = safeNextPath(hostile);
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
    // What a browser would make of it, from our origin: still our origin.
    expect(new URL(result, "https://factdeck.example").origin).toBe("https://factdeck.example");
  });

  test("forms that resolve off-site fall back to / (the page gets next= already decoded: %09 is a tab)", () => {
    for (const hostile of ["/\t/evil.example", "/\\evil.example", "//evil.example", "javascript:alert(1)"]) {
      expect(safeNextPath(hostile)).toBe("/");
    }
  });

  test.each([
    ["/study", "/study"],
    ["/quiz/abc/results?timeout=1", "/quiz/abc/results?timeout=1"],
    ["/progress#calendar", "/progress#calendar"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("%j stays %j", (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });

  test("not a string", () => {
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(["/study"], "/x")).toBe("/x");
  });
});
