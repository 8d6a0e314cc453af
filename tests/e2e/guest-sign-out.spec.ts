import { expect, test, type Page } from "@playwright/test";
import { countRows, openMenuIfPhone, readRow, signOut, signUp, startAsGuest, uniqueEmail } from "./helpers";

test("@phone a guest who clicks Sign out is warned that their progress goes, and offered an account to keep it", async ({ page }) => {
  await startAsGuest(page);
  await page
    .getByRole("button", { name: /Show answer|Check answer/ })
    .first()
    .waitFor();
  await openMenuIfPhone(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign out and lose your guest progress?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Signing out deletes your cards, reviews and quizzes for good.");
  // Cancel keeps the guest signed in.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  if (await page.getByRole("dialog", { name: "Menu" }).isVisible()) await page.keyboard.press("Escape");
  await expect(page.getByRole("navigation", { name: "Main" }).getByText("Guest")).toBeVisible();
  // "Create an account to keep it" leads to the sign-up that keeps the guest's progress.
  await openMenuIfPhone(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await dialog.getByRole("link", { name: "Create an account to keep it" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Keep your progress" })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  // Signing out anyway is a deliberate second click.
  await openMenuIfPhone(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await dialog.getByRole("button", { name: "Sign out and delete it" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
});

/** Rate the card on screen Good (typing a guess on a type-in card) and wait for the count. */
async function rateGood(page: Page, doneAfter: number) {
  const box = page.getByLabel("Your answer");
  if (await box.isVisible()) {
    await box.fill("a guess");
    await page.getByRole("button", { name: /Check answer/ }).click();
  } else {
    await page.getByRole("button", { name: /Show answer/ }).click();
  }
  await page.getByRole("button", { name: /Good/ }).click();
  await expect(page.getByText(`${doneAfter} done`, { exact: true })).toBeVisible();
}

test("a guest who signs in to an existing account keeps what they studied", async ({ page }) => {
  const email = uniqueEmail("returning");
  await signUp(page, email);
  // The account studied the first two cards; the guest then studies the same two and a third.
  await page.goto("/study");
  for (let i = 1; i <= 2; i++) await rateGood(page, i);
  await signOut(page);
  await startAsGuest(page);
  for (let i = 1; i <= 3; i++) await rateGood(page, i);
  await page.goto("/sign-in");
  await expect(page.getByText("Sign in and what you studied here is added to your account")).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse 42");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByText(email)).toBeVisible();
  const userId = readRow<{ id: string }>("SELECT id FROM user WHERE email = ?", email)!.id;
  // Every rating of both is kept: 2 from the account, 3 from the guest.
  expect(countRows("SELECT count(*) AS n FROM ReviewLog WHERE userId = ?", userId)).toBe(5);
  expect(countRows("SELECT count(*) AS n FROM Card WHERE userId = ?", userId)).toBe(3);
});
