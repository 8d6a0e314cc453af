import { expect, test } from "@playwright/test";
import { startAsGuest } from "./helpers";
import { bank, startUntimedQuiz } from "./quiz-helpers";

test("@phone search Murmansk and open the fact: its quote, its flashcards and questions", async ({ page }) => {
  await startAsGuest(page);
  await page.goto("/browse");
  await page.getByRole("searchbox", { name: "Words" }).fill("Murmansk");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=Murmansk/);
  // The form keeps what was typed.
  await expect(page.getByRole("searchbox", { name: "Words" })).toHaveValue("Murmansk");
  const fact = bank.facts.get("re-arctic-murmansk")!;
  await page.getByRole("link", { name: fact.statement }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: fact.statement })).toBeVisible();
  await expect(page.locator("blockquote").first()).toContainText("Murmansk");
  await expect(page.getByRole("region", { name: /^Flashcard:/ }).first()).toContainText("No reviews yet");
  await expect(page.getByRole("region", { name: /^Question:/ }).first()).toBeVisible();
});

test("a question in the student's open quiz keeps its answer hidden in browse", async ({ page }) => {
  await startAsGuest(page);
  const question = (await startUntimedQuiz(page)).questions[0]!;
  await page.goto(`/browse/${question.factId}`);
  const box = page.locator(`#question-${question.id}`);
  await expect(box).toContainText("Answer hidden");
  await expect(box).not.toContainText(question.explanation);
});
