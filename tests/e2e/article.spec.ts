import { expect, test } from "@playwright/test";
import { startAsGuest } from "./helpers";
import { answerAllAndSubmit, bank, startUntimedQuiz, type Mode } from "./quiz-helpers";

test("@phone a result's quote opens the article at its sentence, highlighted, with the fact and the student's state", async ({
  page,
  isMobile,
}) => {
  test.setTimeout(90_000);
  const mode: Mode = isMobile ? "tap" : "keyboard";
  await startAsGuest(page);
  const quiz = await startUntimedQuiz(page);
  await answerAllAndSubmit(page, quiz.questions, () => false, mode);
  await expect(page.getByLabel("Score")).toContainText("0/5");

  const question = quiz.questions[0]!;
  const fact = bank.facts.get(question.factId)!;
  const result = page
    .getByRole("article")
    .filter({ has: page.locator("blockquote", { hasText: fact.quote }) })
    .first();
  await result.getByRole("link", { name: "In the article" }).click();

  await expect(page).toHaveURL(new RegExp(`/article#fact-${question.factId}$`));
  const sentence = page.locator(`.backed:has(#fact-${question.factId})`);
  await expect(sentence).toBeInViewport();
  // Highlighted by :target, unlike the other marked sentences.
  const highlighted = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
  const other = await page
    .locator(`.backed:not(:has(#fact-${question.factId}))`)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(highlighted).not.toBe(other);

  // Tapping (or focusing) the sentence lists its facts with the student's state: a guest has studied nothing yet.
  const facts = sentence.getByRole("group", { name: /from this sentence/ });
  await expect(facts).toBeHidden();
  if (isMobile) await sentence.tap();
  else await sentence.hover();
  await expect(facts).toBeVisible();
  await expect(facts).toContainText(fact.statement);
  await expect(facts).toContainText("new");
  // The popup fits the phone's screen.
  const box = (await facts.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
});
