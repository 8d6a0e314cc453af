import { afterEach, describe, expect, test, vi } from "vitest";

// The offline bounds an operator may set: read once at start-up, and a bad value stops the server
// there with the variable's name, rather than giving every student a different rule.
const load = async () => (await import("@/lib/env")).env;

describe("offline bounds in the environment", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  test("default to a 2-minute quiz grace and a 14-day oldest offline rating", async () => {
    vi.stubEnv("QUIZ_OFFLINE_GRACE_SECONDS", "");
    vi.stubEnv("SYNC_MAX_OFFLINE_DAYS", "");
    vi.resetModules(); // set to nothing, as `NAME=` in .env: unset, not 0
    expect(await load()).toMatchObject({ QUIZ_OFFLINE_GRACE_SECONDS: 120, SYNC_MAX_OFFLINE_DAYS: 14 });
  });

  test("take a school's own values", async () => {
    vi.stubEnv("QUIZ_OFFLINE_GRACE_SECONDS", "30");
    vi.stubEnv("SYNC_MAX_OFFLINE_DAYS", "3");
    vi.resetModules();
    expect(await load()).toMatchObject({ QUIZ_OFFLINE_GRACE_SECONDS: 30, SYNC_MAX_OFFLINE_DAYS: 3 });
  });

  test.each([
    ["QUIZ_OFFLINE_GRACE_SECONDS", "7200", /QUIZ_OFFLINE_GRACE_SECONDS must be 0 to 3600/],
    ["QUIZ_OFFLINE_GRACE_SECONDS", "-1", /QUIZ_OFFLINE_GRACE_SECONDS must be 0 to 3600/],
    ["SYNC_MAX_OFFLINE_DAYS", "0", /SYNC_MAX_OFFLINE_DAYS must be 1 to 365/],
    ["SYNC_MAX_OFFLINE_DAYS", "400", /SYNC_MAX_OFFLINE_DAYS must be 1 to 365/],
  ])("refuse %s=%s with its name", async (name, value, message) => {
    vi.stubEnv(name, value);
    vi.resetModules();
    await expect(load()).rejects.toThrow(message);
  });
});
