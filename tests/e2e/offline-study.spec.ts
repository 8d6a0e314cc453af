import { expect, test, type Page, type Route } from "@playwright/test";
import { toCardColumns } from "@/lib/srs/mapping";
import { createScheduler, newCard, rateCard, type Grade } from "@/lib/srs/scheduler";
import { readRow, signUp, uniqueEmail } from "./helpers";

// Issue #22: study on a phone with no network, sync later, lose nothing.

const shots = process.env.OFFLINE_SHOTS_DIR;

/** The service worker controls the page, the study page is kept for offline use, and the deck is on the device. */
async function readyForOffline(page: Page, userId: string) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect.poll(() => page.evaluate(async () => Boolean(await caches.match("/study"))), { timeout: 30_000 }).toBe(true);
  await deckOnDevice(page, userId);
}

/** The student's deck is on the device (IndexedDB), more than 20 cards of it. */
async function deckOnDevice(page: Page, userId: string) {
  await expect
    .poll(
      () =>
        page.evaluate(
          (id) =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open("factdeck-offline");
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains("deck")) return resolve(0);
                const get = db.transaction("deck").objectStore("deck").get(id);
                get.onsuccess = () => resolve(get.result?.cards.length ?? 0);
                get.onerror = () => resolve(0);
              };
              open.onerror = () => resolve(0);
            }),
          userId,
        ),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(20);
}

/** Reveal the card on screen (typing a guess on a type-in card) and rate it. */
async function rateOnScreen(page: Page, label: "Again" | "Hard" | "Good" | "Easy") {
  // The next card is on screen (not the one just rated, still revealed).
  await page.getByRole("button", { name: /Show answer|Check answer/ }).waitFor();
  const box = page.getByLabel("Your answer");
  const isTypeIn = await box.isVisible();
  if (isTypeIn) {
    await box.fill("a guess");
    await page.getByRole("button", { name: /Check answer/ }).click();
  } else {
    await page.getByRole("button", { name: /Show answer/ }).click();
  }
  // Offline as online: focus moves to the answer, and a type-in verdict is read out.
  await expect(page.getByRole("group", { name: "Answer" })).toBeFocused();
  if (isTypeIn) await expect(page.getByTestId("typein-verdict")).toContainText("you typed “a guess”");
  await page
    .getByRole("group", { name: "How well did you remember?" })
    .getByRole("button", { name: new RegExp(label) })
    .click();
}

/** A DateTime column as SQLite holds it (Prisma writes ISO text or milliseconds) → milliseconds. */
function ms(value: number | string): number {
  return typeof value === "number" ? value : /^\d+$/.test(value) ? Number(value) : Date.parse(value);
}

function userIdOf(email: string): string {
  return readRow<{ id: string }>("SELECT id FROM User WHERE email = ?", email)!.id;
}

function reviewsOf(userId: string) {
  const url = process.env.E2E_DATABASE_URL!.slice("file:".length);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require("better-sqlite3") as typeof import("better-sqlite3");
  const db = new Database(url, { readonly: true });
  try {
    const logs = db
      .prepare(
        'SELECT r.requestId, r.rating, r.reviewedAt, c.flashcardId FROM ReviewLog r JOIN "Card" c ON c.id = r.cardId WHERE r.userId = ? ORDER BY r.reviewedAt',
      )
      .all(userId) as { requestId: string; rating: number; reviewedAt: number | string; flashcardId: string }[];
    const cards = db.prepare('SELECT * FROM "Card" WHERE userId = ?').all(userId) as Record<string, number | string | null>[];
    return { logs, cards };
  } finally {
    db.close();
  }
}

/** Every card equals its stored log replayed through ts-fsrs in time order (the app's defaults: fuzz on, UTC, day at 04:00). */
function expectReplayed(userId: string) {
  const { logs, cards } = reviewsOf(userId);
  const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 36500 });
  for (const row of cards) {
    const mine = logs.filter((l) => l.flashcardId === row.flashcardId);
    if (mine.length === 0) continue;
    let card = newCard(new Date(ms(mine[0]!.reviewedAt)));
    for (const log of mine) card = rateCard(scheduler, card, log.rating as Grade, new Date(ms(log.reviewedAt))).card;
    const expected = toCardColumns(card);
    const { due, reps, state, stability, difficulty, lapses, scheduledDays } = row;
    expect({ due: ms(due!), reps, state, stability, difficulty, lapses, scheduledDays }).toEqual({
      due: expected.due.getTime(),
      reps: expected.reps,
      state: expected.state,
      stability: expected.stability,
      difficulty: expected.difficulty,
      lapses: expected.lapses,
      scheduledDays: expected.scheduledDays,
    });
  }
  return logs;
}

test("@phone-only offline: reload with no network, rate 20 cards with an undo, come back: 19 reviews stored once each at their offline times, each card its log replayed", async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("offline");
  await signUp(page, email);
  await page.goto("/study");
  const userId = userIdOf(email);
  await readyForOffline(page, userId);

  // Offline for the page and, through context.route, for the service worker too: some Chromium
  // builds (@sparticuz/chromium's) leave the worker's own requests out of setOffline.
  await context.setOffline(true);
  const cut = (route: Route) => route.abort("internetdisconnected");
  await context.route("**/*", cut);
  const wentOffline = Date.now();
  await page.reload();
  const status = page.getByRole("region", { name: "Sync status" });
  await expect(status).toContainText("Offline · studying from this device");
  await expect(page.getByTestId("offline-study")).toBeVisible();
  if (shots) await page.screenshot({ path: `${shots}/offline-banner.png` });

  const pattern: ("Again" | "Good" | "Easy")[] = ["Good", "Easy", "Again", "Good"];
  for (let i = 0; i < 10; i++) await rateOnScreen(page, pattern[i % 4]!);
  await expect(status).toContainText("10 waiting to sync");
  await page.getByRole("button", { name: /Undo/ }).click();
  await expect(page.getByText(/Undid “/)).toBeVisible();
  await expect(status).toContainText("9 waiting to sync");
  for (let i = 0; i < 10; i++) await rateOnScreen(page, pattern[(i + 1) % 4]!);
  await expect(status).toContainText("19 waiting to sync");
  if (shots) await page.screenshot({ path: `${shots}/waiting-to-sync.png` });
  const cameBack = Date.now();
  expect(reviewsOf(userId).logs).toHaveLength(0);

  await context.setOffline(false);
  await context.unroute("**/*", cut);
  await expect(status).toContainText("Online", { timeout: 30_000 });
  // Synced, and the study page reloaded with the server's queue (which now includes them).
  await expect(status).toContainText("last synced", { timeout: 30_000 });
  await expect(page.getByRole("region", { name: "Sync status" })).not.toContainText("waiting to sync");
  const logs = expectReplayed(userId);
  expect(logs).toHaveLength(19);
  expect(new Set(logs.map((l) => l.requestId)).size).toBe(19);
  for (const log of logs) {
    expect(ms(log.reviewedAt)).toBeGreaterThanOrEqual(wentOffline);
    expect(ms(log.reviewedAt)).toBeLessThanOrEqual(cameBack);
  }
  // A second sync (the button) sends nothing again.
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect(page.getByRole("button", { name: "Sync now" })).toBeEnabled();
  expect(reviewsOf(userId).logs).toHaveLength(19);
});

test("@phone-only two devices of one student rate the same cards offline at interleaved times: every review is kept, with the replayed schedule", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("twodevices");
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const tablet = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const [a, b] = [await phone.newPage(), await tablet.newPage()];
  await signUp(a, email);
  const userId = userIdOf(email);
  await b.goto("/sign-in");
  await b.getByLabel("Email").fill(email);
  await b.getByLabel("Password").fill("correct horse 42");
  await b.getByRole("button", { name: "Sign in" }).click();
  await expect(b.getByRole("navigation", { name: "Main" }).getByText(email)).toBeVisible();
  for (const page of [a, b]) {
    await page.goto("/study");
    await readyForOffline(page, userId);
  }
  await phone.setOffline(true);
  await tablet.setOffline(true);
  await a.reload();
  await b.reload();
  // Interleaved: phone, tablet, phone, tablet… on the same first cards of the deck.
  for (let i = 0; i < 6; i++) {
    await rateOnScreen(i % 2 === 0 ? a : b, i % 3 === 0 ? "Again" : "Good");
  }
  await expect(a.getByRole("region", { name: "Sync status" })).toContainText("3 waiting to sync");
  await expect(b.getByRole("region", { name: "Sync status" })).toContainText("3 waiting to sync");
  await tablet.setOffline(false);
  await expect(b.getByRole("region", { name: "Sync status" })).not.toContainText("waiting to sync", { timeout: 30_000 });
  await phone.setOffline(false);
  await expect(a.getByRole("region", { name: "Sync status" })).not.toContainText("waiting to sync", { timeout: 30_000 });
  const logs = expectReplayed(userId);
  expect(logs).toHaveLength(6);
  // The same cards on both devices: each card rated on both has every rating of both in its log.
  expect(new Set(logs.map((l) => l.flashcardId)).size).toBe(3);
  await phone.close();
  await tablet.close();
});

test.describe("on Wi-Fi with no Internet", () => {
  // No service worker: every request the page makes goes through context.route, which cuts them all.
  test.use({ serviceWorkers: "block" });
  test("@phone-only the browser still says online: a rating that gets no answer is kept on the device, the page studies from it, and it syncs once the server answers", async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const email = uniqueEmail("liefi");
    await signUp(page, email);
    await page.goto("/study");
    const userId = userIdOf(email);
    await deckOnDevice(page, userId);

    const cut = (route: Route) => route.abort("internetdisconnected");
    await context.route("**/*", cut);
    expect(await page.evaluate(() => navigator.onLine), "the browser has not noticed").toBe(true);
    await rateOnScreen(page, "Good"); // on the online page: the request gets no answer
    const status = page.getByRole("region", { name: "Sync status" });
    await expect(status).toContainText("Offline · studying from this device");
    await expect(status).toContainText("1 waiting to sync");
    await expect(page.getByTestId("offline-study")).toBeVisible();
    await rateOnScreen(page, "Again"); // from the device
    await expect(status).toContainText("2 waiting to sync");
    expect(reviewsOf(userId).logs).toHaveLength(0);

    // The Internet is back: nobody clicks, the page finds the server answering and syncs.
    await context.unroute("**/*", cut);
    await expect(status).toContainText("Online", { timeout: 30_000 });
    await expect(status).not.toContainText("waiting to sync", { timeout: 30_000 });
    const logs = expectReplayed(userId);
    expect(logs.map((l) => l.rating)).toEqual([3, 1]);
    expect(new Set(logs.map((l) => l.flashcardId)).size).toBe(2);
  });
});
