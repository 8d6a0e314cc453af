import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { findE2eBrowser, NO_BROWSER } from "@/scripts/e2e-browser";

// The order Playwright looks for a browser in: CHROMIUM_PATH, then the system's Chromium (the npm
// one comes last and is exercised by the e2e suite itself on a machine without /usr/bin/chromium).
const dir = mkdtempSync(path.join(tmpdir(), "factdeck-browser-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fakeBrowser = (name: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, "#!/bin/sh\n");
  return file;
};

describe("findE2eBrowser", () => {
  test("CHROMIUM_PATH wins over the system's Chromium", () => {
    const mine = fakeBrowser("my-chromium");
    expect(findE2eBrowser({ CHROMIUM_PATH: mine }, fakeBrowser("system-chromium"))).toEqual({
      executablePath: mine,
      source: "CHROMIUM_PATH",
    });
  });

  test("a CHROMIUM_PATH that does not exist is an error naming it, not a silent fallback", () => {
    expect(() => findE2eBrowser({ CHROMIUM_PATH: path.join(dir, "missing") }, fakeBrowser("system-chromium"))).toThrow(
      `CHROMIUM_PATH=${path.join(dir, "missing")} does not exist.`,
    );
  });

  test("without CHROMIUM_PATH, the system's Chromium", () => {
    const system = fakeBrowser("chromium");
    expect(findE2eBrowser({}, system)).toEqual({ executablePath: system, source: "the system's" });
  });

  test("a system Chromium hidden by /dev/null or left empty is passed over for the npm one", () => {
    const empty = path.join(dir, "empty");
    writeFileSync(empty, "");
    const npm = { executablePath: fakeBrowser("npm-chromium"), source: "@sparticuz/chromium 147.0.0" };
    for (const hidden of ["/dev/null", empty]) expect(findE2eBrowser({}, hidden, () => npm)).toBe(npm);
  });

  test("no browser at all: one line saying what to install", () => {
    expect(() => findE2eBrowser({}, path.join(dir, "none"), () => undefined)).toThrow(NO_BROWSER);
    expect(NO_BROWSER).not.toContain("\n");
    expect(NO_BROWSER).toMatch(/npm ci.*apt-get install -y chromium.*CHROMIUM_PATH/);
  });
});
