import { expect, test } from "@playwright/test";
import { attemptSignIn, countRows, signIn, signOut, signUp, startAsGuest, uniqueEmail } from "./helpers";

async function saveNewCardsPerDay(page: import("@playwright/test").Page, value: string) {
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill(value);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");
}

/** Rate the first card of the queue Good; returns its id. */
async function studyOneCard(page: import("@playwright/test").Page): Promise<string> {
  await page.goto("/study");
  const id = (await page.locator("[data-flashcard-id]").getAttribute("data-flashcard-id"))!;
  await page.getByRole("button", { name: /Show answer|Check answer/ }).click();
  await page.getByRole("button", { name: /Good/ }).click();
  await expect(page.getByText("1 done", { exact: true })).toBeVisible();
  return id;
}

async function expectOneCardStudied(page: import("@playwright/test").Page, id: string) {
  await page.goto("/study");
  await expect(page.getByText("1 done", { exact: true })).toBeVisible();
  await expect(page.getByText("1 learning", { exact: true })).toBeVisible();
  await expect(page.locator("[data-flashcard-id]")).not.toHaveAttribute("data-flashcard-id", id);
}

test("sign up, study a card, sign out, sign in: the progress is still there", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  const id = await studyOneCard(page);
  await signOut(page);
  await page.goto("/study");
  await expect(page).toHaveURL(/sign-in/);
  await signIn(page, email);
  await expectOneCardStudied(page, id);
});

test("a guest who studies, then creates an account, keeps their progress", async ({ page }) => {
  await startAsGuest(page);
  const id = await studyOneCard(page);
  await saveNewCardsPerDay(page, "9");
  await page.goto("/account");
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("heading", { name: "Keep your progress" })).toBeVisible();
  const email = uniqueEmail("guest");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse 42");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByText(email)).toBeVisible();
  await expectOneCardStudied(page, id);
  await page.goto("/settings");
  await expect(page.getByLabel("New cards per day")).toHaveValue("9");
  expect(countRows(`SELECT count(*) AS n FROM "user" WHERE "isAnonymous" = 1 AND "id" NOT IN (SELECT "userId" FROM "session")`)).toBe(0);
});

test("deleting an account removes it and every row of its progress", async ({ page }) => {
  const email = uniqueEmail("leaver");
  await signUp(page, email);
  await studyOneCard(page);
  await saveNewCardsPerDay(page, "13");
  const userId = (await (await page.request.get("/api/account/export")).json()).user.id as string;
  expect(countRows(`SELECT count(*) AS n FROM "StudySettings" WHERE "userId" = ?`, userId)).toBe(1);
  expect(countRows(`SELECT count(*) AS n FROM "Card" WHERE "userId" = ?`, userId)).toBe(1);
  expect(countRows(`SELECT count(*) AS n FROM "ReviewLog" WHERE "userId" = ?`, userId)).toBe(1);

  await page.goto("/account");
  await page.getByRole("button", { name: "Delete my account and progress" }).click();
  await expect(page.getByText("Type “delete my account” to confirm.").last()).toBeVisible();
  await page.getByLabel(/to confirm/).fill("delete my account");
  await page.getByRole("button", { name: "Delete my account and progress" }).click();
  await expect(page.getByText("Your account and all its progress have been deleted.")).toBeVisible();

  expect(countRows(`SELECT count(*) AS n FROM "user" WHERE "id" = ?`, userId)).toBe(0);
  expect(countRows(`SELECT count(*) AS n FROM "StudySettings" WHERE "userId" = ?`, userId)).toBe(0);
  expect(countRows(`SELECT count(*) AS n FROM "session" WHERE "userId" = ?`, userId)).toBe(0);
  expect(countRows(`SELECT count(*) AS n FROM "Card" WHERE "userId" = ?`, userId)).toBe(0);
  expect(countRows(`SELECT count(*) AS n FROM "ReviewLog" WHERE "userId" = ?`, userId)).toBe(0);
  await attemptSignIn(page, email, "correct horse 42");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password don't match. Check both and try again.");
});

test("sign-in and sign-up problems are explained on the page @phone", async ({ page }) => {
  const email = uniqueEmail("dup");
  await signUp(page, email);
  await signOut(page);

  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(uniqueEmail("weak"));
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use a password of at least 12 characters.")).toBeVisible();

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("another good password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("An account with this email already exists. Sign in instead.");
  // With the account's own password, "Create account" just signs its owner in.
  await page.getByLabel("Password").fill("correct horse 42");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByText(email)).toBeVisible();
  await signOut(page);

  await attemptSignIn(page, email, "wrong password 1");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password don't match. Check both and try again.");
});

test("the progress download holds only the signed-in student's rows", async ({ page }) => {
  await signUp(page, uniqueEmail("export"));
  await saveNewCardsPerDay(page, "17");
  const response = await page.request.get("/api/account/export");
  expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="factdeck-progress-/);
  const data = await response.json();
  expect(data.settings.newCardsPerDay).toBe(17);
  expect(data.cards).toEqual([]);
});
