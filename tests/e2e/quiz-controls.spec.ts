import { expect, test } from "@playwright/test";
import { startAsGuest } from "./helpers";
import { currentAttempt, questionCard, startQuizOf } from "./quiz-helpers";

test("a keyboard student moves through a question's options with the arrow keys: one tab stop, a visible focus", async ({ page }) => {
  await startAsGuest(page);
  await startQuizOf(page, "Multiple choice");
  const radios = page.getByRole("radiogroup").getByRole("radio");
  await expect(radios).toHaveCount(4);
  // From the navigator's last dot, Tab enters the options once.
  await page.getByRole("button", { name: /^Question 5:/ }).focus();
  await page.keyboard.press("Tab");
  await expect(radios.nth(0)).toBeFocused();
  await expect(radios.nth(0)).toHaveCSS("outline-style", "solid");
  await page.keyboard.press("ArrowDown");
  await expect(radios.nth(1)).toBeFocused();
  await expect(radios.nth(1)).toHaveAttribute("aria-checked", "true");
  // One key at a time, as a student presses them: Radix moves the focus in a timeout after each
  // key, and a second key sent before it lands went to the old option (CI saw A, not D, focused).
  await page.keyboard.press("ArrowUp");
  await expect(radios.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(radios.nth(3)).toBeFocused();
  await expect(radios.nth(3)).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText("Question 1 of 5")).toBeVisible();
  await expect(page.getByText("1 of 5 answered")).toBeVisible();
  // Tab leaves the group (Back is disabled on question 1); Shift+Tab comes back to the chosen option.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /Flag for review/ })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(radios.nth(3)).toBeFocused();
});

test("T and F answer a true/false question, R flags it, and the shortcuts list says so", async ({ page }) => {
  await startAsGuest(page);
  await startQuizOf(page, "True / false");
  const card = questionCard(page);
  await page.keyboard.press("f");
  await expect(card.getByRole("radio", { name: "False" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByRole("button", { name: /Flag/ })).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("t");
  await expect(card.getByRole("radio", { name: "True" })).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("r");
  await expect(page.getByRole("button", { name: /Flagged/ })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("?");
  const help = page.getByRole("region", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("T / F (or 1 / 2)True / False");
  await expect(help).toContainText("RFlag the question for review");
});

test("@phone a matching question shows each option's whole text, in the list and once chosen", async ({ page }) => {
  await startAsGuest(page);
  await startQuizOf(page, "Matching");
  const { questions } = await currentAttempt(page);
  const question = questions[0]!;
  if (question.kind !== "matching") throw new Error("a matching quiz");
  const longest = [...question.pairs].sort((a, b) => b.right.length - a.right.length)[0]!;
  const control = page.getByRole("combobox", { name: question.pairs[0]!.left, exact: true });
  await control.click();
  const option = page.getByRole("listbox").getByRole("option", { name: longest.right, exact: true });
  await expect(option).toBeVisible();
  // Not cut off: the option's box holds all of its text.
  const clipped = (element: HTMLElement | SVGElement) => element.scrollWidth > element.clientWidth + 1;
  expect(await option.evaluate(clipped)).toBe(false);
  await option.click();
  // The list closes and gives the focus back to its control (the page behind it was inert while it was open).
  await expect(control).toBeFocused();
  await expect(control).toContainText(longest.right);
  expect(await control.evaluate(clipped)).toBe(false);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
});
