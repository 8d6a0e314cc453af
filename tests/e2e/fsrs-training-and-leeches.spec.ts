import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { get_fuzz_range } from "ts-fsrs";
import { toFsrsCard } from "../../lib/srs/mapping";
import { createScheduler, previewDue, Rating } from "../../lib/srs/scheduler";
import { countRowsIn, ownServerDatabase, seedHistory, signUp, startAsGuest, uniqueEmail } from "./helpers";

function openDatabase(info: TestInfo, readonly = true) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require("better-sqlite3") as typeof import("better-sqlite3");
  return new Database(ownServerDatabase(info), { readonly });
}

const countRows = (info: TestInfo, sql: string, ...params: unknown[]) => countRowsIn(ownServerDatabase(info), sql, ...params);

/** What ts-fsrs (no fuzz) previews for Good on the student's stored card now, with their stored parameters. */
function expectedGoodDays(info: TestInfo, email: string, flashcardId: string): number {
  const db = openDatabase(info);
  try {
    const row = db
      .prepare(
        `SELECT c.*, s."fsrsParameters" AS params FROM "Card" c JOIN "user" u ON u.id = c."userId" LEFT JOIN "StudySettings" s ON s."userId" = u.id WHERE u.email = ? AND c."flashcardId" = ?`,
      )
      .get(email, flashcardId) as Record<string, unknown> & { params: string | null };
    const date = (v: unknown) => new Date(v as string | number);
    const now = new Date();
    const scheduler = createScheduler({
      desiredRetention: 0.9,
      maximumInterval: 36500,
      fsrsParameters: row.params ? JSON.parse(row.params) : null,
      enableFuzz: false,
    });
    const card = toFsrsCard({
      due: date(row.due),
      stability: row.stability as number,
      difficulty: row.difficulty as number,
      elapsedDays: row.elapsedDays as number,
      scheduledDays: row.scheduledDays as number,
      learningSteps: row.learningSteps as number,
      reps: row.reps as number,
      lapses: row.lapses as number,
      state: row.state as number,
      lastReview: row.lastReview === null ? null : date(row.lastReview),
    });
    return (previewDue(scheduler, card, now)[Rating.Good].getTime() - now.getTime()) / 86_400_000;
  } finally {
    db.close();
  }
}

/**
 * The days a button's label can stand for: "1.1mo" is anything formatInterval rounds to it (1.05–1.15 months),
 * so a check against the real interval allows the label's own rounding, and nothing more.
 */
function intervalDays(text: string): { low: number; high: number } {
  const match = /^([\d.]+)(m|h|d|mo|y)$/.exec(text.trim());
  if (!match) throw new Error(`Not an interval: ${text}`);
  const unit = { m: 1 / 1440, h: 1 / 24, d: 1, mo: 30.4375, y: 365.25 }[match[2] as "m" | "h" | "d" | "mo" | "y"];
  // formatInterval rounds minutes, hours and days to whole numbers, months and years to tenths.
  const half = match[2] === "mo" || match[2] === "y" ? 0.05 : 0.5;
  return { low: (Number(match[1]) - half) * unit, high: (Number(match[1]) + half) * unit };
}

/**
 * The label stands for an interval ts-fsrs's fuzz can give around the unfuzzed one: its own
 * get_fuzz_range (e.g. 35–43 days around 39; a flat ±10 % refused its legitimate 35), plus a day
 * because the expected interval is counted from this test's clock, not the page's.
 */
function expectWithinFuzz(label: { low: number; high: number }, unfuzzedDays: number) {
  const { min_ivl, max_ivl } = get_fuzz_range(Math.round(unfuzzedDays), 0, 36500);
  expect(label.high).toBeGreaterThanOrEqual(min_ivl - 1);
  expect(label.low).toBeLessThanOrEqual(max_ivl + 1);
}

async function revealCard(page: Page) {
  if (await page.getByLabel("Your answer").isVisible()) {
    await page.getByLabel("Your answer").fill("a guess");
    await page.keyboard.press("Enter");
  } else {
    await page.getByRole("button", { name: /Show answer/ }).click();
  }
  await expect(page.getByText(/^From the article · /)).toBeVisible();
}

/** The card on screen and what its Good button previews. */
async function goodPreview(page: Page) {
  await page.goto("/study");
  const id = await page.locator("[data-flashcard-id]").getAttribute("data-flashcard-id");
  await revealCard(page);
  const good = await page
    .getByRole("button", { name: /Good/ })
    .getByText(/^[\d.]+(m|h|d|mo|y)$/)
    .innerText();
  return { id, good };
}

test("a student with a long history optimizes FSRS, sees the progress and the fit, keeps it, and the previews change @own-server", async ({
  page,
}, info) => {
  const email = uniqueEmail("fsrs");
  await signUp(page, email);
  const seeded = seedHistory(info, email);
  expect(seeded.reviews).toBeGreaterThan(2000);

  const before = await goodPreview(page);
  await expect(page.getByRole("region", { name: "Card" }).getByText("review", { exact: true })).toBeVisible();
  // The button shows what ts-fsrs's defaults give this card (within fuzz and rounding).
  const defaultDays = expectedGoodDays(info, email, before.id!);
  expectWithinFuzz(intervalDays(before.good), defaultDays);

  await page.goto("/settings");
  const fsrs = page.getByRole("region", { name: "FSRS parameters" });
  await expect(fsrs).toContainText(`Your history: ${seeded.reviews.toLocaleString("en")} reviews of ${seeded.cards} cards.`);
  await expect(fsrs).toContainText("Your schedule uses FSRS's default parameters");
  await fsrs.getByRole("button", { name: "Optimize my parameters" }).click();
  await expect(fsrs.getByRole("progressbar", { name: "Training progress" })).toBeVisible();
  await expect(fsrs).toContainText(`Training on ${seeded.reviews.toLocaleString("en")} reviews of ${seeded.cards} cards`);

  await expect(fsrs.getByText(/^Training finished: /)).toBeVisible({ timeout: 60_000 });
  const table = fsrs.getByRole("table");
  const logLoss = table.getByRole("row", { name: /Log loss/ }).getByRole("cell");
  const rmse = table.getByRole("row", { name: /RMSE/ }).getByRole("cell");
  const [llBefore, llAfter, rmseBefore, rmseAfter] = await Promise.all([
    logLoss.nth(0).textContent(),
    logLoss.nth(1).textContent(),
    rmse.nth(0).textContent(),
    rmse.nth(1).textContent(),
  ]).then((cells) => cells.map(Number));
  expect(llAfter).toBeLessThan(llBefore!);
  expect(rmseAfter).toBeLessThan(rmseBefore!);
  test.info().annotations.push({ type: "fit", description: `log loss ${llBefore} → ${llAfter}, RMSE ${rmseBefore} → ${rmseAfter}` });

  await fsrs.getByRole("button", { name: "Keep new parameters" }).click();
  await expect(fsrs.getByRole("status")).toHaveText("Your trained parameters are in use.");
  await expect(fsrs).toContainText("Your schedule uses parameters trained on your own reviews.");
  expect(
    countRows(
      info,
      `SELECT count(*) AS n FROM "StudySettings" s JOIN "user" u ON u.id = s."userId" WHERE u.email = ? AND s."fsrsParameters" IS NOT NULL`,
      email,
    ),
  ).toBe(1);

  // The same card, moments later: its Good button now shows what the trained parameters give
  // (its memory state was recomputed with them), far from the default preview.
  const after = await goodPreview(page);
  expect(after.id).toBe(before.id);
  const trainedDays = expectedGoodDays(info, email, before.id!);
  expect(Math.abs(trainedDays - defaultDays) / defaultDays).toBeGreaterThan(0.25);
  expectWithinFuzz(intervalDays(after.good), trainedDays);
  test.info().annotations.push({ type: "good interval", description: `${before.good} → ${after.good}` });

  // Their history fills the True retention table: achieved by maturity, next to the desired 90%.
  await page.goto("/progress");
  const retention = page.getByRole("region", { name: "True retention" }).getByRole("table");
  await expect(retention.getByRole("row", { name: /Last 30 days/ })).toContainText("90.0%");
  await expect(retention.getByRole("columnheader", { name: "Mature" })).toBeVisible();
});

test("bury the card on screen with Anki's key, suspend the next with the button; unsuspend it on the Leeches page", async ({ page }) => {
  await startAsGuest(page);
  const card = page.locator("[data-flashcard-id]");
  const first = await card.getAttribute("data-flashcard-id");
  await page.keyboard.press("-");
  await expect(page.getByRole("status")).toContainText("Card buried until tomorrow.");
  await expect(card).not.toHaveAttribute("data-flashcard-id", first!);

  // The next card is a type-in card: its answer box has the focus (keys type into it), so use the button.
  const second = await card.getAttribute("data-flashcard-id");
  const front = (await page.getByRole("region", { name: "Card" }).getByRole("paragraph").first().textContent())!.trim();
  await page.getByRole("button", { name: /Suspend card/ }).click();
  await expect(page.getByRole("status")).toContainText("Card suspended.");
  await expect(card).not.toHaveAttribute("data-flashcard-id", second!);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Leeches" }).click();
  const suspended = page.getByRole("region", { name: /Other suspended cards/ });
  await expect(suspended.getByRole("heading", { name: "Other suspended cards (1)" })).toBeVisible();
  const item = suspended.getByRole("listitem");
  await expect(item).toContainText(front);
  await expect(item.locator("blockquote")).not.toBeEmpty();
  await item.getByRole("button", { name: /^Unsuspend/ }).click();
  await expect(page.getByRole("heading", { name: "Other suspended cards (0)" })).toBeVisible();
  // Back in study; the buried card stays away until tomorrow.
  await page.goto("/study");
  await expect(card).toHaveAttribute("data-flashcard-id", second!);
});

test("a card that lapses for the eighth time becomes a leech: suspended, listed with its fact and quote, and can be reset @own-server", async ({
  page,
}, info) => {
  const email = uniqueEmail("leech");
  await signUp(page, email);
  seedHistory(info, email);
  const userId = '(SELECT id FROM "user" WHERE email = ?)';
  // Make the first due card a review card that has lapsed 7 times already.
  const { id } = await goodPreview(page);
  const db = openDatabase(info, false);
  try {
    db.prepare(`UPDATE "Card" SET lapses = 7 WHERE "flashcardId" = ? AND "userId" = ${userId}`).run(id, email);
  } finally {
    db.close();
  }
  await page.getByRole("button", { name: /Again/ }).click();
  await expect(page.getByRole("status")).toContainText("That card has lapsed 8 times: it is now a leech and suspended.");
  await page.getByRole("link", { name: "Open Leeches" }).click();

  const leeches = page.getByRole("region", { name: /^Leeches/ });
  await expect(leeches.getByRole("heading", { name: "Leeches (1)" })).toBeVisible();
  const item = leeches.getByRole("listitem");
  await expect(item).toContainText("Leech");
  await expect(item).toContainText("8 lapses");
  await expect(item).toContainText("Fact:");
  await expect(item.locator("blockquote")).not.toBeEmpty();
  await item.getByRole("button", { name: /^Reset to new/ }).click();
  await expect(leeches.getByRole("heading", { name: "Leeches (0)" })).toBeVisible();
  expect(
    countRows(
      info,
      `SELECT count(*) AS n FROM "Card" WHERE "flashcardId" = ? AND state = 0 AND lapses = 0 AND "userId" = ${userId}`,
      id,
      email,
    ),
  ).toBe(1);
});

test("settings, leeches and progress fit a phone @phone-only", async ({ page }) => {
  await startAsGuest(page);
  for (const [path, heading] of [
    ["/settings", "Study settings"],
    ["/leeches", "Leeches"],
    ["/progress", "Progress"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await page.goto("/settings");
  for (const label of ["Maximum reviews per day", "Leech threshold (lapses)", "Time zone", "Next day starts at"]) {
    const box = await page.getByLabel(label).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
  await expect(page.getByRole("button", { name: "Optimize my parameters" })).toBeDisabled();
  // A new student has no review of a card in review yet: the True retention section says so.
  await page.goto("/progress");
  await expect(page.getByRole("region", { name: "True retention" })).toContainText("Retention is measured on cards you review");
});
