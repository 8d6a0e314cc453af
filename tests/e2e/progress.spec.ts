import { expect, test } from "@playwright/test";
import { countRowsIn, ownServerDatabase, seedHistory, signUp, startAsGuest, uniqueEmail } from "./helpers";

/** The start of the study day `back` days ago for a student in UTC whose day starts at 4 am, as Prisma stores it on SQLite. */
function studyDayStart(back: number): string {
  const now = Date.now();
  const today = Math.floor((now - 4 * 3_600_000) / 86_400_000);
  return new Date((today - back) * 86_400_000 + 4 * 3_600_000).toISOString().replace("Z", "+00:00");
}

test("@phone @own-server a student with months of reviews reads their progress: reviews per day, streak, calendar, retention, forecast, mastery", async ({
  page,
  isMobile,
}, info) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("progress");
  await signUp(page, email);
  const seeded = seedHistory(info, email);
  const countRows = (sql: string, ...params: unknown[]) => countRowsIn(ownServerDatabase(info), sql, ...params);
  expect(seeded.reviews).toBeGreaterThan(2000);
  const inLast30 = countRows(
    `SELECT count(*) AS n FROM "ReviewLog" r JOIN "user" u ON u.id = r."userId" WHERE u.email = ? AND r."reviewedAt" >= ?`,
    email,
    studyDayStart(29),
  );
  expect(inLast30).toBeGreaterThan(0);

  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Progress", level: 1 })).toBeVisible();
  await expect(page.getByTestId("range-reviews")).toHaveText(String(inLast30));
  // Studied every day up to yesterday: the streak is alive and waits for today.
  await expect(page.getByTestId("streak")).not.toHaveText("0 days");
  await expect(page.getByText(/streak: study today to keep it going\./)).toBeVisible();

  const reviewsChart = page.getByRole("img", { name: "Reviews per day, last 30 days" });
  await expect(reviewsChart).toBeVisible();
  await expect(page.getByRole("img", { name: /Study days, last 26 weeks/ })).toBeVisible();
  await expect(page.getByRole("img", { name: "Cards due in the next 30 days" })).toBeVisible();
  await expect(page.getByRole("figure", { name: /Facts mastered by section/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /True Retention|Reviews recalled/ })).toBeVisible();
  await expect(page.getByText("No quizzes yet.")).toBeVisible();

  // The numbers behind the chart, for screen readers: the day rows add up to the total.
  const reviewsSection = page.getByRole("region", { name: "Reviews per day" });
  await reviewsSection.getByText("Show the numbers").click();
  const dayRows = await reviewsSection
    .getByRole("row")
    .filter({ has: page.getByRole("cell") })
    .all();
  const totals = await Promise.all(dayRows.map((row) => row.getByRole("cell").last().innerText()));
  expect(totals.reduce((sum, t) => sum + Number(t), 0)).toBe(inLast30);

  await page.getByRole("link", { name: "90 days" }).click();
  await expect(page.getByRole("img", { name: "Reviews per day, last 90 days" })).toBeVisible();
  const inLast90 = countRows(
    `SELECT count(*) AS n FROM "ReviewLog" r JOIN "user" u ON u.id = r."userId" WHERE u.email = ? AND r."reviewedAt" >= ?`,
    email,
    studyDayStart(89),
  );
  await expect(page.getByTestId("range-reviews")).toHaveText(String(inLast90));

  if (isMobile) {
    // Nothing spills sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
});

test("a new student's progress page says what to do instead of showing empty axes", async ({ page }) => {
  await startAsGuest(page);
  await page.goto("/progress");
  await expect(page.getByText("No reviews yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Study a few flashcards" })).toHaveAttribute("href", "/study");
  await expect(page.getByText("No quizzes yet.")).toBeVisible();
  await expect(page.getByText("Nothing scheduled yet.")).toBeVisible();
  await expect(page.getByRole("img", { name: "Reviews per day, last 30 days" })).toHaveCount(0);
});
