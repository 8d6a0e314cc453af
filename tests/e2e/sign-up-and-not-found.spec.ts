import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./helpers";

test("@phone a student who types an invalid email is told so next to the field, with the password problem too", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter your email address.");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Use a password of at least 12 characters.");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("correct horse 42");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address, like name@example.com.");
  await expect(page.getByText(/Check your connection/)).toHaveCount(0);
});

test("a student signs up and in at localhost as well as at 127.0.0.1, the addresses next start prints", async ({ page, baseURL }) => {
  const local = baseURL!.replace("127.0.0.1", "localhost");
  const email = uniqueEmail("localhost");
  await page.goto(`${local}/sign-up`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse 42");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByText(email)).toBeVisible();
});

test("an unknown address shows a page-not-found in the app's layout", async ({ page }) => {
  const response = await page.goto("/this-page-does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /icon/);
});
