import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { countRows, readRow, revealCard, signUp, uniqueEmail } from "./helpers";
import { bank } from "./quiz-helpers";

const card = (page: Page) => page.locator("[data-flashcard-id]");
const studied = (id: string) => bank.sections.find((s) => s.flashcardIds.includes(id));

test("@phone study one section now from the article, then cram it without touching the schedule", async ({ page }) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("cram");
  await signUp(page, email);
  const userId = readRow<{ id: string }>('SELECT id FROM "user" WHERE email = ?', email)!.id;
  const section = bank.sections[1]!;

  // From the article's section heading: that section's cards only, at once.
  await page.goto("/article");
  await expectNoAxeViolations(page, "article with section links");
  await page.getByRole("link", { name: `Study this section: ${section.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/study\\?section=${section.id}$`));
  await expect(page.getByTestId("section-filter")).toContainText(section.title);
  const first = await card(page).getAttribute("data-flashcard-id");
  expect(studied(first!)?.id).toBe(section.id);
  // One ordinary rating: a schedule exists to be left alone.
  await revealCard(page);
  await page.getByRole("button", { name: /Easy/ }).click();
  await expect(page.getByText("1 done", { exact: true })).toBeVisible();
  const before = readRow('SELECT due, stability, difficulty, reps, state FROM "Card" WHERE userId = ? AND flashcardId = ?', userId, first);
  expect(before).toBeDefined();

  // Cram: practice only (the default), every card of the section, due or not.
  await page.getByText("Cram this section instead (every card, due or not)").click();
  await expect(page.getByLabel("Practice only: my schedule stays as it is")).toBeChecked();
  await expectNoAxeViolations(page, "one section, cram form open");
  await page.getByRole("button", { name: "Start cramming" }).first().click();
  await expect(page.getByRole("heading", { name: "Cram session", level: 1 })).toBeVisible();
  await expect(page.getByTestId("section-filter")).toContainText("your ratings don't change your schedule");
  await expect(page.getByRole("progressbar", { name: "This cram session" })).toBeVisible();
  const seen = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const id = (await card(page).getAttribute("data-flashcard-id"))!;
    expect(studied(id)?.id).toBe(section.id);
    expect(seen.has(id)).toBe(false);
    seen.add(id);
    await revealCard(page);
    await expect(page.getByRole("button", { name: /Good/ })).toContainText("no change");
    if (i === 0) await expectNoAxeViolations(page, "cram session, answer shown");
    await page.getByRole("button", { name: /Good/ }).click();
    await expect(page.getByText(`${i + 1} done`, { exact: true })).toBeVisible();
  }
  // The card rated before is still scheduled exactly as that rating left it; no review was added.
  expect(readRow('SELECT due, stability, difficulty, reps, state FROM "Card" WHERE userId = ? AND flashcardId = ?', userId, first)).toEqual(
    before,
  );
  expect(countRows('SELECT count(*) AS n FROM "ReviewLog" WHERE userId = ?', userId)).toBe(1);
  expect(countRows('SELECT count(*) AS n FROM "CramReview" WHERE userId = ?', userId)).toBe(3);

  // A reload continues the same session: three done.
  await page.reload();
  await expect(page.getByText("3 done", { exact: true })).toBeVisible();
});

test("@phone 'Quiz me on this section' opens the builder with that section ticked", async ({ page }) => {
  await signUp(page, uniqueEmail("section-quiz"));
  const section = bank.sections[2]!;
  await page.goto("/");
  await page.getByRole("link", { name: `Quiz me on this section: ${section.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz\\?section=${section.id}`));
  await expect(page.getByRole("checkbox", { name: `${section.title} (` })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: `${bank.sections[0]!.title} (` })).not.toBeChecked();
});
