import { expect, test } from "@playwright/test";
import { countRows, readRow, startAsGuest } from "./helpers";
import { answer, bank, currentAttempt, timeLeft, type Mode } from "./quiz-helpers";

test("@phone a student takes a timed quiz of mixed kinds, reloads halfway with the clock still right, and reads every answer explained", async ({
  page,
  isMobile,
}) => {
  const mode: Mode = isMobile ? "tap" : "keyboard";
  await startAsGuest(page);
  await page.goto("/quiz");
  await expect(page.getByText("No quizzes yet.")).toBeVisible();
  await page.getByLabel("Number of questions").fill("10");
  await expect(page.getByLabel(/45 seconds a question/)).toBeChecked();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  const { attemptId, questions, deadline } = await currentAttempt(page);
  expect(questions).toHaveLength(10);
  expect(new Set(questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(4);
  expect(deadline).not.toBeNull();
  await expect(page.getByText("Question 1 of 10")).toBeVisible();
  // 10 questions × 45 s = 7:30, counting down.
  expect(await timeLeft(page)).toBeLessThanOrEqual(450);
  expect(await timeLeft(page)).toBeGreaterThan(420);

  const plan = questions.map((_, i) => i % 3 !== 1); // right, wrong, right, right, wrong, …
  for (let i = 0; i < 5; i++) await answer(page, questions[i]!, plan[i]!, mode);
  await expect(page.getByText("5 of 10 answered")).toBeVisible();
  await expect.poll(() => countRows("SELECT count(*) AS n FROM AttemptAnswer WHERE attemptId = ?", attemptId)).toBe(5);

  // A reload (or a closed tab) resumes the same attempt at the first unanswered question, with the same deadline.
  await page.reload();
  await expect(page.getByText("Question 6 of 10")).toBeVisible();
  await expect(page.getByText("5 of 10 answered")).toBeVisible();
  const expected = (deadline! - Date.now()) / 1000;
  expect(Math.abs((await timeLeft(page)) - expected)).toBeLessThanOrEqual(3);
  await expect(page.getByRole("button", { name: "Question 1: answered" })).toBeVisible();

  // The clock runs again after the reload.
  const afterReload = await timeLeft(page);
  await expect.poll(() => timeLeft(page)).toBeLessThan(afterReload);

  // Flag question 6 (R, for review), then answer the rest. In a typed answer's box R is a letter: Esc leaves
  // the box first, and flagging takes the student back into it.
  const typed = questions[5]!.kind === "written" || questions[5]!.kind === "numeric";
  if (mode === "keyboard") {
    if (typed) {
      await expect(page.getByLabel(/Your answer/)).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(page.getByLabel(/Your answer/)).not.toBeFocused();
    }
    await page.keyboard.press("r");
  } else await page.getByRole("button", { name: /Flag for review/ }).tap();
  await expect(page.getByRole("button", { name: "Question 6: not answered, flagged" })).toBeVisible();
  if (mode === "keyboard" && typed) await expect(page.getByLabel(/Your answer/)).toBeFocused();
  for (let i = 5; i < 10; i++) await answer(page, questions[i]!, plan[i]!, mode);
  await expect(page.getByRole("heading", { name: "Submit your quiz?" })).toBeVisible();
  await expect(page.getByText("You answered 10 of 10 questions. 1 is flagged for review.")).toBeVisible();
  await page.getByRole("button", { name: "Submit now" }).click();

  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
  const right = plan.filter(Boolean).length;
  await expect(page.getByLabel("Score")).toContainText(`${right}/10`);
  await expect(page.getByLabel("Score")).toContainText(`${right * 10}%`);
  for (const question of questions) {
    const item = page.locator(`[data-question-id="${question.id}"]`);
    await expect(item).toContainText(question.explanation);
    // The fact's own words, then each related fact's (a synthesis or matching question draws on several).
    const quotes = [question.factId, ...question.relatedFactIds].map((id) => bank.facts.get(id)!.quote);
    await expect(item.locator("blockquote")).toHaveText(quotes.join(" … "));
    const section = bank.sections.find((s) => s.id === question.sectionId)!;
    await expect(item.locator("figcaption")).toHaveText(`From the article · ${section.title} · In the article`);
    await expect(item.locator("figcaption").getByRole("link", { name: "In the article" })).toHaveAttribute("href", /^\/article#fact-/);
  }
  await expect(page.getByRole("article").filter({ hasText: "✗ Wrong" })).toHaveCount(10 - right);

  // Filters: wrong only, flagged only.
  await page.getByRole("link", { name: `Wrong (${10 - right})` }).click();
  await expect(page.getByRole("article")).toHaveCount(10 - right);
  await page.getByRole("link", { name: "Flagged (1)" }).click();
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.locator(`[data-question-id="${questions[5]!.id}"]`)).toBeVisible();

  // History lists it and opens it again; the quiz page itself now shows the results.
  await page.goto("/quiz");
  await expect(page.getByRole("row", { name: new RegExp(`${right}/10`) })).toBeVisible();
  await page.getByRole("link", { name: "See results" }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
  await page.goto(`/quiz/${attemptId}`);
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
});

test("@phone when time runs out, the quiz submits itself with the answers given", async ({ page, isMobile }) => {
  test.setTimeout(120_000);
  await startAsGuest(page);
  await page.goto("/quiz");
  await page.getByLabel("Number of questions").fill("5");
  await page.getByLabel("Minutes of my choosing").check();
  await page.getByLabel("Minutes", { exact: true }).fill("0.5");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  const { attemptId, questions } = await currentAttempt(page);
  expect(await timeLeft(page)).toBeLessThanOrEqual(30);
  await answer(page, questions[0]!, true, isMobile ? "tap" : "keyboard");
  await expect(page.getByText("1 of 5 answered")).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Less than a minute left");

  // Nobody clicks anything: at 0:00 the page submits and opens the results.
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results\\?timeout=1$`), { timeout: 45_000 });
  await expect(page.getByText(/Time ran out/)).toBeVisible();
  // B8: "Time ran out" and the rest of its sentence read as one line, not two flex items stacked.
  const onOneLine = await page.getByText("Time ran out", { exact: true }).evaluate((strong) => {
    const range = document.createRange();
    range.selectNodeContents(strong.nextSibling!);
    const rest = range.getClientRects()[0]!;
    const lead = strong.getBoundingClientRect();
    return Math.abs(rest.top - lead.top) < 4 && rest.left >= lead.right - 1;
  });
  expect(onOneLine).toBe(true);
  await expect(page.getByText("The 4 questions you hadn't answered count as wrong.")).toBeVisible();
  await expect(page.getByLabel("Score")).toContainText("1/5");
  expect(readRow<{ score: number }>("SELECT score FROM QuizAttempt WHERE id = ?", attemptId)?.score).toBe(1);
  // Going back to the quiz can't reopen it.
  await page.goto(`/quiz/${attemptId}`);
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
});

test("a quiz that isn't yours, or doesn't exist, is not found", async ({ page, browser }) => {
  await startAsGuest(page);
  await page.goto("/quiz");
  await page.getByRole("button", { name: "Quick quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  const theirs = new URL(page.url()).pathname;

  const other = await browser.newPage();
  await startAsGuest(other);
  for (const path of [theirs, `${theirs}/results`, "/quiz/doesnotexist"]) {
    const response = await other.goto(path);
    expect(response?.status()).toBe(404);
    await expect(other.getByRole("heading", { name: "Quiz not found" })).toBeVisible();
  }
  const api = await other.request.put(`/api/quiz/attempts${theirs.slice("/quiz".length)}/answers`, {
    data: { number: 1, answer: { kind: "truefalse", value: true } },
  });
  expect(api.status()).toBe(404);
  const malformed = await page.request.put(`/api/quiz/attempts${theirs.slice("/quiz".length)}/answers`, {
    data: { number: "one", answer: 42 },
  });
  expect(malformed.status()).toBe(400);
  expect(await malformed.json()).toMatchObject({
    error: "That answer could not be read.",
    fieldErrors: { number: expect.any(Array), answer: expect.any(Array) },
  });
  await other.close();
});
