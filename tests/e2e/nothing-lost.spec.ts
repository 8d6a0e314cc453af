import { expect, test } from "@playwright/test";
import { openMenuIfPhone, startAsGuest } from "./helpers";

test("@phone a guest who clicks Sign out is warned that their progress goes, and offered an account to keep it", async ({ page }) => {
  await startAsGuest(page);
  await page.getByRole("button", { name: /Show answer|Check answer/ }).first().waitFor();
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
