import { expect, test, type Page } from "@playwright/test";
import { followNavLink, readRow, startAsGuest } from "./helpers";
import { DEFAULT_STUDY_DAY, toStudyClock } from "@/lib/srs/day";

/**
 * A date `days` from today on the guest's study clock (UTC, the day starting at 04:00), as the date
 * field takes it: from midnight to 04:00 the calendar is a day ahead of the study day.
 */
const dateAhead = (days: number) =>
  toStudyClock(new Date(Date.now() + days * 86_400_000), DEFAULT_STUDY_DAY)
    .toISOString()
    .slice(0, 10);
/** The prediction's exact share (the page rounds it to a whole percent). */
const exactScore = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute("data-score"));
const percentIn = async (page: Page, testId: string) =>
  Number(/(\d+)\s%/.exec(await page.getByTestId(testId).locator("strong").innerText())![1]);

/** Reveal and rate the card on screen (a type-in card gets an answer typed first). */
async function rate(page: Page, grade: "Good" | "Easy") {
  const answerBox = page.getByLabel("Your answer");
  await expect(answerBox.or(page.getByRole("button", { name: /Show answer/ }))).toBeVisible();
  if (await answerBox.isVisible()) {
    await answerBox.fill("my best guess");
    await page.getByRole("button", { name: /Check answer/ }).click();
  } else {
    await page.getByRole("button", { name: /Show answer/ }).click();
  }
  await page.getByRole("button", { name: new RegExp(grade) }).click();
}

test("@phone a student sets an exam five days ahead, studies by the plan and takes the scheduled mock exam", async ({ page }) => {
  await startAsGuest(page);
  await followNavLink(page, "Exam");
  await expect(page.getByRole("heading", { name: "Set an exam" })).toBeVisible();

  // Bad input: the message sits next to the field, what was typed stays, the field gets the focus.
  await page.getByLabel("Date of the exam").fill(dateAhead(5));
  await page.getByLabel("Target score (%)").fill("85");
  await page.getByLabel("Study budget (minutes a day)").fill("0");
  await page.getByRole("button", { name: "Set the exam" }).click();
  const budget = page.getByLabel("Study budget (minutes a day)");
  await expect(budget).toHaveAccessibleDescription(/from 5 to 720 minutes/);
  await expect(budget).toBeFocused();
  await expect(budget).toHaveValue("0");
  await expect(page.getByLabel("Target score (%)")).toHaveValue("85");
  await expect(page.getByLabel("Date of the exam")).toHaveValue(dateAhead(5));

  // A small budget: the plan can't reach everything, so what is studied today shows in its prediction.
  await budget.fill("5");
  await page.getByRole("button", { name: "Set the exam" }).click();
  await expect(page.getByText("Exam set: here is your plan.")).toBeVisible();
  await expect(page.getByTestId("exam-countdown")).toContainText(/Exam in (4|5) days/);
  // Nothing studied yet: stopping now scores nothing; the plan predicts much more.
  expect(await percentIn(page, "predict-stop")).toBe(0);
  expect(await percentIn(page, "predict-plan")).toBeGreaterThan(0);
  const planBefore = await exactScore(page, "predict-plan");
  await expect(page.getByRole("heading", { name: "The plan, day by day" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "By section, weakest first" })).toBeVisible();
  await expect(page.getByTestId("target-status")).toBeVisible();
  const plannedNew = Number(/^(\d+) new/.exec(await page.getByTestId("today-plan").innerText())![1]);
  expect(plannedNew).toBeGreaterThan(0);

  // Study by the plan: /study serves the plan's new cards for today, not the fixed limit of 20.
  await page.getByRole("link", { name: "Study today’s plan" }).click();
  await expect(page.getByTestId("exam-countdown")).toBeVisible();
  const newToday = Number(
    /(\d+) new/.exec(
      await page
        .getByText(/^\d+ new$/)
        .first()
        .innerText(),
    )![1],
  );
  expect(newToday).toBe(plannedNew);
  for (let i = 0; i < 8; i++) {
    await rate(page, "Easy");
    await expect(page.getByText(`${i + 1} done`, { exact: true })).toBeVisible();
  }

  await followNavLink(page, "Exam");
  expect(await percentIn(page, "predict-stop")).toBeGreaterThan(0);
  // Rated Easy: stronger memories than the plan assumed for today's new cards.
  expect(await exactScore(page, "predict-plan")).toBeGreaterThan(planBefore);

  // The exam moves to three days ahead: the plan's 3-day mock exam opens today.
  await page.getByLabel("Date of the exam").fill(dateAhead(3));
  await page.getByRole("button", { name: "Change the exam" }).click();
  await expect(page.getByText("Exam changed: the plan follows the new settings.")).toBeVisible();
  await page.getByRole("button", { name: "Start the 3-day mock exam" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  await expect(page.getByRole("timer", { name: "Time left" })).toBeVisible();
  await page.getByRole("button", { name: /Submit quiz/ }).click();
  await page.getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/results$/);

  await page.goto("/exam");
  const result = page.getByTestId("mock-result-3");
  await expect(result).toContainText(/You scored 0\/20 \(0\s%\); the model predicted \d+\s%/);
  const mock = readRow<{ n: number }>("SELECT COUNT(*) AS n FROM ExamMock");
  expect(mock!.n).toBeGreaterThan(0);
});
