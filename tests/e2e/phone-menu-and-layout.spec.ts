import { expect, test, type Page } from "@playwright/test";
import { QUESTION_KINDS } from "@/lib/content/schemas";
import { openMenuIfPhone, revealCard, setExamPlan, startAsGuest } from "./helpers";
import { bank, finishQuickQuiz, startUntimedQuiz } from "./quiz-helpers";

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("on a phone, a student reaches every page from the Menu and signs out from it @phone-only", async ({ page }) => {
  await startAsGuest(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  // Nothing hides off-screen: the header holds the brand, who is signed in and the Menu button.
  await expect(nav.getByRole("link", { name: "Progress" })).toBeHidden();
  expect(await sideways(page)).toBe(0);
  for (const [link, heading] of [
    ["Progress", "Progress"],
    ["Leeches", "Leeches"],
    ["Settings", "Study settings"],
    ["Account", "Account"],
    ["Missed", /Missed/],
    ["Quiz", /quiz/i],
    ["Study", /./],
  ] as const) {
    await nav.getByRole("button", { name: "Menu" }).click();
    const menu = page.getByRole("dialog", { name: "Menu" });
    await expect(menu.getByRole("link")).toHaveCount(11);
    await menu.getByRole("link", { name: link, exact: true }).click();
    await expect(menu).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: heading }).first()).toBeVisible();
  }
  // Esc closes the menu and gives focus back to its button.
  await nav.getByRole("button", { name: "Menu" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Menu" })).toBeHidden();
  await expect(nav.getByRole("button", { name: "Menu" })).toBeFocused();
  await openMenuIfPhone(page);
  await expect(page.getByRole("dialog", { name: "Menu" }).getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("no page scrolls sideways on a 360 px phone, signed out, as a guest and after a quiz @phone-only", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 780 });
  const check = async (path: string | null, state = path ?? "") => {
    if (path) await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    expect(await sideways(page), `${state} scrolls sideways`).toBe(0);
  };
  for (const path of ["/", "/sign-in", "/sign-up", "/forgot-password", "/no-such-page"]) await check(path);
  await startAsGuest(page);
  // A studied card: its fact's page in browse then has a review history table.
  await page.goto("/study");
  const cardId = (await page.locator("[data-flashcard-id]").getAttribute("data-flashcard-id"))!;
  await revealCard(page);
  await page.getByRole("button", { name: /Good/ }).click();
  await expect(page.getByText("1 done", { exact: true })).toBeVisible();
  await check(`/browse/${bank.flashcards.get(cardId)!.factId}`);
  await setExamPlan(page);
  await page.getByText("The plan’s numbers").click();
  await check(null, "/exam with a plan, numbers shown");
  const results = await finishQuickQuiz(page);
  for (const path of [
    "/",
    "/study",
    "/quiz",
    "/missed",
    "/progress",
    "/settings",
    "/leeches",
    "/account",
    "/article",
    "/browse?q=Murmansk",
    new URL(results).pathname,
  ])
    await check(path);
  // A running quiz, each kind of question on screen in turn.
  const { questions } = await startUntimedQuiz(page, { count: 10 });
  for (const kind of QUESTION_KINDS) {
    const index = questions.findIndex((question) => question.kind === kind);
    expect(index, `a ${kind} question in the quiz`).toBeGreaterThanOrEqual(0);
    await page.getByRole("button", { name: new RegExp(`^Question ${index + 1}:`) }).click();
    await expect(page.getByText(`Question ${index + 1} of 10`, { exact: true })).toBeVisible();
    await check(null, `a running quiz's ${kind} question`);
  }
});
