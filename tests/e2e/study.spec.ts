import { expect, test, type Page } from "@playwright/test";
import { readRow, startAsGuest } from "./helpers";

const card = (page: Page) => page.locator("[data-flashcard-id]");
const done = (page: Page, n: number) => expect(page.getByText(`${n} done`, { exact: true })).toBeVisible();

/** The rating the typed answer suggests is said to screen readers too, on that button only. */
async function expectSuggested(page: Page, label: "Again" | "Good") {
  const group = page.getByRole("group", { name: "How well did you remember?" });
  for (const other of ["Again", "Hard", "Good", "Easy"]) {
    const description = expect(group.getByRole("button", { name: new RegExp(other) }));
    if (other === label) await description.toHaveAccessibleDescription("Suggested by your typed answer");
    else await description.not.toHaveAccessibleDescription("Suggested by your typed answer");
  }
}

/** Reveal the card on screen as a student would, with the keyboard or by tapping. */
async function reveal(page: Page, mode: "keyboard" | "tap") {
  const answerBox = page.getByLabel("Your answer");
  if (await answerBox.isVisible()) {
    if (mode === "keyboard") {
      await page.keyboard.type("my best guess");
      await page.keyboard.press("Enter");
    } else {
      await answerBox.fill("my best guess");
      await page.getByRole("button", { name: /Check answer/ }).tap();
    }
  } else if (mode === "keyboard") {
    await page.keyboard.press("Space");
  } else {
    await page.getByRole("button", { name: /Show answer/ }).tap();
  }
  await expect(page.getByText(/^From the article · /)).toBeVisible();
}

test("a new student studies 5 cards with the keyboard only, undoes one, and reloads to the same place", async ({ page }) => {
  await startAsGuest(page);
  await expect(page).toHaveURL(/\/study$/);
  await expect(page.getByText("20 new")).toBeVisible();
  const seen: string[] = [];
  for (let i = 0; i < 5; i++) {
    const id = await card(page).getAttribute("data-flashcard-id");
    expect(seen).not.toContain(id);
    seen.push(id!);
    await reveal(page, "keyboard");
    // A new card's Good button previews ts-fsrs's first learning step.
    await expect(page.getByRole("button", { name: /Good/ })).toContainText("10m");
    await page.keyboard.press("3");
    await done(page, i + 1);
  }
  await page.keyboard.press("z");
  await done(page, 4);
  await expect(card(page)).toHaveAttribute("data-flashcard-id", seen[4]!);

  await page.reload();
  await done(page, 4);
  await expect(card(page)).toHaveAttribute("data-flashcard-id", seen[4]!);
  await expect(page.getByText("16 new", { exact: true })).toBeVisible();
  await expect(page.getByText("4 learning", { exact: true })).toBeVisible();

  await page.keyboard.press("?");
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toContainText("Undo the last rating");
});

test("on a phone, a student studies with taps and the queue survives a reload @phone-only", async ({ page }) => {
  await startAsGuest(page);
  const seen: string[] = [];
  for (let i = 0; i < 5; i++) {
    seen.push((await card(page).getAttribute("data-flashcard-id"))!);
    await reveal(page, "tap");
    const good = page.getByRole("button", { name: /Good/ });
    const box = await good.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await good.tap();
    await done(page, i + 1);
  }
  await page.getByRole("button", { name: /Undo/ }).tap();
  await done(page, 4);
  await page.reload();
  await expect(card(page)).toHaveAttribute("data-flashcard-id", seen[4]!);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("a type-in card compares the typed answer and suggests a rating", async ({ page }) => {
  await startAsGuest(page);
  // Walk to the first type-in card of the deck, rating the others Good.
  let rated = 0;
  for (; rated < 20 && !(await page.getByLabel("Your answer").isVisible()); rated++) {
    await reveal(page, "keyboard");
    await page.keyboard.press("3");
    await done(page, rated + 1);
  }
  expect(rated).toBeGreaterThan(0);
  const typeIn = await card(page).getAttribute("data-flashcard-id");
  // The box has the focus, so Z is a letter there: Ctrl+Z in the empty box undoes the last rating,
  // and so does Z after Esc has left the box.
  await expect(page.getByLabel("Your answer")).toBeFocused();
  await page.keyboard.press("Control+z");
  await done(page, rated - 1);
  await reveal(page, "keyboard");
  await page.keyboard.press("3");
  await done(page, rated);
  await expect(card(page)).toHaveAttribute("data-flashcard-id", typeIn!);
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Your answer")).not.toBeFocused();
  await page.keyboard.press("z");
  await done(page, rated - 1);
  await reveal(page, "keyboard");
  await page.keyboard.press("3");
  await done(page, rated);
  await page.getByLabel("Your answer").focus();
  await page.keyboard.type("definitely wrong");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: "Answer" })).toContainText("✗ Not quite: you typed “definitely wrong”");
  await expect(page.getByTestId("typein-verdict")).toContainText("✗ Not quite: you typed “definitely wrong”");
  await expectSuggested(page, "Again");

  // "I was right": Good is suggested instead, it can be taken back, and the claim is saved with the rating.
  await page.getByRole("button", { name: "I was right" }).click();
  await expectSuggested(page, "Good");
  await page.getByRole("button", { name: "Take back “I was right”" }).click();
  await expectSuggested(page, "Again");
  await page.getByRole("button", { name: "I was right" }).click();
  await page.getByRole("button", { name: /Good/ }).click();
  await done(page, rated + 1);
  const log = readRow<{ typedAnswer: string; typedCorrect: number; typedOverridden: number; rating: number }>(
    "SELECT typedAnswer, typedCorrect, typedOverridden, rating FROM ReviewLog WHERE typedAnswer = ? ORDER BY reviewedAt DESC LIMIT 1",
    "definitely wrong",
  );
  expect(log).toEqual({ typedAnswer: "definitely wrong", typedCorrect: 0, typedOverridden: 1, rating: 3 });
});

test("a cloze card shows its hint with the blank, then fills the blank in place and prints the sentence once", async ({ page }) => {
  await startAsGuest(page);
  // The queue follows the article: a basic card, a type-in card, then the cloze "… state visit to {{New Delhi}}" (hint "a city").
  for (let i = 0; i < 2; i++) {
    await reveal(page, "keyboard");
    await page.keyboard.press("3");
    await done(page, i + 1);
  }
  await expect(card(page)).toHaveAttribute("data-flashcard-id", "in-state-visit-new-delhi-card-1");
  await expect(card(page).getByText("Hint: a city")).toBeVisible();
  await expect(card(page).getByLabel("blank")).toHaveText("[…]");

  await page.keyboard.press("Space");
  await expect(card(page).getByText("New Delhi", { exact: true })).toBeVisible();
  await expect(card(page).getByText("Hint: a city")).toHaveCount(0);
  await expect(card(page).getByLabel("blank")).toHaveCount(0);
  // Front, answer and quote used to repeat the sentence three times; now it is printed once.
  await expect(card(page).getByText(/state visit to/)).toHaveCount(1);
  await expect(card(page).getByText(/^From the article · Introduction/)).toBeVisible();
});
