import { expect, test, type Page } from "@playwright/test";
import { startAsGuest } from "./helpers";

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
/** Relative luminance-ish: the mean of the RGB channels of "rgb(r, g, b)". */
const brightness = (color: string) => {
  const [r, g, b] = color.match(/\d+/g)!.map(Number);
  return (r! + g! + b!) / 3;
};

test("pages follow the device's dark mode, and a student's choice in Settings overrides it everywhere", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  expect(brightness(await pageBackground(page))).toBeLessThan(60);
  await page.emulateMedia({ colorScheme: "light" });
  expect(brightness(await pageBackground(page))).toBeGreaterThan(200);

  await startAsGuest(page);
  await page.goto("/settings");
  const appearance = page.getByRole("form", { name: "Appearance" });
  await expect(appearance.getByRole("radio", { name: /System/ })).toBeChecked();
  await appearance.getByRole("radio", { name: /Dark/ }).check();
  await appearance.getByRole("button", { name: "Save appearance" }).click();
  await expect(appearance.getByRole("status")).toHaveText("Pages now use dark.");
  expect(brightness(await pageBackground(page))).toBeLessThan(60);
  // Stored for the student: still dark on another page after a reload, though the device says light.
  await page.goto("/progress");
  expect(brightness(await pageBackground(page))).toBeLessThan(60);
  // The charts take their colours from the same variables: an empty calendar day is dark too.
  const emptyDay = page
    .getByRole("img", { name: /^Study days/ })
    .locator("rect")
    .first();
  expect(brightness(await emptyDay.evaluate((el) => getComputedStyle(el).fill))).toBeLessThan(80);

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/settings");
  await appearance.getByRole("radio", { name: /Light/ }).check();
  await appearance.getByRole("button", { name: "Save appearance" }).click();
  await expect(appearance.getByRole("status")).toHaveText("Pages now use light.");
  await page.reload();
  expect(brightness(await pageBackground(page))).toBeGreaterThan(200);
  await expect(appearance.getByRole("radio", { name: /Light/ })).toBeChecked();
});
