import { expect, test } from "@playwright/test";
import { startAsGuest } from "./helpers";
import { bank } from "./quiz-helpers";

test("a keyboard student rates a card with Enter on the focused button, a type-in card too, and leaves /study by a nav link with Enter", async ({
  page,
}) => {
  await startAsGuest(page);
  // Enter on the focused Hard button, card after card, up to a type-in card answered wrong: its
  // typed answer suggests Again, and Enter on Hard must still record Hard (a11y review 4.1).
  const rated: string[] = [];
  let isTypeIn = false;
  while (!isTypeIn) {
    expect(rated.length, "a type-in card among the first five").toBeLessThan(5);
    rated.push((await page.locator("[data-flashcard-id]").getAttribute("data-flashcard-id"))!);
    const box = page.getByLabel("Your answer");
    await expect(box.or(page.getByRole("button", { name: /Show answer/ }))).toBeVisible();
    isTypeIn = await box.isVisible();
    if (isTypeIn) {
      await box.focus();
      await page.keyboard.type("definitely wrong");
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("typein-verdict")).toContainText("✗ Not quite: you typed “definitely wrong”");
      await expect(page.getByRole("button", { name: /Again/ })).toHaveAccessibleDescription("Suggested by your typed answer");
    } else {
      await page.getByRole("button", { name: /Show answer/ }).focus();
      await page.keyboard.press("Enter");
    }
    await page.getByRole("button", { name: /Hard/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText(`${rated.length} done`, { exact: true })).toBeVisible();
  }
  // What the type-in card got, as the student reads it: Undo (Enter on it too) names the rating it takes back.
  await page.getByRole("button", { name: /Undo/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Undid “Hard”: the card is back to answer again.")).toBeVisible();
  await expect(page.getByText(`${rated.length - 1} done`, { exact: true })).toBeVisible();
  const bury = page.getByRole("button", { name: /Bury/ });
  await bury.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Card buried until tomorrow." })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Quiz" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quiz$/);
  // The cards before it: each one's history in browse lists one review, rated Hard.
  for (const id of rated.slice(0, -1)) {
    await page.goto(`/browse/${bank.flashcards.get(id)!.factId}`);
    const history = page.locator(`#flashcard-${id}`).getByRole("table");
    await expect(history).toContainText("Card history (1 review,");
    await expect(history.getByRole("cell", { name: "Hard", exact: true })).toHaveCount(1);
  }
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
