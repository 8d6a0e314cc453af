import { expect, test } from "@playwright/test";
import { countRows, startAsGuest } from "./helpers";
import { currentAttempt, startQuizOf } from "./quiz-helpers";

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
