import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";

const script = path.resolve("scripts/write-env.sh");
const mode = (file: string) => statSync(file).mode & 0o777;

test("npm run setup writes .env with its secret readable by the owner only (600), even under a loose umask", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-env-"));
  execFileSync("bash", ["-c", `umask 000; bash ${script}`], { cwd: dir, stdio: "pipe" });
  const env = path.join(dir, ".env");
  expect(mode(env)).toBe(0o600);
  expect(readFileSync(env, "utf8")).toMatch(/^BETTER_AUTH_SECRET="[\w-]{43}"$/m);
});

test("an existing .env is kept as it is, and made 600", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-env-"));
  const env = path.join(dir, ".env");
  writeFileSync(env, 'BETTER_AUTH_SECRET="mine"\n', { mode: 0o644 });
  execFileSync("bash", [script], { cwd: dir, stdio: "pipe" });
  expect(readFileSync(env, "utf8")).toBe('BETTER_AUTH_SECRET="mine"\n');
  expect(mode(env)).toBe(0o600);
});
