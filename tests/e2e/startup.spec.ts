import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./helpers";

// The production server with its own copy of the question bank (CONTENT_DIR), on the port after
// the e2e server's: a bad file stops it before it answers anything; a file broken while it runs
// changes nothing, because the bank validated at start-up is the one served.

const port = Number(process.env.E2E_PORT ?? 3100) + 2;
const base = `http://127.0.0.1:${port}`;
test.describe.configure({ mode: "serial" });

function copyContent(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "factdeck-content-")), "content");
  cpSync("content", dir, { recursive: true });
  return dir;
}

/** `next start` on `port`: on 127.0.0.1 only, or (`everyInterface`) on every one, as `npm start` runs it. */
function startServer(
  contentDir: string,
  everyInterface = false,
  databaseUrl = process.env.E2E_DATABASE_URL,
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = "";
  const host = everyInterface ? [] : ["-H", "127.0.0.1"];
  const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), ...host], {
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_URL: base,
      BETTER_AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function health(): Promise<{ status: number; body: { ok?: boolean; facts?: number } } | null> {
  try {
    const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return { status: response.status, body: await response.json() };
  } catch {
    return null;
  }
}

test("a bad content file stops the server before it serves anything, naming the file, item and field", async () => {
  const dir = copyContent();
  const file = path.join(dir, "sections", "relos", "flashcards.json");
  const data = JSON.parse(readFileSync(file, "utf8")) as { flashcards: { id: string; front?: string }[] };
  const broken = data.flashcards.find((f) => typeof f.front === "string")!;
  broken.front = "";
  writeFileSync(file, JSON.stringify(data, null, 2));

  const server = startServer(dir);
  let isExited = false;
  void server.exited.then(() => (isExited = true));
  // Until it exits, nothing is served: no health check (or page) ever answers 200.
  while (!isExited) {
    const answer = await health();
    expect(answer?.status ?? 0).not.toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await server.exited).toBe(1);
  const output = server.output();
  expect(output).toContain("Factdeck will not start: the question bank");
  expect(output).toContain(`sections/relos/flashcards.json · id ${broken.id} · field front:`);
});

test("a file broken while the server runs changes nothing: the bank checked at start-up is served", async () => {
  const dir = copyContent();
  const server = startServer(dir);
  try {
    await expect.poll(async () => (await health())?.status, { timeout: 30_000 }).toBe(200);
    const before = (await health())!.body.facts;
    expect(before).toBeGreaterThan(100);
    expect(server.output()).toContain(`Question bank loaded: ${before} facts`);

    writeFileSync(path.join(dir, "sections", "relos", "facts.json"), "{ this is not json");
    writeFileSync(path.join(dir, "deck.json"), "[]");

    expect(await health()).toEqual({ status: 200, body: { ok: true, facts: before } });
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain("India–Russia Summit");
    expect(html).toContain('data-testid="section-relos"');
  } finally {
    server.child.kill("SIGKILL");
    await server.exited;
  }
});

test("a student signs up and in at every address the server prints, its LAN address too (B6)", async ({ page }) => {
  // Its own database: the students it signs up are written by this server, not the e2e server's.
  const databaseUrl = `file:${path.join(mkdtempSync(path.join(tmpdir(), "factdeck-addresses-")), "e2e.db")}`;
  execFileSync("bash", ["scripts/db.sh", "migrate"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" });
  const server = startServer(copyContent(), true, databaseUrl);
  try {
    await expect.poll(async () => (await health())?.status, { timeout: 30_000 }).toBe(200);
    // next start prints "- Local: http://localhost:PORT" and, on a machine with a network, "- Network: http://<its address>:PORT".
    const printed = [...server.output().matchAll(/- (?:Local|Network):\s+(http:\/\/\S+)/g)].map((match) => match[1]!);
    expect(printed[0]).toBe(`http://localhost:${port}`);
    for (const address of printed) {
      const email = uniqueEmail("address");
      await page.goto(`${address}/sign-up`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("correct horse 42");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByRole("navigation", { name: "Main" }).getByText(email), address).toBeVisible();
    }
  } finally {
    server.child.kill("SIGKILL");
    await server.exited;
  }
});
