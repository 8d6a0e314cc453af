import { expect, test } from "@playwright/test";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/content/schemas";
import { COLOUR_RULES, expectNoAxeViolations } from "./axe";
import { openMenuIfPhone, revealCard, setExamPlan, startAsGuest } from "./helpers";
import { bank, currentAttempt, finishQuickQuiz } from "./quiz-helpers";

// Each state is scanned in light and then in dark without reloading, so the walk through the app
// (a guest, a card, an exam, a quiz) is done once, not once per colour scheme; in dark, only the
// rules that read colours run (the elements are the same).
test("@phone every page passes axe (WCAG 2.2 AA) signed out, as a guest and after a quiz, in light and dark", async ({ page }) => {
  test.setTimeout(300_000);
  const scan = async (path: string | null, state = path ?? "") => {
    if (path) await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await page.emulateMedia({ colorScheme: "light" });
    await expectNoAxeViolations(page, `${state} (light)`);
    // Dark changes only the colours: the colour rules are what can answer differently there.
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page, `${state} (dark)`, COLOUR_RULES);
  };
  // The reset page as an emailed link opens it (the token is only checked on saving), and as better-auth
  // sends a spent or unknown link back to it.
  for (const path of [
    "/",
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/reset-password?token=e2e-token-not-checked-until-saved",
    "/reset-password?error=INVALID_TOKEN",
    "/no-such-page",
  ])
    await scan(path);

  await startAsGuest(page);
  for (const path of ["/", "/study", "/quiz", "/exam", "/missed", "/progress", "/settings", "/leeches", "/account", "/article", "/browse"])
    await scan(path);
  await page.goto("/study");
  const cardId = (await page.locator("[data-flashcard-id]").getAttribute("data-flashcard-id"))!;
  await revealCard(page);
  await scan(null, "study, answer shown");
  await page.getByRole("button", { name: /Good/ }).click();
  await expect(page.getByText("1 done", { exact: true })).toBeVisible();
  await openMenuIfPhone(page);
  await scan(null, "header menu or nav");
  await page.keyboard.press("Escape");

  // Browse: a search typed, then the studied card's fact with its review history.
  await page.goto("/browse");
  await page.getByRole("searchbox", { name: "Words" }).fill("Murmansk");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=Murmansk/);
  await scan(null, "browse, a search for Murmansk");
  const factId = bank.flashcards.get(cardId)!.factId;
  await page.goto(`/browse/${factId}`);
  await expect(page.getByRole("table")).toContainText("Good");
  await scan(null, "browse, a studied fact with its history");
  // The article with the studied sentence focused: its facts show, with the student's state.
  await page.goto("/article");
  const sentence = page.locator(`.backed:has(#fact-${factId})`);
  await sentence.focus();
  await expect(sentence.getByRole("group", { name: /from this sentence/ })).toBeVisible();
  await scan(null, "article, a studied sentence's facts shown");

  // An exam set: its plan, with the plan's numbers open.
  await setExamPlan(page);
  await page.getByText("The plan’s numbers").click();
  await expect(page.getByRole("columnheader", { name: "Predicted score" })).toBeVisible();
  await scan(null, "exam with a plan, numbers shown");

  // A running quiz of every kind (the builder takes the kinds in turn, so 10 questions hold each):
  // each kind on screen, a matching list open, then a question answered and flagged.
  await page.goto("/quiz");
  await page.getByLabel("Number of questions").fill("10");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  const { questions } = await currentAttempt(page);
  const goTo = async (kind: QuestionKind) => {
    const index = questions.findIndex((question) => question.kind === kind);
    expect(index, `a ${kind} question in the quiz`).toBeGreaterThanOrEqual(0);
    await page.getByRole("button", { name: new RegExp(`^Question ${index + 1}:`) }).click();
    await expect(page.getByText(`Question ${index + 1} of 10`, { exact: true })).toBeVisible();
  };
  for (const kind of QUESTION_KINDS) {
    await goTo(kind);
    await scan(null, `running quiz, ${kind} question`);
  }
  await page.getByRole("combobox").first().click();
  await expect(page.getByRole("listbox")).toBeVisible();
  await scan(null, "running quiz, a matching list open");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
  await expect(page.getByRole("combobox").first()).toBeFocused();
  await goTo("mcq");
  await page.getByRole("radiogroup").getByRole("radio").first().click();
  await page.getByRole("button", { name: /Flag for review/ }).click();
  await expect(page.getByRole("button", { name: /Flagged/ })).toHaveAttribute("aria-pressed", "true");
  await scan(null, "running quiz, an answered question flagged");
  await page.getByRole("button", { name: "Submit quiz…" }).click();
  await scan(null, "submit review");
  await page.getByRole("button", { name: /Submit now/ }).click();
  await expect(page).toHaveURL(/\/results$/);
  await scan(null, "quiz results");
  const results = await finishQuickQuiz(page);
  for (const path of [results, `${results}?show=wrong`, "/quiz", "/missed", "/progress", "/"]) await scan(path);
});
