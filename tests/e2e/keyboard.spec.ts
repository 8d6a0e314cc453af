import { expect, test } from "@playwright/test";
import { startAsGuest } from "./helpers";

test("a keyboard student rates a card with Enter on the focused button, and leaves /study by a nav link with Enter", async ({ page }) => {
  await startAsGuest(page);
  const box = page.getByLabel("Your answer");
  if (await box.isVisible()) {
    await box.focus();
    await page.keyboard.type("a guess");
    await page.keyboard.press("Enter");
  } else {
    await page.getByRole("button", { name: /Show answer/ }).focus();
    await page.keyboard.press("Enter");
  }
  const hard = page.getByRole("button", { name: /Hard/ });
  await hard.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("1 done", { exact: true })).toBeVisible();
  const bury = page.getByRole("button", { name: /Bury/ });
  await bury.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Card buried until tomorrow." })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Quiz" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quiz$/);
});

test("undo says which rating it took back", async ({ page }) => {
  await startAsGuest(page);
  const box = page.getByLabel("Your answer");
  if (await box.isVisible()) {
    await box.fill("a guess");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
  } else {
    await page.keyboard.press("Space");
  }
  await page.keyboard.press("3");
  await expect(page.getByText("1 done", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: /Undo/ }).click();
  await expect(page.getByText("Undid “Good”: the card is back to answer again.")).toBeVisible();
  await expect(page.getByText("0 done", { exact: true })).toBeVisible();
});
