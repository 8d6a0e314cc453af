import { expect, test } from "@playwright/test";
import { countRows, readRow, startAsGuest } from "./helpers";
import { answer, currentAttempt, startQuizOf } from "./quiz-helpers";

test("@phone a student who reloads right after typing an answer finds it in the box, and it counts", async ({ page }) => {
  await startAsGuest(page);
  await startQuizOf(page, "Written answer");
  const { attemptId } = await currentAttempt(page);
  // The save sent as the page goes (keepalive) reaches the server only after the reloaded page was made,
  // as it does on a busy server: a network that takes its time, not a made-up state.
  await page.route("**/api/quiz/attempts/*/answers", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue().catch(() => undefined);
  });
  const box = page.getByLabel("Your answer");
  await box.fill("Moscow");
  await page.reload();
  await expect(page.getByText("Question 1 of 5")).toBeVisible();
  await expect(page.getByLabel("Your answer")).toHaveValue("Moscow");
  await expect(page.getByText("1 of 5 answered")).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 1: answered" })).toBeVisible();
  // It is the answer the server keeps: once saved, it is there after another reload too, and counted once.
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.unroute("**/api/quiz/attempts/*/answers");
  await expect
    .poll(() => countRows("SELECT count(*) AS n FROM AttemptAnswer WHERE attemptId = ? AND answer LIKE '%Moscow%'", attemptId))
    .toBe(1);
  await page.reload();
  await expect(page.getByText("1 of 5 answered")).toBeVisible();
  await page.getByRole("button", { name: "Question 1: answered" }).click();
  await expect(page.getByLabel("Your answer")).toHaveValue("Moscow");
});

const attemptsOfOwner = (attemptId: string) =>
  countRows("SELECT count(*) AS n FROM QuizAttempt WHERE userId = (SELECT userId FROM QuizAttempt WHERE id = ?)", attemptId);

test("@phone a student who starts a quiz while another is open is told so, and can resume it, or abandon it once sure", async ({
  page,
  isMobile,
}) => {
  await startAsGuest(page);
  await page.goto("/quiz");
  await page.getByRole("button", { name: "Quick quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  const open = await currentAttempt(page);
  await answer(page, open.questions[0]!, true, isMobile ? "tap" : "keyboard");
  await expect(page.getByText("1 of 10 answered")).toBeVisible();
  await expect.poll(() => countRows("SELECT count(*) AS n FROM AttemptAnswer WHERE attemptId = ?", open.attemptId)).toBe(1);

  // Quick quiz again: nothing starts, the open quiz is named and can be resumed.
  await page.goto("/quiz");
  await page.getByRole("button", { name: "Quick quiz" }).click();
  const prompt = page.getByRole("alert").filter({ hasText: "You have a quiz in progress" });
  await expect(prompt).toContainText("1 of 10 answered");
  expect(attemptsOfOwner(open.attemptId)).toBe(1);
  await prompt.getByRole("link", { name: "Resume it" }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz/${open.attemptId}$`));
  await expect(page.getByText("1 of 10 answered")).toBeVisible();

  // The builder asks too; abandoning asks first, and "Keep it" changes nothing.
  await page.goto("/quiz");
  await page.getByLabel("Number of questions").fill("5");
  await page.getByRole("button", { name: "Start quiz" }).click();
  const builderPrompt = page
    .getByRole("form", { name: "Build a quiz" })
    .getByRole("alert")
    .filter({ hasText: "You have a quiz in progress" });
  await expect(builderPrompt).toBeVisible();
  await expect(page.getByLabel("Number of questions")).toHaveValue("5");
  await builderPrompt.getByRole("button", { name: "Abandon it…" }).click();
  const dialog = page.getByRole("dialog", { name: "Abandon the quiz in progress?" });
  await expect(dialog).toContainText(
    "It is submitted as it stands: your 1 answer is marked, and the 9 questions you didn't answer count as wrong.",
  );
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await expect(dialog).toBeHidden();
  expect(attemptsOfOwner(open.attemptId)).toBe(1);

  await builderPrompt.getByRole("button", { name: "Abandon it…" }).click();
  await dialog.getByRole("button", { name: "Abandon it and start the new quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  await expect(page.getByText("0 of 5 answered")).toBeVisible();
  expect((await currentAttempt(page)).attemptId).not.toBe(open.attemptId);
  expect(attemptsOfOwner(open.attemptId)).toBe(2);
  // The abandoned quiz was submitted with its answer, and is in the history.
  expect(readRow<{ score: number | null }>("SELECT score FROM QuizAttempt WHERE id = ?", open.attemptId)?.score).toBe(1);
  await page.goto("/quiz");
  await expect(page.getByRole("row", { name: /1\/10/ })).toBeVisible();
});
