import { execFileSync } from "node:child_process";
import { expect, type Page, type TestInfo } from "@playwright/test";

export function uniqueEmail(prefix = "student"): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

export async function signUp(page: Page, email: string, password = "correct horse 42") {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByText(email)).toBeVisible();
}

/** Fill in and submit the sign-in form; the caller checks what happened. */
export async function attemptSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signIn(page: Page, email: string, password = "correct horse 42") {
  await attemptSignIn(page, email, password);
  await expect(page.getByRole("navigation", { name: "Main" }).getByText(email)).toBeVisible();
}

/** Save Study settings: a time zone, and other fields by their labels ("New cards per day": "1"). */
export async function saveStudySettings(page: Page, timeZone: string, fields: Record<string, string> = {}) {
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Study settings" });
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
  await form.getByLabel("Time zone").selectOption(timeZone);
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByText("Settings saved.")).toBeVisible();
}

/** A moment as the app writes it on a student's clock (en-GB, medium date, short time). */
export function onClock(at: string | number | Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(at));
}

/** Open the phone's Menu when the header shows one (under 1180 px), so its links and Sign out can be reached. */
export async function openMenuIfPhone(page: Page) {
  const menu = page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) {
    await menu.click();
    await expect(page.getByRole("dialog", { name: "Menu" })).toBeVisible();
  }
}

/** Follow a link of the main navigation: on a phone it sits in the Menu dialog, elsewhere in the header. */
export async function followNavLink(page: Page, name: string) {
  await openMenuIfPhone(page);
  const menu = page.getByRole("dialog", { name: "Menu" });
  const scope = (await menu.isVisible()) ? menu : page.getByRole("navigation", { name: "Main" });
  await scope.getByRole("link", { name }).click();
}

export async function signOut(page: Page) {
  await openMenuIfPhone(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
}

export async function startAsGuest(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Study as guest" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByText("Guest")).toBeVisible();
}

/** Show the answer of the card on /study (typing a guess on a type-in card). */
export async function revealCard(page: Page) {
  const box = page.getByLabel("Your answer");
  await expect(box.or(page.getByRole("button", { name: /Show answer/ }))).toBeVisible();
  if (await box.isVisible()) {
    await box.fill("my best guess");
    await page.getByRole("button", { name: /Check answer/ }).click();
  } else {
    await page.getByRole("button", { name: /Show answer/ }).click();
  }
  await expect(page.getByText(/^From the article · /)).toBeVisible();
}

/** Set an exam `daysAhead` days from today on /exam (85 %, 30 minutes a day), as a student would: its plan is then on the page. */
export async function setExamPlan(page: Page, daysAhead = 5) {
  await page.goto("/exam");
  const date = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Date of the exam").fill(date);
  await page.getByLabel("Target score (%)").fill("85");
  await page.getByLabel("Study budget (minutes a day)").fill("30");
  await page.getByRole("button", { name: "Set the exam" }).click();
  await expect(page.getByText("Exam set: here is your plan.")).toBeVisible();
}

/** One row from the e2e server's SQLite database (read-only), to check what the UI claims. */
export function readRow<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T | undefined {
  const url = process.env.E2E_DATABASE_URL ?? "";
  if (!url.startsWith("file:")) throw new Error("readRow reads the SQLite e2e database only.");
  return readRowIn(url.slice("file:".length), sql, ...params);
}

/** One row from the SQLite file `file` (read-only). */
export function readRowIn<T = Record<string, unknown>>(file: string, sql: string, ...params: unknown[]): T | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require("better-sqlite3") as typeof import("better-sqlite3");
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

/** Rows in the e2e server's SQLite database: `sql` selects a count as `n`. */
export function countRows(sql: string, ...params: unknown[]): number {
  return readRow<{ n: number }>(sql, ...params)?.n ?? 0;
}

/** Rows in the SQLite file `file`: `sql` selects a count as `n`. */
export function countRowsIn(file: string, sql: string, ...params: unknown[]): number {
  return readRowIn<{ n: number }>(file, sql, ...params)?.n ?? 0;
}

/**
 * The SQLite file of the server an @own-server test talks to. Tests that write the database from
 * outside the app (seeding a history) run on a server of their own (playwright.config.ts): SQLite
 * lets one process write at a time, and a commit from elsewhere fails the app's open transactions.
 */
export function ownServerDatabase(info: TestInfo): string {
  if (!/@own-server/.test(info.title)) throw new Error("Only @own-server tests may write the database from outside the app.");
  const port = new URL(String(info.project.use.baseURL)).port;
  return `/tmp/factdeck-e2e-${port}/e2e.db`;
}

/** Give a signed-up student ~2,800 simulated reviews of 230 cards, studied daily until yesterday (scripts/seed-history.ts). */
export function seedHistory(info: TestInfo, email: string): { cards: number; reviews: number } {
  const out = execFileSync("npx", ["tsx", "scripts/seed-history.ts", email], {
    env: { ...process.env, DATABASE_URL: `file:${ownServerDatabase(info)}` },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}
