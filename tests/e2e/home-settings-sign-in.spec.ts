import { expect, test } from "@playwright/test";
import { loadBank } from "@/lib/content/read";
import { startAsGuest } from "./helpers";

test("the home page lists the deck's sections with their counts @phone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("India–Russia Summit");
  const sections = page.getByRole("heading", { name: "Sections of the article" }).locator("..").getByRole("listitem");
  await expect(sections).toHaveCount(loadBank().sections.length);
  const energy = page.getByTestId("section-energy-security");
  await expect(energy).toContainText("Energy Security: Beyond Transactional Purchasing");
  await expect(energy).toContainText(/\d+ facts/);
  await expect(energy).toContainText(/\d+ questions/);
  // The studied (not retired) facts of the bank the server loaded, as the sections list them.
  const bank = loadBank();
  await expect(page.getByText(new RegExp(`^${bank.sections.reduce((sum, s) => sum + s.factIds.length, 0)}$`))).toBeVisible();
  expect(bank.sections.reduce((sum, s) => sum + s.factIds.length, 0)).toBe(
    [...bank.facts.keys()].filter((id) => !bank.retired.ids.has(id)).length,
  );
});

test("a guest saves study settings and finds them after a reload", async ({ page }) => {
  await startAsGuest(page);
  await page.goto("/settings");
  await expect(page.getByText("You are using the defaults")).toBeVisible();
  await page.getByLabel("New cards per day").fill("15");
  await page.getByLabel(/Energy Security/).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");
  await page.reload();
  await expect(page.getByLabel("New cards per day")).toHaveValue("15");
  await expect(page.getByLabel(/Energy Security/)).toBeChecked();
  await expect(page.getByText("Your saved settings.")).toBeVisible();
});

test("a bad setting is explained next to its field and nothing is saved", async ({ page }) => {
  await startAsGuest(page);
  await page.goto("/settings");
  await page.getByLabel("Desired retention").fill("1.5");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Desired retention must be at most 0.99")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Desired retention")).toHaveValue("0.9");
});

test("pages that need a student send a visitor to sign in, with guest study on offer", async ({ page }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings/);
  await page.getByRole("button", { name: "Study as guest" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { name: "Study settings" })).toBeVisible();
});
