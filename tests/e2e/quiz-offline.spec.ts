import { expect, test, type Page } from "@playwright/test";
import { countRows, startAsGuest } from "./helpers";
import { answer, currentAttempt } from "./quiz-helpers";

// The e2e server's offline grace is 15 s (scripts/e2e-server.sh; the default is 2 minutes).
const GRACE_MS = 15_000;
const savedAnswers = (attemptId: string) => countRows("SELECT COUNT(*) AS n FROM AttemptAnswer WHERE attemptId = ?", attemptId);

async function startTimedQuiz(page: Page, minutes: string) {
  await page.goto("/quiz");
  await page.getByLabel("Number of questions").fill("5");
  await page.getByLabel("Minutes of my choosing").check();
  await page.getByLabel("Minutes", { exact: true }).fill(minutes);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  return currentAttempt(page);
}

test("@phone-only a quiz survives a 30-second network drop: answers given offline are sent by themselves once it is back, and count", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await startAsGuest(page);
  const { attemptId, questions } = await startTimedQuiz(page, "5");
  // Saved means the page has heard back, not only that the row is there: offline before the reply
  // arrives, the page rightly still holds the answer, and counts 3 kept (seen under load).
  const saved = page.waitForResponse(
    (r) => r.request().method() === "PUT" && new URL(r.url()).pathname === `/api/quiz/attempts/${attemptId}/answers`,
  );
  await answer(page, questions[0]!, true, "tap");
  expect((await saved).ok()).toBe(true);
  await expect.poll(() => savedAnswers(attemptId)).toBe(1);

  await context.setOffline(true);
  const droppedAt = Date.now();
  await answer(page, questions[1]!, true, "tap");
  await answer(page, questions[2]!, true, "tap");
  const notice = page.getByRole("status").filter({ hasText: /You.re offline/ });
  await expect(notice).toContainText("2 answers are kept on this page and sent by themselves when the network is back.");
  await expect(notice).toContainText("count if they reach us within 15 s after it");
  await page.waitForTimeout(Math.max(0, 30_000 - (Date.now() - droppedAt)));
  expect(savedAnswers(attemptId), "nothing got through while offline").toBe(1);

  // Back online: nobody clicks anything, and the page sends what it kept.
  await context.setOffline(false);
  await expect.poll(() => savedAnswers(attemptId), { timeout: 15_000 }).toBe(3);
  await expect(notice).toHaveCount(0);
  await answer(page, questions[3]!, false, "tap");
  await answer(page, questions[4]!, false, "tap");
  await page.getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
  await expect(page.getByLabel("Score")).toContainText("3/5");
});

test("@phone-only offline at the deadline: answers that arrive within the grace count, and ones that arrive after it are refused and said so", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  // Two students, each with a 30-second quiz, each offline from the first answer on.
  const students = await Promise.all(
    [0, 1].map(async () => {
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = test.info().project.use;
      const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
      const page = await context.newPage();
      await startAsGuest(page);
      const quiz = await startTimedQuiz(page, "0.5");
      await context.setOffline(true);
      await answer(page, quiz.questions[0]!, true, "tap");
      return { context, page, ...quiz };
    }),
  );
  for (const { page } of students) {
    const waiting = page.getByRole("alert").filter({ hasText: /Time.s up, and you.re offline/ });
    await expect(waiting).toBeVisible({ timeout: 45_000 });
    await expect(waiting).toContainText("1 answer is kept on this page: leave it open.");
    await expect(waiting).toContainText(
      /count if they reach us by \d\d:\d\d:\d\d \(15 s after the deadline\)\. After that they can.t count\./,
    );
  }
  const [early, late] = students as [(typeof students)[0], (typeof students)[0]];
  const deadline = Math.max(early.deadline!, late.deadline!);
  const sleepUntil = (at: number) => new Promise((done) => setTimeout(done, Math.max(0, at - Date.now())));

  // Back 7 s after the deadline (past the network's 5 s, within the 15 s grace): the answer counts.
  await sleepUntil(deadline + 7_000);
  await early.context.setOffline(false);
  await expect(early.page).toHaveURL(new RegExp(`/quiz/${early.attemptId}/results\\?timeout=1$`), { timeout: 15_000 });
  await expect(early.page.getByLabel("Score")).toContainText("1/5");

  // Back 20 s after it: refused, and the page says why before the results.
  await sleepUntil(deadline + GRACE_MS + 5_000);
  await late.context.setOffline(false);
  const refused = late.page.getByRole("alert").filter({ hasText: "Not counted." });
  await expect(refused).toContainText("this answer reached the server more than 15 seconds after the deadline, so it doesn't count.", {
    timeout: 15_000,
  });
  expect(savedAnswers(late.attemptId)).toBe(0);
  await refused.getByRole("button", { name: "See your results" }).click();
  await expect(late.page.getByLabel("Score")).toContainText("0/5");
  for (const { context } of students) await context.close();
});
