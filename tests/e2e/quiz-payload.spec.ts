import { expect, test } from "@playwright/test";
import { startAsGuest } from "./helpers";
import { currentAttempt } from "./quiz-helpers";

// Ids are made from facts and often name the answer ("…-murmansk-port"): the running quiz's page,
// HTML and React payload alike, must carry none of its questions' ids (or their facts'), nor the answers.
test("a running quiz's page names no question or fact id and holds no answer", async ({ page }) => {
  await startAsGuest(page);
  await page.goto("/quiz");
  await page.getByLabel("Number of questions").fill("20");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByText("Question 1 of 20")).toBeVisible();
  const { questions } = await currentAttempt(page);
  // The page as the server sends it (the RSC payload is inline in the HTML), not as the DOM shows it.
  const html = await (await page.request.get(page.url())).text();
  expect(html).toContain("self.__next_f"); // the React payload is there to be checked
  for (const question of questions) {
    for (const id of [question.id, question.factId, ...question.relatedFactIds])
      expect(html, `${question.kind} ${question.id}`).not.toContain(id);
    if (question.kind === "written") expect(html.toLowerCase(), question.id).not.toContain(`"${question.answer.toLowerCase()}"`);
  }
});
