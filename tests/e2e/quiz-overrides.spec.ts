import { expect, test } from "@playwright/test";
import { startAsGuest } from "./helpers";
import { answerAllAndSubmit, startUntimedQuiz } from "./quiz-helpers";

test("@phone a student overrides an answer marked wrong on the results page: score and Missed follow, and it can be taken back", async ({
  page,
  isMobile,
}) => {
  test.setTimeout(120_000);
  await startAsGuest(page);
  const quiz = await startUntimedQuiz(page, { without: ["Multiple choice", "True / false", "Numbers", "Matching"] });
  await answerAllAndSubmit(page, quiz.questions, (i) => i !== 0, isMobile ? "tap" : "keyboard");
  await expect(page.getByLabel("Score")).toContainText("4/5");

  const card = page.locator(`[data-question-id="${quiz.questions[0]!.id}"]`);
  await expect(card).toContainText("✗ Wrong");
  await card.getByRole("button", { name: "I was right" }).click();
  await expect(page.getByLabel("Score")).toContainText("5/5");
  await expect(card).toContainText("Counted right: you said you were right");
  await expect(card).toContainText("The grader marked this wrong; you overrode it");
  await expect(page.getByRole("button", { name: /Review the \d+ I missed/ })).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByTestId("missed-count")).toHaveText("0");
  await expect(page.getByTestId("last-score")).toHaveText("100%");

  // Taken back: the grader's verdict again.
  await page.goto(`/quiz/${quiz.attemptId}/results`);
  await card.getByRole("button", { name: "Take back “I was right”" }).click();
  await expect(page.getByLabel("Score")).toContainText("4/5");
  await expect(card).toContainText("✗ Wrong");
  await expect(page.getByRole("button", { name: "Review the 1 I missed" })).toBeVisible();
});
