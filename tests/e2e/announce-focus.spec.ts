import { expect, test } from "@playwright/test";
import { startAsGuest } from "./helpers";
import { questionCard, startQuizOf } from "./quiz-helpers";

test("a keyboard student's focus follows the quiz: each new question's heading, then the review's", async ({ page }) => {
  await startAsGuest(page);
  await startQuizOf(page, "Multiple choice");
  const heading = questionCard(page).getByRole("heading", { level: 2 });
  await page.keyboard.press("a");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Question 2 of 5")).toBeVisible();
  await expect(heading).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText("Question 3 of 5")).toBeVisible();
  await expect(heading).toBeFocused();
  // From the heading, Tab reaches the options (one stop), and the letter keys still answer.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radiogroup").getByRole("radio").first()).toBeFocused();
  for (let i = 3; i <= 5; i++) await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Submit your quiz?" })).toBeFocused();
});

test("a timed quiz says when less than 5 minutes are left, without reading the clock every second", async ({ page }) => {
  test.setTimeout(90_000);
  await startAsGuest(page);
  await page.goto("/quiz");
  await page.getByLabel("Number of questions").fill("5");
  await page.getByLabel("Minutes of my choosing").check();
  await page.getByLabel("Minutes", { exact: true }).fill("5.5");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.locator("[data-attempt-id]")).toBeVisible();
  const warning = page.getByRole("status").filter({ hasText: "Less than 5 minutes left." });
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole("timer", { name: "Time left" })).not.toHaveAttribute("aria-live", /polite|assertive/);
  await expect(warning).toHaveCount(1, { timeout: 45_000 });
});

test("after a rating, focus is on the next card, so a screen reader says a new card is there", async ({ page }) => {
  await startAsGuest(page);
  const card = page.getByRole("region", { name: "Card" });
  for (let done = 1; done <= 2; done++) {
    const box = page.getByLabel("Your answer");
    if (await box.isVisible()) {
      await box.fill("a guess");
      await page.keyboard.press("Enter");
      await page.keyboard.press("Escape");
    } else {
      await page.keyboard.press("Space");
    }
    await page.keyboard.press("3");
    await expect(page.getByText(`${done} done`, { exact: true })).toBeVisible();
    if (await page.getByLabel("Your answer").isVisible()) await expect(page.getByLabel("Your answer")).toBeFocused();
    else await expect(card).toBeFocused();
  }
});

test("after Show answer, focus is on the answer, and a type-in card's verdict is read out from a live region", async ({ page }) => {
  await startAsGuest(page);
  const verdict = page.getByTestId("typein-verdict");
  // Present and empty before any answer: a region that is already there is read when its text changes.
  await expect(verdict).toHaveAttribute("aria-live", "polite");
  await expect(verdict).toHaveText("");
  let sawTypeIn = false;
  let sawPlain = false;
  for (let done = 1; done <= 12 && !(sawTypeIn && sawPlain); done++) {
    const box = page.getByLabel("Your answer");
    if (await box.isVisible()) {
      await box.fill("surely not the answer");
      await page.keyboard.press("Enter");
      await expect(page.getByRole("group", { name: "Answer" })).toBeFocused();
      await expect(verdict).toContainText("✗ Not quite: you typed “surely not the answer”.");
      sawTypeIn = true;
    } else {
      await page.keyboard.press("Space");
      await expect(page.getByRole("group", { name: "Answer" })).toBeFocused();
      await expect(verdict).toHaveText("");
      sawPlain = true;
    }
    await page.keyboard.press("3");
    await expect(page.getByText(`${done} done`, { exact: true })).toBeVisible();
    await expect(verdict).toHaveText("");
  }
  expect(sawTypeIn && sawPlain).toBe(true);
});
