import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { openMenuIfPhone, startAsGuest } from "./helpers";
import { finishQuickQuiz } from "./quiz-helpers";

/** Show the answer of the card on screen (typing a guess on a type-in card). */
async function revealCard(page: Page) {
  const box = page.getByLabel("Your answer");
  if (await box.isVisible()) {
    await box.fill("my best guess");
    await page.getByRole("button", { name: /Check answer/ }).click();
  } else {
    await page.getByRole("button", { name: /Show answer/ }).click();
  }
  await expect(page.getByText(/^From the article · /)).toBeVisible();
}

// Each state is scanned in light and then in dark without reloading, so the walk through the app
// (a guest, a card, a quiz) is done once, not once per colour scheme.
test("@phone every page passes axe (WCAG 2.2 AA) signed out, as a guest and after a quiz, in light and dark", async ({ page }) => {
  test.setTimeout(180_000);
  const scan = async (path: string | null, state = path ?? "") => {
    if (path) await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page, `${state} (${colorScheme})`);
    }
  };
  for (const path of ["/", "/sign-in", "/sign-up", "/no-such-page"]) await scan(path);

  await startAsGuest(page);
  for (const path of ["/", "/study", "/quiz", "/exam", "/missed", "/progress", "/settings", "/leeches", "/account"]) await scan(path);
  await page.goto("/study");
  await revealCard(page);
  await scan(null, "study, answer shown");
  await page.getByRole("button", { name: /Good/ }).click();
  await openMenuIfPhone(page);
  await scan(null, "header menu or nav");
  await page.keyboard.press("Escape");

  await page.goto("/quiz");
  await page.getByRole("button", { name: "Quick quiz" }).click();
  await expect(page.locator("[data-attempt-id]")).toBeVisible();
  await scan(null, "running quiz");
  await page.getByRole("button", { name: "Submit quiz…" }).click();
  await scan(null, "submit review");
  await page.getByRole("button", { name: /Submit now/ }).click();
  await expect(page).toHaveURL(/\/results$/);
  await scan(null, "quiz results");
  const results = await finishQuickQuiz(page);
  for (const path of [results, `${results}?show=wrong`, "/quiz", "/missed", "/progress", "/"]) await scan(path);
});
