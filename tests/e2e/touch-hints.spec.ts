import { expect, test } from "@playwright/test";
import { startAsGuest } from "./helpers";
import { startQuizOf } from "./quiz-helpers";

test("@phone keyboard hints show with a keyboard and mouse, and not on a touch phone", async ({ page, hasTouch }) => {
  await startAsGuest(page);
  const shown = hasTouch ? "toBeHidden" : "toBeVisible";
  const card = page.getByRole("region", { name: "Card" });
  const reveal = card.getByRole("button", { name: /Show answer|Check answer/ });
  await expect(reveal).toBeVisible();
  await expect(reveal.locator("kbd"))[shown]();
  await expect(page.getByRole("button", { name: /Undo/ }).locator("kbd"))[shown]();
  await expect(page.getByRole("button", { name: /Bury card/ }).locator("kbd"))[shown]();
  await expect(page.getByRole("button", { name: /Shortcuts/ }))[shown]();

  await startQuizOf(page, "Multiple choice");
  await expect(page.getByRole("radio").first().locator("kbd"))[shown]();
  await expect(page.getByRole("button", { name: /Flag for review/ }).locator("kbd"))[shown]();
  await expect(page.getByRole("button", { name: /Keyboard shortcuts/ }))[shown]();
  // The buttons themselves stay, whatever the device.
  await expect(page.getByRole("button", { name: /Flag for review/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Next/ })).toBeVisible();
});
