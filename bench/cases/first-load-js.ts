import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import type { BenchRow } from "../result";

const run = promisify(execFile);

/** (8)'s target: every route's first-load JS is at most this many times a bare page's. */
export const FIRST_LOAD_MAX_RATIO = 1.3;

export interface RouteJs {
  route: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/**
 * `next build` in `dir` (Turbopack, as `npm run build`). Throws with the end of
 * the build log when it fails.
 */
export async function nextBuild(dir: string, nextBin: string, env: Record<string, string> = {}): Promise<void> {
  try {
    await run(process.execPath, [nextBin, "build"], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`next build failed in ${dir}:\n${`${stdout}\n${stderr}`.trim().split("\n").slice(-30).join("\n")}`);
  }
}

/**
 * First-load JS of every page of a build, from its manifests: the root main
 * files every page loads (build-manifest.json rootMainFiles) plus the page's
 * own entry chunks (its layouts, the page, from the page's client reference
 * manifest), each file counted once, gzip level 9 as Next's old build output
 * did. Polyfills are left out: browsers that run the app skip them (nomodule).
 * Next 16 no longer prints these sizes, so they are computed here.
 */
export function firstLoadJs(distDir: string): RouteJs[] {
  const buildManifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const routes = JSON.parse(readFileSync(path.join(distDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const result: RouteJs[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page") || entry === "/_global-error/page") continue;
    const manifestFile = path.join(distDir, "server", "app", `${entry}_client-reference-manifest.js`);
    const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
    vm.runInNewContext(readFileSync(manifestFile, "utf8"), sandbox);
    const manifest = sandbox.__RSC_MANIFEST?.[entry];
    if (!manifest) throw new Error(`${manifestFile} has no manifest for ${entry}.`);
    const files = [...new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()])].filter((f) =>
      f.endsWith(".js"),
    );
    let bytes = 0;
    let gzipBytes = 0;
    for (const file of files) {
      const content = readFileSync(path.join(distDir, file));
      bytes += content.length;
      gzipBytes += gzipSync(content, { level: 9 }).length;
    }
    result.push({ route, files, bytes, gzipBytes });
  }
  return result.sort((a, b) => a.route.localeCompare(b.route));
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** (8) rows: the bare page, then every route of the app against it. */
export function firstLoadRows(app: RouteJs[], bare: RouteJs, nextVersion: string): BenchRow[] {
  const rows: BenchRow[] = [
    {
      id: "8",
      name: `first-load JS: bare Next.js ${nextVersion} page (baseline)`,
      status: "ok",
      result: `${kB(bare.gzipBytes)} gzip (${kB(bare.bytes)} raw)`,
      details: { ...bare },
    },
  ];
  for (const [i, route] of app.entries()) {
    const ratio = route.gzipBytes / bare.gzipBytes;
    rows.push({
      id: `8${String.fromCharCode(97 + i)}`,
      name: `first-load JS: ${route.route}`,
      status: "ok",
      result: `${kB(route.gzipBytes)} gzip, ${ratio.toFixed(2)}× bare`,
      target: `≤ ${FIRST_LOAD_MAX_RATIO}× bare`,
      pass: ratio <= FIRST_LOAD_MAX_RATIO,
      details: { ...route, ratio },
    });
  }
  return rows;
}

/** The installed Next.js version (the bare page is built with the same). */
export function nextVersion(root: string): string {
  const pkg = path.join(root, "node_modules", "next", "package.json");
  return existsSync(pkg) ? (JSON.parse(readFileSync(pkg, "utf8")) as { version: string }).version : "?";
}
