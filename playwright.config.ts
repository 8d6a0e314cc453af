import { defineConfig, devices } from "@playwright/test";
import { findE2eBrowser, type E2eBrowser } from "./scripts/e2e-browser";

// Service workers' own requests go through context.route too (Playwright's switch for Chromium), so
// an offline test can cut them where a browser's setOffline does not reach them.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= "1";
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The server's SQLite file, fresh each run (scripts/e2e-server.sh deletes it); tests read it to check rows.
process.env.E2E_DATABASE_URL ??= `file:/tmp/factdeck-e2e-${port}/e2e.db`;
// @own-server tests write the database from outside the app (seeding a review history). SQLite lets one
// process write at a time: a write from elsewhere fails the app's open transactions (SQLITE_BUSY), so
// those tests get a server and a database of their own, on the next port.
const ownServerPort = port + 1;
// scripts/e2e-server.sh points the app's SMTP_URL here; the reset test listens there. Three above, not
// two: tests/e2e/startup.spec.ts starts its own production server two above.
process.env.E2E_SMTP_PORT ??= String(port + 3);
const ownServerURL = `http://127.0.0.1:${ownServerPort}`;
const phone = { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } };

// CHROMIUM_PATH, Debian's Chromium or the npm one; never a downloaded browser (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
const browser = e2eBrowser();
const launchOptions = {
  executablePath: browser.executablePath,
  ...(browser.env ? { env: { ...process.env, ...browser.env } } : {}),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  // No trace unless asked for (E2E_TRACE=retain-on-failure): recording one for every test cost 13 % of
  // the a11y test's time, and CI's one failure in its last run was a context teardown that overran
  // the timeout while the trace was being kept (a known Playwright hazard with tracing on).
  use: {
    baseURL,
    trace: (process.env.E2E_TRACE ?? "off") as "off" | "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    // @phone tests run in both projects; @phone-only tests (taps, phone layout) only on the phone.
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, grepInvert: /@phone-only|@own-server/ },
    { name: "phone", use: { ...phone, launchOptions }, grep: /@phone/, grepInvert: /@own-server/ },
    // One @own-server test at a time: each seeds the shared own-server database from outside.
    {
      name: "own-server",
      use: { ...devices["Desktop Chrome"], baseURL: ownServerURL, launchOptions },
      grep: /@own-server/,
      grepInvert: /@phone-only/,
      workers: 1,
    },
    {
      name: "own-server-phone",
      use: { ...phone, baseURL: ownServerURL, launchOptions },
      grep: /^(?=.*@own-server)(?=.*@phone)/,
      workers: 1,
      dependencies: ["own-server"],
    },
  ],
  webServer: [
    {
      // A fresh SQLite database per run, then the production build (`next build` ran before).
      command: `bash scripts/e2e-server.sh ${port}`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `bash scripts/e2e-server.sh ${ownServerPort}`,
      url: `${ownServerURL}/api/health`,
      env: { E2E_DATABASE_URL: `file:/tmp/factdeck-e2e-${ownServerPort}/e2e.db` },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});

/** The browser, said once (workers load this file too); or one line on what to install, and stop. */
function e2eBrowser(): E2eBrowser {
  try {
    const found = findE2eBrowser();
    if (!process.env.TEST_WORKER_INDEX) console.log(`e2e browser: ${found.executablePath} (${found.source})`);
    return found;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
