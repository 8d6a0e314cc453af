import { expect, test, type Locator, type Page } from "@playwright/test";
import { answer, currentAttempt } from "./quiz-helpers";

/** Press Tab (or Shift+Tab) until `target` has the focus, as a keyboard student would, at most `max` times. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
}

test("a keyboard-only student studies 5 cards, takes and submits a 5-question quiz and reads the results, with no mouse", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await tabTo(page, page.getByRole("button", { name: "Study as guest" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("navigation", { name: "Main" }).getByText("Guest")).toBeVisible();

  // Five cards: Space (or typing and Enter) shows the answer, 3 rates it Good.
  for (let done = 1; done <= 5; done++) {
    const box = page.getByLabel("Your answer");
    await expect(page.getByRole("button", { name: /Show answer|Check answer/ })).toBeVisible();
    if (await box.isVisible()) {
      await expect(box).toBeFocused();
      await page.keyboard.type("a guess");
      await page.keyboard.press("Enter");
      await page.keyboard.press("Escape");
    } else {
      await page.keyboard.press("Space");
    }
    await expect(page.getByRole("button", { name: /Good/ })).toBeVisible();
    await page.keyboard.press("3");
    await expect(page.getByText(`${done} done`, { exact: true })).toBeVisible();
  }

  // To the quiz page by the header's link, then a quiz of 5 from the builder.
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Quiz" }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quiz$/);
  const count = page.getByLabel("Number of questions");
  await tabTo(page, count);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("5");
  await tabTo(page, page.getByRole("button", { name: "Start quiz" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);

  const { questions } = await currentAttempt(page);
  expect(questions).toHaveLength(5);
  for (const question of questions) {
    if (question.kind !== "matching") {
      await answer(page, question, true, "keyboard");
      continue;
    }
    // Each left side's list: Tab to it, Enter opens it, arrows move to the right side, Enter picks it.
    for (const pair of question.pairs) {
      const list = page.getByRole("combobox", { name: pair.left, exact: true });
      await tabTo(page, list);
      await page.keyboard.press("Enter");
      const listbox = page.getByRole("listbox");
      await expect(listbox).toBeVisible();
      // One key at a time, as a student presses them: Radix moves the highlight after each arrow
      // (and onto the first option after opening), so the next key waits until it has moved.
      const highlighted = listbox.locator("[data-highlighted]");
      await expect(highlighted).toHaveCount(1);
      for (let i = 0; i < 8; i++) {
        const text = (await highlighted.innerText()).trim();
        if (text === pair.right) break;
        await page.keyboard.press("ArrowDown");
        await expect(highlighted).not.toHaveText(text);
      }
      await expect(highlighted).toHaveText(pair.right);
      await page.keyboard.press("Enter");
      await expect(list).toContainText(pair.right);
    }
    await tabTo(page, page.getByRole("button", { name: /Next|Finish/ }));
    await page.keyboard.press("Enter");
  }

  // The review has the focus; Tab to "Submit now", Enter, and the results open.
  await expect(page.getByRole("heading", { name: "Submit your quiz?" })).toBeFocused();
  await expect(page.getByText("You answered 5 of 5 questions.")).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Submit now" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByLabel("Score")).toContainText("5/5");
});
