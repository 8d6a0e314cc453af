import { expect, test } from "@playwright/test";
import { onClock, readRow, revealCard, saveStudySettings, signUp, startAsGuest, uniqueEmail } from "./helpers";
import { bank, finishQuickQuiz } from "./quiz-helpers";

test("a student who unsuspends a card on Leeches is told it worked, and it is read out", async ({ page }) => {
  await startAsGuest(page);
  await expect(page.getByRole("button", { name: /Show answer|Check answer/ })).toBeVisible();
  await page.getByRole("button", { name: /Suspend card/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Card suspended" })).toBeVisible();
  await page.goto("/leeches");
  await expect(page.getByRole("heading", { name: "Other suspended cards (1)" })).toBeVisible();
  await page.getByRole("button", { name: /^Unsuspend:/ }).click();
  const notice = page.getByRole("status").filter({ hasText: "Card unsuspended: it is back in your reviews." });
  await expect(notice).toBeVisible();
  await expect(notice).toBeFocused();
  await expect(page.getByRole("heading", { name: "Other suspended cards (0)" })).toBeVisible();
});

test("a student in Berlin reads their quiz's date and time in Berlin time, not UTC", async ({ page }) => {
  await startAsGuest(page);
  await saveStudySettings(page, "Europe/Berlin");
  const results = await finishQuickQuiz(page);
  const attemptId = new URL(results).pathname.split("/")[2]!;
  const submittedAt = readRow<{ submittedAt: string | number }>("SELECT submittedAt FROM QuizAttempt WHERE id = ?", attemptId)!.submittedAt;
  const inBerlin = onClock(submittedAt, "Europe/Berlin");
  await page.goto("/quiz");
  await expect(
    page
      .getByRole("row", { name: /Time ran out|0\/10/ })
      .getByRole("cell")
      .first(),
  ).toHaveText(inBerlin);
  // Progress lists the same quiz at the same moment (its chart's label is the Berlin day).
  await page.goto("/progress");
  await page.getByRole("region", { name: "Quiz scores" }).getByText("Show the numbers").click();
  await expect(page.getByRole("table", { name: "Your quiz scores, oldest first" }).getByRole("row", { name: /0\/10/ })).toContainText(
    inBerlin,
  );
});

test("a student in Tokyo who is done for the day reads when the next card is due on Tokyo's clock", async ({ page }) => {
  const email = uniqueEmail("tokyo");
  await signUp(page, email);
  await saveStudySettings(page, "Asia/Tokyo", { "New cards per day": "1" });
  await page.goto("/study");
  await revealCard(page);
  // Easy sends the one new card days ahead: nothing is left today.
  await page.getByRole("button", { name: /Easy/ }).click();
  await expect(page.getByRole("heading", { name: /Done for today/ })).toBeVisible();
  // The day's first hour on Tokyo's clock (Settings' day start, 04:00), in Tokyo's words: not the browser's or the server's.
  const due = page.getByText(/Next card due/).locator("time");
  const at = (await due.getAttribute("datetime"))!;
  const inTokyo = onClock(at, "Asia/Tokyo");
  await expect(due).toHaveText(inTokyo);
  expect(inTokyo).toMatch(/, 04:00$/);
});

test("a student in Kolkata reads a card's review history on Browse in Kolkata time, not UTC", async ({ page }) => {
  const email = uniqueEmail("kolkata");
  await signUp(page, email);
  await saveStudySettings(page, "Asia/Kolkata");
  await page.goto("/study");
  await revealCard(page);
  await page.getByRole("button", { name: /Good/ }).click();
  await expect(page.getByText("1 done", { exact: true })).toBeVisible();
  const review = readRow<{ flashcardId: string; reviewedAt: string | number }>(
    `SELECT c."flashcardId", r."reviewedAt" FROM "ReviewLog" r JOIN "Card" c ON c.id = r."cardId" JOIN "user" u ON u.id = r."userId" WHERE u.email = ?`,
    email,
  )!;
  const inKolkata = onClock(review.reviewedAt, "Asia/Kolkata");
  await page.goto(`/browse/${bank.flashcards.get(review.flashcardId)!.factId}`);
  await expect(page.getByRole("cell", { name: inKolkata, exact: true })).toBeVisible();
});

test.describe("a browser that says Asia/Calcutta", () => {
  test.use({ timezoneId: "Asia/Calcutta" });
  test("gets Asia/Kolkata, the current name, pre-selected in Settings", async ({ page }) => {
    await startAsGuest(page);
    await page.goto("/settings");
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("Asia/Calcutta");
    await expect(page.getByRole("form", { name: "Study settings" }).getByLabel("Time zone")).toHaveValue("Asia/Kolkata");
  });
});

test.describe("a browser in New York, on a page still loading", () => {
  // Held scripts must reach the page through page.route, which a service worker would bypass.
  test.use({ timezoneId: "America/New_York", serviceWorkers: "block" });
  test("keeps the time zone the student picked before the page finished loading (it became the browser's)", async ({ page }) => {
    await startAsGuest(page);
    const held: Array<() => Promise<void>> = [];
    let holding = true;
    const script = (url: URL) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js");
    await page.route(script, (route) => (holding ? void held.push(() => route.continue()) : route.continue()));
    await page.goto("/settings", { waitUntil: "commit" });
    const zone = page.getByRole("form", { name: "Study settings" }).getByLabel("Time zone");
    await zone.selectOption("Europe/Berlin");
    expect(held.length, "the page's scripts were held").toBeGreaterThan(0);
    holding = false;
    await Promise.all(held.map((release) => release()));
    // Hydrated: React has attached itself to the select, and its effects have run.
    await page.waitForFunction(() => {
      const select = document.querySelector("select[name=timeZone]");
      return select !== null && Object.keys(select).some((key) => key.startsWith("__reactFiber"));
    });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
    await expect(zone).toHaveValue("Europe/Berlin");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await page.reload();
    await expect(zone).toHaveValue("Europe/Berlin");
  });
});
