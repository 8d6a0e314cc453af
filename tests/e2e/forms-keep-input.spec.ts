import { expect, test } from "@playwright/test";
import { startAsGuest } from "./helpers";

test("a student whose settings are refused sees what they typed, the error next to the field and focus on it", async ({ page }) => {
  await startAsGuest(page);
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Study settings" });
  await form.getByLabel("New cards per day").fill("-3");
  await form.getByLabel("Desired retention").fill("0.5");
  await form.getByLabel("Time zone").selectOption("Europe/Berlin");
  await form.getByLabel("Next day starts at").selectOption("6");
  await form.getByLabel(/Energy Security/).check();
  await form.getByRole("button", { name: "Save settings" }).click();
  // The summary sits next to the button; each message next to its field, whose value is still the typed one.
  const footer = form.getByRole("button", { name: "Save settings" }).locator("..");
  await expect(footer.getByRole("alert")).toHaveText("Some fields need fixing.");
  await expect(form.getByLabel("New cards per day")).toHaveValue("-3");
  await expect(form.getByLabel("Desired retention")).toHaveValue("0.5");
  await expect(form.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
  await expect(form.getByLabel("Next day starts at")).toHaveValue("6");
  await expect(form.getByLabel(/Energy Security/)).toBeChecked();
  await expect(form.getByLabel("New cards per day")).toHaveAccessibleDescription("New cards per day can't be negative.");
  await expect(form.getByLabel("Desired retention")).toHaveAccessibleDescription(/Desired retention must be at least 0.70/);
  await expect(form.getByLabel("New cards per day")).toBeFocused();
  // Fixing the numbers saves the zone typed, not UTC; "Settings saved." shows next to the button.
  await form.getByLabel("New cards per day").fill("12");
  await form.getByLabel("Desired retention").fill("0.85");
  await form.getByRole("button", { name: "Save settings" }).click();
  const saved = footer.getByRole("status");
  await expect(saved).toHaveText("Settings saved.");
  await expect(saved).toBeInViewport();
  await page.reload();
  await expect(form.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
  await expect(form.getByLabel("New cards per day")).toHaveValue("12");
});

test("a student whose quiz choices are refused keeps their ticks and minutes, with one message per problem", async ({ page }) => {
  await startAsGuest(page);
  await page.goto("/quiz");
  const builder = page.getByRole("form", { name: "Build a quiz" });
  await builder.getByLabel(/Energy Security/).check();
  await builder.getByLabel(/^Matching/).uncheck();
  await builder.getByLabel(/^Hard/).uncheck();
  await builder.getByLabel("Minutes of my choosing").check();
  await builder.getByLabel("Minutes", { exact: true }).fill("0");
  await builder.getByRole("button", { name: "Start quiz" }).click();
  await expect(builder.getByRole("alert")).toHaveText("Some choices need fixing.");
  // The summary sits beside the button the student pressed (B2), not out of view at the form's top.
  const [alertBox, buttonBox] = await Promise.all([
    builder.getByRole("alert").boundingBox(),
    builder.getByRole("button", { name: "Start quiz" }).boundingBox(),
  ]);
  expect(Math.abs(alertBox!.y - buttonBox!.y)).toBeLessThan(80);
  await expect(builder.getByLabel(/Energy Security/)).toBeChecked();
  await expect(builder.getByLabel(/^Matching/)).not.toBeChecked();
  await expect(builder.getByLabel(/^Hard/)).not.toBeChecked();
  await expect(builder.getByLabel("Minutes", { exact: true })).toHaveValue("0");
  await expect(builder.getByText("A time limit is at least 30 seconds.")).toHaveCount(1);

  // An empty count is one message, and says nothing about a time limit the student didn't type.
  await builder.getByLabel(/seconds a question/).check();
  await builder.getByLabel("Number of questions").fill("");
  await builder.getByRole("button", { name: "Start quiz" }).click();
  await expect(builder.locator("#count-error")).not.toBeEmpty();
  const countError = await builder.locator("#count-error").innerText();
  expect(countError.split(".").filter((s) => s.trim()).length).toBe(1);
  await expect(builder.getByText(/A time limit is/)).toHaveCount(0);
  await expect(builder.getByLabel("Number of questions")).toBeFocused();
});
